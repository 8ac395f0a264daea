"""Reading danger in a message: the phrases of words.yaml and the files beside it (how an entry
is written, choices, «$», «^», «_», «|»: entries.py), matched word by word (a message and every
phrase read the same way: reading.py; the tables kept for the next start: stored.py).
"""

from __future__ import annotations

import functools
import sys
from dataclasses import replace
from importlib import resources

from bot.core import yamldata
from bot.features.urgent import cues, english, entries, latin, stored, theft, tries
from bot.features.urgent.figures import figure
from bot.features.urgent.reading import Words, read, spans

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
    "fire": FIRE,
    "gas": GAS,
}


@functools.cache
def table(name: str = VIOLENCE) -> tries.Table:
    """The phrases of one file beside this module (`DANGER`'s, `MEDICAL`), read for matching:
    as the last start kept them (stored.py), else built (`_built`)."""
    kept = _kept(name)
    return _built(name) if kept is None else kept[0]


def _kept(name: str) -> tuple[tries.Table, tries.Table] | None:
    """Table `name` and its Latin-letter one as a start kept them (stored.py); None: not kept."""
    kept = stored.load()
    if kept is None or name not in kept[1]:
        return None
    TENSED.update(kept[0])
    return kept[1][name]


def prepare() -> None:
    """Every table and its Latin-letter one read at start (from their file, ~25 ms), or built
    (~0.6 s of CPU) and written for the next start (stored.py)."""
    every = {name: (table(name), latin_table(name)) for name in (*DANGER, MEDICAL)}
    _alone(MEDICAL)  # (its whole-message names read here, not on the first message's turn)
    if stored.load() is None and stored.path() is not None:
        every[BREAK_IN] = (found := _built(BREAK_IN)), _latin(found)  # (not asked at start)
        stored.save((sorted(TENSED), every))


def _built(name: str) -> tries.Table:
    """The phrases of file `name` read for matching; a file without its own `skip` list takes
    words.yaml's, with its `skip_also` words (a missing person's «since morning», «з ранку»:
    «my son is missing since morning»)."""
    source = resources.files("bot.features.urgent") / name
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    skipped = data.pop("skip", None)
    data.pop("alone", None), data.pop("alone_with", None)  # (the whole message: `alone` below)
    also = frozenset(w for entry in data.pop("skip_also", []) for w in read(entry).words)
    persons = bool(data.pop("persons", False))  # (said of someone else too: forms.py)
    tensed = bool(data.pop("tensed", False))  # (its English verbs as written: english.py)
    if tensed:
        TENSED.add(name)
    if skipped is None:
        return entries.build(data, table(VIOLENCE).skip | also, persons, tensed)
    return entries.build(
        data,
        frozenset(w for entry in skipped for w in read(entry).words) | also | POSSESSIVES,
        persons,
        tensed,
    )


def _found(
    text: str,
    name: str,
    readings: Spelled,
    *,
    every: bool = False,
    langs: set[str] | None = None,
    plain: bool = False,
) -> tuple[Words, set[int]]:
    """The message read for one table, and where the words of the phrases it says stand (the
    first phrase's only, unless `every`); `readings`: the message's readings spelled as
    skeletons already (by the reading's id); `langs`: where the languages of the phrases said
    are added; `plain`: a figure of speech counts too (figures.py)."""
    found = table(name)
    message = read(text, found.negated)  # (the same for most tables: reading.py)
    verbs = message if name in TENSED else english.based(message)
    said = _said(found, verbs, name, every=every, langs=langs, plain=plain)
    if name == CRIME and not said:  # a theft just now (theft.py)
        said.update(theft.just(message))
    if not said and latin.typed(text):  # Ukrainian or Russian in Latin letters (latin.py)
        kept = readings.get(id(message))
        if kept is None:
            words = [latin.skeleton(word) for word in message.words]
            kept = readings[id(message)] = (message, replace(message, words=words))
        spelled = kept[1]
        said = _said(latin_table(name), spelled, name, every=every, langs=langs, plain=plain)
        if said:
            return spelled, said
    return message, said


