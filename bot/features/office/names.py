"""An office named by what a person types: its id, its name or its label in any language, or
its city's name (`local: city_name`), or what a name or label begins with («Стараховіце» of
«Стараховіце — місто»); in a sentence, and in another grammatical case: «я живу в Ополі»,
«mieszkam w Opolu», «живу в Сопоті», «w Sopocie», «у Стараховицях», «из Стараховице».

At the gate (no office yet) a message naming one office chooses it; from someone who has one, a
message that says nothing but another office's name («Sopot», «я живу в Сопоті») is offered as a
switch (switch.py). «Nothing but» is the name and the words of place_words.yaml around it.

A name in another case is read by rule (bot/search/name_cases.py: «Ополі», «Opolu», «w
Sopocie» are Opole's and Sopot's)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from importlib import resources

from bot.core import yamldata
from bot.core.dispatch import Turn
from bot.features.office import instrumental
from bot.search import Result, loaded_analyzer, name_cases
from bot.search import text as texts
from bot.settings.config import Office
from bot.settings.model import Settings

NAMING_WORDS = 12  # a longer message that names an office with other words is a question
LONGEST_QUESTION = 40  # words: a longer message is searched with the names it has
_HEAD = re.compile(r"\s+[—–-]\s+|\s*\(")  # «Стараховіце — місто», «Sopot (MOPS)»
_NAMES: dict[int, tuple[Office, frozenset[tuple[str, ...]]]] = {}  # an office's, as words
_KEEP = 256  # offices whose names are kept (a network's, and a test's several apps)


@dataclass(frozen=True)
class Named:
    """The offices a message names, and whether it says nothing else."""

    offices: tuple[Office, ...]
    alone: bool  # besides the name, only words of where one is (place_words.yaml)


def read(turn: Turn, text: str, *, short: int = 0) -> Named | None:
    """The offices `text` names, each by the longest of its names found in it («Starachowice
    County» names the county's office, not also the city's); None when it names none. A
    message longer than `short` words is read only if it may say nothing but a name (a long
    question is not searched for names word by word)."""
    said = texts.tokens(text)
    names = all_names(turn.settings)
    longest = max(len(name) for each in names.values() for name in each)
    if len(said) > short and sum(w not in _place_words() for w in said) > longest:
        return None
    kept = _kept(turn.settings, said, names)
    if not kept:
        return None
    covered = {at for start, end in kept.values() for at in range(start, end)}
    rest = [word for at, word in enumerate(said) if at not in covered]
    # the name said twice, in two languages («я в сопоте живу, ja mieszkam w Sopocie»: F9)
    alone = all(word in _place_words() or _again(word, names, kept) for word in rest)
    offices = tuple(o for o in turn.settings.offices.values() if o.id in kept)
    return Named(offices, alone)


def _again(
    word: str, names: dict[str, frozenset[tuple[str, ...]]], kept: dict[str, tuple[int, int]]
) -> bool:
    """Whether `word` is a name of an office already named in the message."""
    found = _named([word], names)
    return bool(found) and set(found) <= set(kept)


def _kept(
    settings: Settings, said: list[str], names: dict[str, frozenset[tuple[str, ...]]]
) -> dict[str, tuple[int, int]]:
    """`_named`, else `_area`; the last message's kept: a question is read twice, as a name
    alone and as a name in a question (docs/performance.md, change 69). (A misspelt name is
    read once the search's dictionaries are there: whether they are is part of the key.)"""
    global _last
    dictionaries = loaded_analyzer()
    if _last[0] is settings and _last[1] is dictionaries and _last[2] == said:
        return _last[3]
    kept = _named(said, names) or _area(settings, said)
    _last = (settings, dictionaries, said, kept)
    return kept


_last: tuple[Settings | None, object, list[str], dict[str, tuple[int, int]]] = (None, None, [], {})


def without_names(settings: Settings, text: str) -> str:
    """`text` without the offices' names in it (and the towns of their areas: «песель у
    Вонхоцьку» asks about PESEL), for the search: «karta pobytu w Opolu» asks about the
    residence card wherever it is asked (the search would take «Opolu» for Opole's own bus card
    topic, whose title names the city). Unchanged when it names none, or says nothing else but
    words of where one is («я живу в Ополі»)."""
    said = texts.tokens(text)
    if len(said) > LONGEST_QUESTION:  # (a long message: its city moves little, and costs)
        return text
    spans = texts.token_spans(text)
    # (numbers in groups: one token of several spans; a letter whose lower case is two)
    if len(spans) != len(said) or len(said) < 2 or len(text.lower()) != len(text):
        return text
    names = {office.id: _names(settings, office) for office in settings.offices.values()}
    kept = [*_named(said, names).values(), *_area(settings, said).values()]  # («у Вонхоцьку»)
    if not kept:  # («песель в opel»: a town two letters off, misspelt_in.py)
        from bot.features.office import misspelt_in

        word = misspelt_in.found(settings, text)
        kept = [(word.at, word.at + 1)] if word is not None else []
    covered = {at for start, end in kept for at in range(start, end)}
    rest = [word for at, word in enumerate(said) if at not in covered]
    if not covered or all(word in _place_words() for word in rest):
        return text
    out, at = [], 0
    for index in sorted(covered):
        start, end = spans[index]
        out.append(text[at:start])
        at = end
    return "".join(out) + text[at:]


def supported(whole: Result, without: Result) -> Result:
    """Of a question's results with and without the offices' names (`without_names`): the one
    with them when what else it says also finds its first topic («autobus Opole»: Opole's bus
    card, which the word «autobus» finds too), else the one without («pesel opole»: PESEL, not
    the bus card, which only the city's name found). The language is the whole message's («pesel
    Opole» is Polish by its town: Polish offered, not the person's language alone)."""
    first, other = whole.best, without.best
    if first is None or not any(m.id == first.id for m in without.matches):
        return _written(without, whole)
    if other is not None and other.id == first.id:  # («pesel sopot»: the surer of the two)
        chosen = max(without, whole, key=lambda r: (r.confident, r.best.score if r.best else 0))
        return _written(chosen, whole)
    return whole


def _written(result: Result, whole: Result) -> Result:
    """`result` in the language the whole message (`whole`, with the names) is written in."""
    return replace(
        result,
        lang=whole.lang,
        lang_sure=whole.lang_sure,
        sentence=whole.sentence,
        spelled=whole.spelled,
    )


def _named(
    said: list[str], names: dict[str, frozenset[tuple[str, ...]]]
) -> dict[str, tuple[int, int]]:
    """office id -> where in the words `said` its longest name is, of those not inside
    another office's («Starachowice County» is the county's, not also the city's)."""
    spans: dict[str, tuple[int, int]] = {}
    for office_id, its_names in names.items():
        found = [
            span
            for name in its_names
            if (span := _find(said, name)) and not instrumental.said_with(said, *span, name)
        ]  # («współpraca z Opolem»: with Opole, not from it)
        if found:
            spans[office_id] = max(found, key=lambda span: span[1] - span[0])
    if not spans:  # («Аполе», «Сопоць», «в Сапоте»: an office's town misspelt)
        from bot.features.office.misspelt import misspelt  # (it reads words as this module)

        spans = misspelt(said, names)
    return {
        office: span
        for office, span in spans.items()
        if not any(_inside(span, other) for other in spans.values())
    }


def named_office(turn: Turn, text: str) -> Named | None:
    """What a message at the gate names: any message of nothing but a name and the words around
    one («Opole», «привіт, я живу в Ополі»), or a short one with other words too («песель в
    Ополі»: a question, answered once the office is chosen)."""
    named = read(turn, text, short=NAMING_WORDS)
    if named is None or named.alone or len(texts.tokens(text)) <= NAMING_WORDS:
        return named
    return None


def named_alone(turn: Turn, text: str) -> list[Office]:
    """The offices a message is nothing but the name of («Sopot», «Сопот!», «я живу в Сопоті»);
    a name two offices begin with («Стараховіце»): both."""
    named = read(turn, text)
    return list(named.offices) if named is not None and named.alone else []


def all_names(settings: Settings) -> dict[str, frozenset[tuple[str, ...]]]:
    """office id -> its names as typed words (`_names`)."""
    return {office.id: _names(settings, office) for office in settings.offices.values()}


def _names(settings: Settings, office: Office) -> frozenset[tuple[str, ...]]:
    """The office's names as typed words: id, name, labels, its city in every language, and
    what its name and labels begin with, before « — » or « (» (read once per office)."""
    kept = _NAMES.get(id(office))
    if kept is not None and kept[0] is office:
        return kept[1]
    names = {office.id, office.name, *office.labels.values()}
    names |= {office.placeholders(lang).get("city_name", "") for lang in settings.languages}
    names |= {_HEAD.split(name)[0] for name in (office.name, *office.labels.values())}
    found = frozenset(tuple(texts.tokens(name)) for name in names if name) - {()}
    if len(_NAMES) >= _KEEP:
        _NAMES.clear()
    _NAMES[id(office)] = (office, found)
    return found


def _area(settings: Settings, said: list[str]) -> dict[str, tuple[int, int]]:
    """office id -> where a town of its own area is named as a place (area.py)."""
    from bot.features.office.area import area  # (area.py reads words as this module does)

    return area(settings, said)


def _find(said: list[str], name: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the name's words are in the message, one after the other, each in any case."""
    size = len(name)
    for start in range(len(said) - size + 1):
        if all(name_cases.same(said[start + i], word) for i, word in enumerate(name)):
            return start, start + size
    return None


def _inside(span: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether `span` is a part of `other`, smaller than it."""
    return other != span and other[0] <= span[0] and span[1] <= other[1]


@functools.cache
def _place_words() -> frozenset[str]:
    source = resources.files("bot.features.office") / "place_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    return frozenset(
        word
        for by_lang in data.values()
        for phrase in by_lang
        for word in texts.tokens(str(phrase))
    )
