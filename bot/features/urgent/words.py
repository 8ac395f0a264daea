"""Reading danger in a message: the phrases of words.yaml, matched word by word (a message and
every phrase read the same way: reading.py).

A phrase's words are found in order; between two of them may stand two other words (`OTHERS`)
and any number of `skip` words (particles: «вже», «больше», «бы», «just», «już»), possessives
and numbers («винні їм 3000 євро за дорогу»), never the end of a sentence. A word ending in *
is any word that starts so. A phrase ending in $ is a short cry: its words stand together (only
`skip` words between them), and it counts only where its clause ends (nothing but `skip` words
after it before a comma, a full stop, an emoji or the end):
«I can't go on.» but not «I can't go on with this application», «не можу більше» but not «не
можу чекати більше». Words after "|" cancel the phrase when one of them comes right after it:
«не хочу жити | в у тут» is not said of «не хочу жити в гуртожитку». Choices in brackets, split
by "/", make one phrase of each: «(син/донька) зник*» is «син зник*» and «донька зник*». A
phrase starting with ^ has its words stand together as a $ phrase's do, wherever its clause ends:
«^працодав* закри* нас» is said of «працодавець закрив нас і забрав паспорти», not of
«працодавець закриває фірму, нас звільняють».
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass, replace
from importlib import resources

from bot.core import yamldata
from bot.features.urgent import forms, latin, theft
from bot.features.urgent.figures import figure
from bot.features.urgent.reading import NEGATIONS, Words, read, spans

_NOTHING: frozenset[str] = frozenset()
_SPELLED = frozenset({"\0"})  # (the key of a message's skeletons among its readings)


@dataclass(frozen=True, slots=True)
class Phrase:
    """~7,800 of them, kept for good: slots, the words interned (~1,800 distinct in ~20,000),
    one empty set shared (docs/performance.md, change 48)."""

    words: tuple[str, ...]
    at_end: bool = False  # "$": only where its clause ends
    unless: frozenset[str] = _NOTHING  # "| ...": not when one of these follows
    # its whole words (not those ending in "*"): a message without one of them cannot say it,
    # whatever the order (a quick test before matching word by word)
    needs: tuple[str, ...] = ()
    lang: str = ""  # the language it is listed under (its file's uk, ru, en or pl)
    together: bool = False  # "^": its words stand together, wherever its clause ends


@dataclass(frozen=True)
class Table:
    exact: dict[str, list[Phrase]]  # by their first word
    prefixes: tuple[str, ...]  # the first words that end with "*", without it
    prefixed: list[Phrase]
    skip: frozenset[str]
    negated: frozenset[str]  # the words a negation stands before in some phrase


# Possessives may stand between a phrase's words too, as `skip` words do, in every table
# («вломився в мою квартиру», «stole my wallet»): never a word of danger themselves
POSSESSIVES = frozenset(
    "мій моя моє мою мого моєї моїй моїм мої моїх наш наша наше нашу нашого нашої наші наших "
    "мой моя мое мою моего моей моем мои моих "
    "my our "
    "moj moja moje moja mojego mojej moim moich nasz nasza nasze nasza naszego naszej naszym "
    "naszych".split()
)
# other words that may stand between two of a phrase's words (besides `skip` words and
# possessives): «мене вчора знову побив», «сын ушел из дома и не вернулся»
OTHERS = 2
_CHOICE = re.compile(r"\(([^()]*)\)")


def _expand(entry: str) -> list[str]:
    """An entry with choices in brackets as the entries it stands for: «(син/донька) зник*» is
    «син зник*» and «донька зник*»; a choice may be several words («(до дому/ze szkoły)»)."""
    found = _CHOICE.search(entry)
    if found is None:
        return [entry]
    before, after = entry[: found.start()], entry[found.end() :]
    return [one for choice in found.group(1).split("/") for one in _expand(before + choice + after)]


def _entry(entry: str, negated: frozenset[str], lang: str) -> Phrase:
    said, _, unless = entry.partition("|")
    said = said.strip()
    at_end, together = said.endswith("$"), said.startswith("^")
    words = tuple(sys.intern(word) for word in read(said.rstrip("$"), negated, stars=True).words)
    unless_words = frozenset(sys.intern(word) for word in read(unless).words)
    needs = tuple(dict.fromkeys(word for word in words if not word.endswith("*")))
    needs = words if needs == words else needs  # (one tuple kept where they are the same)
    return Phrase(words, at_end, unless_words or _NOTHING, needs, sys.intern(lang), together)


# The kinds of danger, each a file of phrases beside this module, in the order their lines come
# when a message says several (bot.features.urgent.kinds): thoughts of suicide or self-harm; a
# missing person; a fire; violence (at home, rape, abuse); forced labour or trafficking (locked
# in, not let go); fear or threats, from whom unsaid; a crime against the person (robbed,
# attacked, followed); a gas leak (after the fire: the same «get out»)
SUICIDE = "suicide.yaml"
MISSING = "missing.yaml"
FIRE = "fire.yaml"
GAS = "gas.yaml"  # a smell of gas, a leak: get out, 112 or 992
VIOLENCE = "words.yaml"
THREAT = "threat.yaml"
CRIME = "crime.yaml"
EXPLOITATION = "exploitation.yaml"
DANGER = (SUICIDE, MISSING, FIRE, GAS, VIOLENCE, EXPLOITATION, THREAT, CRIME)
MEDICAL = "medical.yaml"  # an acute medical emergency: 112 or 999, an ambulance
BREAK_IN = "break_in.yaml"  # a break-in under way (crime.yaml's too): its lines alone (kinds.whole)


@functools.cache
def table(name: str = VIOLENCE) -> Table:
    """The phrases of one file beside this module (`DANGER`'s, `MEDICAL`), read for matching;
    a file without its own `skip` list takes words.yaml's, with its `skip_also` words (a
    missing person's «since morning», «з ранку»: «my son is missing since morning»)."""
    source = resources.files("bot.features.urgent") / name
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    skipped = data.pop("skip", None)
    also = frozenset(w for entry in data.pop("skip_also", []) for w in read(entry).words)
    persons = bool(data.pop("persons", False))  # (said of someone else too: forms.py)
    if skipped is None:
        return _table(data, table(VIOLENCE).skip | also, persons)
    return _table(
        data,
        frozenset(w for entry in skipped for w in read(entry).words) | also | POSSESSIVES,
        persons,
    )


def _table(data: dict[str, list[str]], skip: frozenset[str], persons: bool = False) -> Table:
    entries = [
        (code, form)
        for code, listed in data.items()
        for entry in listed
        for one in _expand(entry)
        for form in forms.variants(one, code, persons=persons)
    ]
    # the words a negation stands before, read without splitting; then every phrase read with
    negated = set()
    for _, entry in entries:
        words = read(entry.partition("|")[0].rstrip(" $"), stars=True).words
        negated |= {b for a, b in zip(words, words[1:], strict=False) if a in NEGATIONS}
    frozen = frozenset(w for w in negated if not w.endswith("*"))
    return _index({_entry(one, frozen, code) for code, one in entries}, skip, frozen)


def _index(said: set[Phrase], skip: frozenset[str], frozen: frozenset[str]) -> Table:
    phrases = sorted(said, key=lambda p: p.words)
    exact: dict[str, list[Phrase]] = {}
    prefixed = [phrase for phrase in phrases if phrase.words[0].endswith("*")]
    for phrase in phrases:
        if not phrase.words[0].endswith("*"):
            exact.setdefault(phrase.words[0], []).append(phrase)
    prefixes = tuple(sorted({phrase.words[0][:-1] for phrase in prefixed}))
    return Table(exact, prefixes, prefixed, skip, frozen)


def _is(expected: str, word: str) -> bool:
    return word.startswith(expected[:-1]) if expected.endswith("*") else word == expected


def _matches(phrase: Phrase, message: Words, at: int, skip: frozenset[str]) -> list[int] | None:
    """Where the phrase's words stand, when it is said from word `at`; else None."""
    words = message.words
    if not _is(phrase.words[0], words[at]):
        return None
    positions = [at]
    allowed = 0 if phrase.at_end or phrase.together else OTHERS
    for expected in phrase.words[1:]:
        others = 0
        step = positions[-1] + 1
        while step < len(words) and not message.sentence_end[step - 1]:
            if _is(expected, words[step]):
                break
            if words[step] not in skip and not words[step].isdigit():  # («винні їм 3000 євро»)
                others += 1
                if others > allowed:
                    return None
            step += 1
        else:
            return None
        positions.append(step)
    after = positions[-1] + 1  # the next word of its clause that is not a particle
    while after < len(words) and not message.clause_end[after - 1] and words[after] in skip:
        after += 1
    ends = after == len(words) or message.clause_end[after - 1]
    if phrase.at_end and not ends:
        return None
    return positions if ends or words[after] not in phrase.unless else None


def _found(
    text: str,
    name: str,
    readings: dict[frozenset[str], Words],
    *,
    every: bool = False,
    langs: set[str] | None = None,
) -> tuple[Words, set[int]]:
    """The message read for one table, and where the words of the phrases it says stand (the
    first phrase's only, unless `every`); `readings`: the message read already, by the words a
    negation may be split from (tables without a negation share one reading); `langs`: where
    the languages of the phrases said are added."""
    found = table(name)
    message = readings.get(found.negated)
    if message is None:
        message = readings[found.negated] = read(text, found.negated)
    said = _said(found, message, name, every=every, langs=langs)
    if name == CRIME and not said:  # a theft just now (theft.py)
        said.update(theft.just(message))
    if not said and latin.typed(text):  # Ukrainian or Russian in Latin letters (latin.py)
        key = found.negated | _SPELLED
        spelled = readings.get(key)
        if spelled is None:
            words = [latin.skeleton(word) for word in message.words]
            spelled = readings[key] = replace(message, words=words)
        said = _said(latin_table(name), spelled, name, every=every, langs=langs)
        if said:
            return spelled, said
    return message, said


def _said(
    found: Table, message: Words, name: str, *, every: bool, langs: set[str] | None
) -> set[int]:
    present = frozenset(message.words)
    said: set[int] = set()
    for at, word in enumerate(message.words):
        candidates = found.exact.get(word, [])
        if word.startswith(found.prefixes):
            candidates = candidates + found.prefixed
        for phrase in candidates:
            if not present.issuperset(phrase.needs):
                continue
            positions = _matches(phrase, message, at, found.skip)
            if positions is not None and not figure(message, positions, name):
                said.update(positions)
                if langs is not None:
                    langs.add(phrase.lang)
                if not every:
                    return said
    return said


@functools.cache
def latin_table(name: str) -> Table:
    """The Ukrainian and Russian phrases of table `name` as skeletons (latin.py), to be found in a
    message typed in Latin letters; built at start beside the table."""
    found = table(name)
    listed = [phrase for phrases in found.exact.values() for phrase in phrases]
    unless: dict[frozenset[str], frozenset[str]] = {}  # (the same set kept once)
    spelled = set()
    for phrase in (*listed, *found.prefixed):
        if phrase.lang not in ("uk", "ru") or not latin.spelled_apart(phrase.words):
            continue
        words = tuple(sys.intern(latin.skeleton(word)) for word in phrase.words)
        needs = tuple(dict.fromkeys(word for word in words if not word.endswith("*")))
        after = frozenset(latin.skeleton(word) for word in phrase.unless)
        after = unless.setdefault(after, after) if after else _NOTHING
        same = words if needs == words else needs
        spelled.add(Phrase(words, phrase.at_end, after, same, phrase.lang, phrase.together))
    return _index(spelled, found.skip | {latin.skeleton(word) for word in found.skip}, _NOTHING)


@functools.lru_cache(maxsize=4)  # (a turn reads its text 2–3 times: feedback, screen, a form)
def detect(text: str, name: str | None = None) -> bool:
    """True when `text` says its writer (or someone) is in danger: any of `DANGER`'s kinds
    (or, with a table's name, that one's: `MEDICAL`, that someone needs an ambulance now)."""
    readings: dict[frozenset[str], Words] = {}
    return any(_found(text, one, readings)[1] for one in ((name,) if name else DANGER))


def kinds(text: str) -> list[str]:
    """The tables of `DANGER` whose phrases `text` says, in `DANGER`'s order."""
    readings: dict[frozenset[str], Words] = {}
    return [name for name in DANGER if _found(text, name, readings)[1]]


def languages(text: str, names: tuple[str, ...] = DANGER) -> set[str]:
    """The languages of every phrase of these tables `text` says («хочу умереть»: ru; a phrase
    both Ukrainian and Russian list: both)."""
    readings: dict[frozenset[str], Words] = {}
    found: set[str] = set()
    for name in names:
        _found(text, name, readings, every=True, langs=found)
    return found


def beside(text: str, names: list[str]) -> set[str]:
    """The words of `text` that are neither in a phrase of these tables it says nor a particle
    (`skip`): «мені страшно» has none, «мені страшно, чоловік погрожує» has «чоловік»."""
    words: set[str] = set()
    said: set[str] = set()
    readings: dict[frozenset[str], Words] = {}
    for name in names:
        message, positions = _found(text, name, readings, every=True)
        words.update(message.words)
        said.update(message.words[at] for at in positions)
    return words - said - table(VIOLENCE).skip


def outside(text: str, name: str) -> str:
    """`text` without the words of the phrases of table `name` it says (a threat's «угрожает»)."""
    message, said = _found(text, name, {}, every=True)
    where = spans(text)
    gone = sorted({message.tokens[at] for at in said}, reverse=True)  # («dont»: all of it)
    if not gone or len(text.lower()) != len(text) or gone[0] >= len(where):
        return text
    for at in gone:
        text = text[: where[at][0]] + text[where[at][1] :]
    return text