def _said(
    found: tries.Table,
    message: Words,
    name: str,
    *,
    every: bool,
    langs: set[str] | None,
    plain: bool = False,
) -> set[int]:
    taken_back = (lambda read, at: False) if plain else (lambda read, at: figure(read, at, name))
    return tries.said(found, message, taken_back, every=every, langs=langs)


@functools.cache
def latin_table(name: str) -> tries.Table:
    """The Ukrainian and Russian phrases of table `name` as skeletons (latin.py), to be found in a
    message typed in Latin letters; read at start beside the table."""
    kept = _kept(name)
    return _latin(table(name)) if kept is None else kept[1]


def _latin(found: tries.Table) -> tries.Table:
    spelled = []
    for words, tight, (at_end, unless, lang) in tries.phrases(found):
        if lang not in ("uk", "ru") or not latin.spelled_apart(words):
            continue
        skeletons = tuple(sys.intern(latin.skeleton(word)) for word in words)
        after = frozenset(latin.skeleton(word) for word in unless) or entries.NOTHING
        spelled.append((skeletons, tight, (at_end, after, lang)))
    skip = found.skip | {latin.skeleton(word) for word in found.skip}
    return tries.build(spelled, skip, entries.NOTHING)


@functools.lru_cache(maxsize=4)  # (a turn reads its text 2–3 times: feedback, screen, a form)
def detect(text: str, name: str | None = None) -> bool:
    """True when `text` says its writer (or someone) is in danger: any of `DANGER`'s kinds, by
    their phrases or their cues together (cues.py); or, with a table's name, that one's phrases
    (`MEDICAL`: that someone needs an ambulance now)."""
    if name is None:
        return bool(kinds(text))
    return bool(_found(text, name, {})[1]) or alone(text, name)


@functools.cache
def _alone(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The `alone` entries of file `name` (medical.yaml: «ambulance», «швидка», «karetka»), each
    read as words without its `alone_with` words, and those words («please», «an», «the»)."""
    source = resources.files("bot.features.urgent") / name
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    around = frozenset(w for entry in data.get("alone_with", []) for w in read(entry).words)
    said = (entry for each in data.get("alone", {}).values() for entry in each)
    return frozenset(
        " ".join(w for w in read(entry).words if w not in around) for entry in said
    ), around


def alone(text: str, name: str = MEDICAL) -> bool:
    """Whether `text` is nothing but one of the `alone` entries of file `name`, with «please»,
    «an», «the», «?» and the like around it: «ambulance», «скорая?», «karetka!» (tester 41, F9:
    the name of the emergency service typed alone gets the lines, as «call an ambulance» does)."""
    words = read(text).words
    if not 0 < len(words) <= ALONE_MOST:
        return False
    known, around = _alone(name)
    return " ".join(w for w in words if w not in around) in known


ALONE_MOST = 6  # words: a longer message is read by its phrases only


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


def said_as_figure(text: str, name: str) -> bool:
    """Whether `text` says a phrase of table `name` only as a figure of speech (figures.py: a
    threat of eviction or a dismissal, «the queue is killing me»)."""
    return bool(_found(text, name, {}, plain=True)[1]) and not _found(text, name, {})[1]


def outside(text: str, name: str, *, plain: bool = False) -> str:
    """`text` without the words of the phrases of table `name` it says (a threat's «угрожает»;
    `plain`: as figures of speech too, «погрожують» of «погрожують виселенням»)."""
    message, said = _found(text, name, {}, every=True, plain=plain)
    where = spans(text)
    gone = sorted({message.tokens[at] for at in said}, reverse=True)  # («dont»: all of it)
    if not gone or len(text.lower()) != len(text) or gone[0] >= len(where):
        return text
    for at in gone:
        text = text[: where[at][0]] + text[where[at][1] :]
    return text
