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
«працодавець закриває фірму, нас звільняють». A «_» between two words lets any number of other
words stand there, within the sentence: «(пішла/ушла/wyszła) _ нигде нет» (a person gone, then
not found, however the middle is told). A table's other forms of its phrases (the verb last,
Polish «się» before its verb, the third person): forms.py.
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import replace
from importlib import resources

from bot.core import yamldata
from bot.features.urgent import cues, english, forms, latin, theft, tries
from bot.features.urgent.figures import figure
from bot.features.urgent.reading import NEGATIONS, Kept, Words, read, spans, words_of

_NOTHING: frozenset[str] = frozenset()
# a message's readings and each spelled as skeletons (latin.py), by the reading's id
Spelled = dict[int, tuple[Words, Words]]


# Possessives may stand between a phrase's words too, as `skip` words do, in every table
# («вломився в мою квартиру», «stole my wallet»): never a word of danger themselves
POSSESSIVES = frozenset(
    "мій моя моє мою мого моєї моїй моїм мої моїх наш наша наше нашу нашого нашої наші наших "
    "мой моя мое мою моего моей моем мои моих "
    "my our "
    "moj moja moje moja mojego mojej moim moich nasz nasza nasze nasza naszego naszej naszym "
    "naszych".split()
)
_CHOICE = re.compile(r"\(([^()]*)\)")
_REFLEXIVE = re.compile(r"(?<!\w)(się|sie)(?!\w)")
NEGATIONS_SET = frozenset(NEGATIONS)


def _expand(entry: str) -> list[str]:
    """An entry with choices in brackets as the entries it stands for: «(син/донька) зник*» is
    «син зник*» and «донька зник*»; a choice may be several words («(до дому/ze szkoły)»)."""
    found = _CHOICE.search(entry)
    if found is None:
        return [entry]
    before, after = entry[: found.start()], entry[found.end() :]
    return [one for choice in found.group(1).split("/") for one in _expand(before + choice + after)]


def _phrases(entry: str, lang: str, negated: frozenset[str], kept: Kept) -> list[tries.Phrase]:
    """The phrases an entry stands for, its choices read once each (the phrases' words are the
    words of its stretches one after another) where they stand apart from other words; else
    each phrase read whole."""
    said, _, unless = entry.partition("|")
    said = said.strip()
    parts = _CHOICE.split(said)
    if not _apart(parts) or _CHOICE.search(unless):
        return [_entry(one, negated, lang, kept) for one in _expand(entry)]
    end = (said.endswith("$"), frozenset(words_of(unless, kept=kept)) or _NOTHING, lang)
    tight = end[0] or said.startswith("^")
    return [(words, tight, end) for words in _words(parts, negated, kept)]


def _words(parts: list[str], negated: frozenset[str], kept: Kept) -> list[tuple[str, ...]]:
    """The words of each phrase of an entry split by its choices (`_CHOICE.split`)."""
    said: list[tuple[str, ...]] = [()]
    for at, part in enumerate(parts):
        if at % 2:
            choices = [
                tuple(words_of(one, negated, stars=True, kept=kept)) for one in part.split("/")
            ]
            said = [before + choice for before in said for choice in choices]
        elif part:
            stretch = tuple(words_of(part, negated, stars=True, kept=kept))
            said = [before + stretch for before in said]
    return said


def _apart(parts: list[str]) -> bool:
    """Whether each choice of an entry split by its choices stands apart from the words around
    it (a space, the start or the end between; no "$", "^" or "|" in it)."""
    last = len(parts) - 2
    return all(
        (parts[at - 1][-1:] in (" ", "^") or at == 1 and not parts[0])
        and (parts[at + 1][:1] in (" ", "$") or at == last and not parts[-1])
        and not any(mark in parts[at] for mark in "$^|")
        for at in range(1, len(parts), 2)
    )


