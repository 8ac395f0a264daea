"""A Polish town a person names at a network's gate that has no information point of the
network («я живу в гданьске», «I'm in Kielce»): the gate says so and puts the nearest office
first (by the offices' coordinates), rather than repeating the list as if nothing was understood.

The towns are cities.yaml: Poland's towns of 15,000 people or more from GeoNames (CC BY 4.0),
written by scripts/polish_cities.py. A town's name is read as an office's is (names.py: in any
case and script, «Гданьск», «w Gdańsku», «у Гданську»), but only where it stands as a place: the
message is nothing but the name and words of where one is, or a place word comes right before
it («в», «w», «in», «from», «живу» …); or, in a short message, it stands alone as it is written
(«Wroclaw pesel», «pesel Вроцлав», «Kraków meldunek»: any diacritics or script, no other case),
unless it is also an ordinary word (bot/content/towns.yaml: common, «marki pesel»). A name two
towns share is left out; a part of a city GeoNames lists as a town («Mokotów») is the city.
The Ukrainian and Russian names of bot/content/towns.yaml are read too («Ряшів», «Жешув»)."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from importlib import resources

from bot.content import towns
from bot.core import yamldata
from bot.features.office import instrumental, names, spelt
from bot.features.office.names import LONGEST_QUESTION, _find, _place_words
from bot.search import text as texts
from bot.settings.model import Settings

SHORT = 5  # words: a message this short may name a town without a word of place


@dataclass(frozen=True)
class Town:
    name: str  # in Polish (a part of a city: the city's)
    where: tuple[float, float]
    loose: bool = True  # may be named without a word of place (not an ordinary word too)


def prepare() -> None:
    """The towns read at start (Feature.prepare), not at the first message (~0.1 s)."""
    _spelling()
    spelt.ordinary("")  # (its word lists)
    spelt.read_after(["", ""], 1)


def named_town(text: str) -> Town | None:
    """The one town `text` names as a place (None: none, or several)."""
    found = _named(text, only=False)
    return found[0] if found else None


def town_alone(text: str) -> Town | None:
    """The one town `text` names saying nothing else («mieszkam w Krakowie», «Kraków»)."""
    found = _named(text, only=True)
    return found[0] if found else None


def asked_town(text: str) -> Town | None:
    """A town whose name is an ordinary word too (towns.yaml: `strict`), typed as it is written
    and nothing else, where the person was asked for their town (a network's gate): «Brzeg»,
    «Бжег», «Koło»."""
    said = texts.tokens(text)
    for name, town in _towns().get(texts.keys(said[0])[0][:3], ()) if said else ():
        if town.name in towns.words().strict and len(name) == len(said):
            if _as_written(said, name):
                return town
    return None


def without_names(settings: Settings, text: str) -> str:
    """`text` without the offices' names (names.without_names) and without a town it names in
    a question, for the search: «pesel Wroclaw» asks about PESEL wherever one lives."""
    text = names.without_names(settings, text)
    found = _named(text, only=False, with_too=True)  # («z Krakowem»: no help to the search)
    spans = texts.token_spans(text)
    if found is None or len(spans) != len(texts.tokens(text)) or len(text.lower()) != len(text):
        return text  # (numbers in groups, a letter whose lower case is two: as names.py)
    _, start, end = found
    rest = text[: spans[start][0]] + text[spans[end - 1][1] :]
    if all(word in _place_words() for word in texts.tokens(rest)):
        return text  # («mieszkam w Krakowie»: nothing else to search)
    return rest


def _named(
    text: str, *, only: bool, spelt_too: bool = True, with_too: bool = False
) -> tuple[Town, int, int] | None:
    """The one town `text` names, and where its words are (`spelt_too`: misspelt too;
    `with_too`: a town said with someone too, «współpraca z Krakowem»)."""
    said = texts.tokens(text)
    if not said or len(said) > LONGEST_QUESTION:
        return None
    found = _found(said, only=only, with_too=with_too)
    if found or not spelt_too:
        return _one(said, found) if found else None
    return _misspelt(said, only=only)


def moved_into(text: str, left: frozenset[str]) -> Town | None:
    """The one town a message about moving says was moved to, when it names the town left too
    («I moved from Sopot to Kielce», «я переехала из Сопота в Кельце»): of the towns read (the
    one after «to», «до» too: not where one goes, as one moved), those no word of `left`
    («from», «из», «z») stands right before."""
    said = texts.tokens(text)
    if not said or len(said) > LONGEST_QUESTION or not towns.words().moved & set(said):
        return None
    found = [
        seen
        for seen in _found(said, only=False, with_too=False, moving=True)
        if seen[1] == 0 or said[seen[1] - 1] not in left
    ]
    one = _one(said, found) if found else None
    return None if one is None else one[0]


def _found(
    said: list[str], *, only: bool, with_too: bool, moving: bool = False
) -> list[tuple[Town, int, int, int]]:
    """The towns `said` names as written, each where its words are and how close it is typed
    (`moving`: one after «to», «до» too, where one moved)."""
    places, towards = _place_words(), towns.words().towards
    strict, markers = towns.words().strict, towns.words().markers
    short = len(said) <= SHORT and not towards & set(said)  # («train to warsaw»: not theirs)
    found: dict[str, tuple[Town, int, int, int]] = {}
    for at, word in enumerate(said):
        for key in texts.keys(word)[:1]:
            for name, town in _towns().get(key[:3], ()):
                span = _find(said[at : at + len(name)], name)
                if span is None or set(said[at : at + len(name)]) <= places:
                    continue  # («будь ласка»: no Łask, «Laska»)
                if not moving and _towards(said, at):
                    continue  # («до Варшави»: where one goes)
                if not with_too and instrumental.said_with(said, at, at + len(name), name):
                    continue  # («współpraca z Krakowem»: with Kraków, not from it)
                if town.name in strict and (at == 0 or said[at - 1] not in markers):
                    continue  # («brzeg rzeki», «koło domu»: words; «z Brzegu», «w Pile»: towns)
                alone = all(w in places for i, w in enumerate(said) if not at <= i < at + len(name))
                as_written = short and town.loose and _as_written(said[at : at + len(name)], name)
                if alone or (not only and at > 0 and said[at - 1] in places) or as_written:
                    if not only or alone:  # («Wroclaw pesel»: as written, in a short question)
                        seen = (town, at, at + len(name), _closeness(said[at:], name))
                        if town.name not in found or found[town.name][3] < seen[3]:
                            found[town.name] = seen
    return list(found.values())


def _misspelt(
    said: list[str], *, only: bool, any_word: bool = False
) -> tuple[Town, int, int] | None:
    """A town misspelt right after a preposition of place (spelt.read_after), in a message
    that says the person lives there or says nothing else («живу в Горжові»: spelt.py;
    `any_word`: an ordinary word's reading too, for scripts/ordinary_words.py)."""
    places, words = _place_words(), towns.words()
    if len(said) > SHORT * 2:
        return None
    theirs = not only and bool((words.living | words.moved) & set(said))
    if not theirs and sum(word not in places for word in said) > 4:
        return None  # (neither theirs nor alone: no name is this long)
    found = []
    for at in range(1, len(said)):
        if not spelt.read_after(said, at) or _towards(said, at):
            continue  # («я люблю»: no Lublin; «z Chinami»: with, not from)
        if said[at] in places or said[at] in words.living:
            continue  # («I live in …»: «live», «in» are no town)
        near = _spelling().closest(said, at, any_word=any_word)
        if near is not None:
            town, size = near
            alone = all(w in places for i, w in enumerate(said) if not at <= i < at + size)
            if alone or theirs:
                found.append((town, at, at + size))
    return found[0] if len(found) == 1 else None


@functools.cache
def _loose() -> tuple[tuple[tuple[str, ...], Town], ...]:
    """The towns' own names (towns.yaml's, not GeoNames' other ones, nor ordinary words)."""
    return tuple((words, town) for each in _towns().values() for words, town in each if town.loose)


@functools.cache
def _spelling() -> spelt.Spelling[Town]:
    """… of the towns themselves, not of a city's parts («Szczepin»: Wrocław), misspelt."""
    known = towns.words()

    def its(town: Town) -> set[tuple[str, ...]]:
        names = (town.name, *known.names.get(town.name, ()), *known.alone_too.get(town.name, ()))
        return {tuple(texts.tokens(name)) for name in names}

    return spelt.Spelling([(words, town) for words, town in _loose() if words in its(town)])


def _one(said: list[str], found: list[tuple[Town, int, int, int]]) -> tuple[Town, int, int] | None:
    """The town of those read in the same words: the longer name («Gorzów Wielkopolski», not
    Chorzów in its first word), then the one spelt closer to what was typed («w Gorzowie»:
    Gorzów, though Chorzów's key is the same), in the name read or any of its own («Гожові»:
    Гожув); two towns in different words: none."""
    found = [f for f in found if not any(_inside(f, other) for other in found)]
    if len(found) > 1 and all(a[1] < b[2] and b[1] < a[2] for a in found for b in found):
        closest = max(f[3] for f in found)
        found = [f for f in found if f[3] == closest]
        alike = {f[0]: spelt.likeness(said[f[1] : f[2]], f[0], _loose()) for f in found}
        found = [f for f in found if alike[f[0]] == max(alike.values())]
    return found[0][:3] if len(found) == 1 else None


def _inside(span: tuple[Town, int, int, int], other: tuple[Town, int, int, int]) -> bool:
    return other[1] <= span[1] and span[2] <= other[2] and other[2] - other[1] > span[2] - span[1]


def _closeness(said: list[str], name: tuple[str, ...]) -> int:
    """How many letters the typed words share with the name's from their beginnings."""
    pairs = zip(said, name, strict=False)
    return sum(len(os.path.commonprefix([texts.fold(a), texts.fold(b)])) for a, b in pairs)


def _towards(said: list[str], at: int) -> bool:
    """Whether the town at `at` is where one goes («до Варшави»), not where one moved («I moved
    to Gniezno», «przeprowadziłam się do Gniezna»)."""
    words = towns.words()
    if at == 0 or said[at - 1] not in words.towards:
        return False
    return not words.moved & set(said[max(0, at - 3) : at - 1])


def _as_written(said: list[str], name: tuple[str, ...]) -> bool:
    """The name's words as they are (any diacritics, any script), in no other case."""
    pairs = zip(said, name, strict=True)
    return all(set(texts.keys(typed)) & set(texts.keys(word)) for typed, word in pairs)


@functools.cache
def _towns() -> dict[str, list[tuple[tuple[str, ...], Town]]]:
    """The towns' names as typed words, by the first three letters of their first word's key."""
    source = resources.files("bot.features.office") / "cities.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    known = towns.words()
    owners: dict[tuple[str, ...], set[str]] = {}
    by_name: dict[tuple[str, ...], Town] = {}
    for name, (lat, lon, others) in data.items():
        city = known.districts.get(name, name)  # («Mokotów»: Warszawa)
        where = data[city][:2] if city in data else (lat, lon)
        own = {name, *known.names.get(name, ()), *known.alone_too.get(name, ())}
        others = [other for other in others if other not in known.elsewhere]  # («Minsk»)
        for each in (name, *others, *known.forms.get(name, ()), *own):
            words = tuple(texts.tokens(each))
            if words:  # (GeoNames' other names only after a word of place: «Torn», Toruń)
                loose = each in own and name not in known.common
                owners.setdefault(words, set()).add(name)
                by_name[words] = Town(city, (float(where[0]), float(where[1])), loose)
    index: dict[str, list[tuple[tuple[str, ...], Town]]] = {}
    for words, town in by_name.items():
        if len(owners[words]) == 1:  # («Śródmieście»: a district of several cities)
            index.setdefault(texts.keys(words[0])[0][:3], []).append((words, town))
    return index