def _entry(entry: str, negated: frozenset[str], lang: str, kept: Kept) -> tries.Phrase:
    said, _, unless = entry.partition("|")
    said = said.strip()
    at_end, together = said.endswith("$"), said.startswith("^")
    words = tuple(words_of(said.rstrip("$"), negated, stars=True, kept=kept))
    unless_words = frozenset(words_of(unless, kept=kept))
    return words, at_end or together, (at_end, unless_words or _NOTHING, lang)


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
_ALIKE = {VIOLENCE, THREAT, CRIME}  # the kinds a look-alike's signs take back (cues.py)
TENSED: set[str] = set()  # the tables whose English verbs are found only as written (english.py)
# the table whose lines each kind that cues.py reaches gets (danger told around: cues.yaml)
CUED = {
    "suicide": SUICIDE,
    "missing": MISSING,
    "violence": VIOLENCE,
    "exploitation": EXPLOITATION,
    "threat": THREAT,
    "crime": CRIME,
}


@functools.cache
def table(name: str = VIOLENCE) -> tries.Table:
    """The phrases of one file beside this module (`DANGER`'s, `MEDICAL`), read for matching;
    a file without its own `skip` list takes words.yaml's, with its `skip_also` words (a
    missing person's «since morning», «з ранку»: «my son is missing since morning»)."""
    source = resources.files("bot.features.urgent") / name
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    skipped = data.pop("skip", None)
    also = frozenset(w for entry in data.pop("skip_also", []) for w in read(entry).words)
    persons = bool(data.pop("persons", False))  # (said of someone else too: forms.py)
    tensed = bool(data.pop("tensed", False))  # (its English verbs as written: english.py)
    if tensed:
        TENSED.add(name)
    if skipped is None:
        return _table(data, table(VIOLENCE).skip | also, persons, tensed)
    return _table(
        data,
        frozenset(w for entry in skipped for w in read(entry).words) | also | POSSESSIVES,
        persons,
        tensed,
    )


def _table(
    data: dict[str, list[str]], skip: frozenset[str], persons: bool, tensed: bool = False
) -> tries.Table:
    listed = [(sys.intern(code), entry) for code, entries in data.items() for entry in entries]
    kept: Kept = {}  # (a word read once for all the phrases it stands in)
    # the words a negation stands before, read without splitting; then every phrase read with
    negated = set()
    for code, entry in listed:
        if NEGATIONS_SET.isdisjoint(words_of(entry.partition("|")[0], kept=kept)):
            continue  # (no negation in any of its phrases)
        for words, _, _ in _formed(entry, code, _NOTHING, kept, persons):
            negated |= {b for a, b in zip(words, words[1:], strict=False) if a in NEGATIONS}
    frozen = frozenset(w for w in negated if not w.endswith("*"))
    said = (
        phrase if tensed else english.phrase(phrase)  # (English verbs as their base: english.py)
        for code, entry in listed
        for phrase in _formed(entry, code, frozen, kept, persons)
    )
    return tries.build(said, skip, frozen)


def _formed(
    entry: str, lang: str, negated: frozenset[str], kept: Kept, persons: bool
) -> list[tries.Phrase]:
    """The phrases of an entry with its other forms (forms.py), where it has any: the verb last
    («~»), Polish «się», the third person (a table with `persons`)."""
    if not (
        persons
        or entry.lstrip().startswith("~")
        or lang == "pl"
        and _REFLEXIVE.search(entry.partition("|")[0])
    ):
        return _phrases(entry, lang, negated, kept)
    return [
        _entry(form, negated, lang, kept)
        for one in _expand(entry)
        for form in forms.variants(one, lang, persons=persons)
    ]


def _found(
    text: str,
    name: str,
    readings: Spelled,
    *,
    every: bool = False,
    langs: set[str] | None = None,
) -> tuple[Words, set[int]]:
    """The message read for one table, and where the words of the phrases it says stand (the
    first phrase's only, unless `every`); `readings`: the message's readings spelled as
    skeletons already (by the reading's id); `langs`: where the languages of the phrases said
    are added."""
    found = table(name)
    message = read(text, found.negated)  # (the same for most tables: reading.py)
    verbs = message if name in TENSED else english.based(message)
    said = _said(found, verbs, name, every=every, langs=langs)
    if name == CRIME and not said:  # a theft just now (theft.py)
        said.update(theft.just(message))
    if not said and latin.typed(text):  # Ukrainian or Russian in Latin letters (latin.py)
        kept = readings.get(id(message))
        if kept is None:
            words = [latin.skeleton(word) for word in message.words]
            kept = readings[id(message)] = (message, replace(message, words=words))
        spelled = kept[1]
        said = _said(latin_table(name), spelled, name, every=every, langs=langs)
        if said:
            return spelled, said
    return message, said


def _said(
    found: tries.Table, message: Words, name: str, *, every: bool, langs: set[str] | None
) -> set[int]:
    return tries.said(
        found, message, lambda read, at: figure(read, at, name), every=every, langs=langs
    )


@functools.cache
def latin_table(name: str) -> tries.Table:
    """The Ukrainian and Russian phrases of table `name` as skeletons (latin.py), to be found in a
    message typed in Latin letters; built at start beside the table."""
    found = table(name)
    spelled = []
    for words, tight, (at_end, unless, lang) in tries.phrases(found):
        if lang not in ("uk", "ru") or not latin.spelled_apart(words):
            continue
        skeletons = tuple(sys.intern(latin.skeleton(word)) for word in words)
        after = frozenset(latin.skeleton(word) for word in unless) or _NOTHING
        spelled.append((skeletons, tight, (at_end, after, lang)))
    skip = found.skip | {latin.skeleton(word) for word in found.skip}
    return tries.build(spelled, skip, _NOTHING)


@functools.lru_cache(maxsize=4)  # (a turn reads its text 2–3 times: feedback, screen, a form)
def detect(text: str, name: str | None = None) -> bool:
    """True when `text` says its writer (or someone) is in danger: any of `DANGER`'s kinds, by
    their phrases or their cues together (cues.py); or, with a table's name, that one's phrases
    (`MEDICAL`: that someone needs an ambulance now)."""
    if name is None:
        return bool(kinds(text))
    return bool(_found(text, name, {})[1])


def kinds(text: str, *, cued: bool = True) -> list[str]:
    """The tables of `DANGER` whose phrases `text` says, or whose cues it says enough of
    (cues.py; not with `cued` false: the phrases alone), in `DANGER`'s order."""
    readings: Spelled = {}
    told = _told(text) if cued else set()
    if THREAT in told and _found(text, VIOLENCE, readings)[1]:  # (its lines: violence's)
        told.discard(THREAT)
    found = [name for name in DANGER if name in told or _found(text, name, readings)[1]]
    alike = found and cued and set(found) <= _ALIKE and cues.looks_alike(text)
    return [] if alike else found  # (a film, «my wife will kill me if I forget»: cues.yaml)


def _told(text: str) -> set[str]:
    """The tables whose kinds `text` tells around (cues.py: weak cues that together make a kind
    likely); none where it says a medical emergency (its own lines: the blood of a fall is no
    violence)."""
    reached = cues.reached(text)
    if not reached or _found(text, MEDICAL, {})[1]:
        return set()
    return {CUED[kind] for kind in reached}


def languages(text: str, names: tuple[str, ...] = DANGER) -> set[str]:
    """The languages of every phrase of these tables `text` says («хочу умереть»: ru; a phrase
    both Ukrainian and Russian list: both)."""
    readings: Spelled = {}
    found: set[str] = set()
    for name in names:
        _found(text, name, readings, every=True, langs=found)
    if not found and _told(text):  # (told around only: the languages of its cues, cues.py)
        cued = cues.reached(text).items()
        found.update(lang for kind, langs in cued if CUED[kind] in names for lang in langs)
    return found


def beside(text: str, names: list[str]) -> set[str]:
    """The words of `text` that are neither in a phrase of these tables it says nor a particle
    (`skip`): «мені страшно» has none, «мені страшно, чоловік погрожує» has «чоловік»."""
    words: set[str] = set()
    said: set[str] = set()
    readings: Spelled = {}
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
