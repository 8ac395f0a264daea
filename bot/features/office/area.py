"""The towns and gminas of an office's own area (`towns:` of an office: «Wąchock», «Brody» of
the county's), read as the office's names are (names.py: in any case, «w Wąchocku», «у Бродах»),
but only as a place: after a word of place («mieszkam w Wąchocku», «pesel w Wąchocku»), or with
nothing but such words around it («Pawłów»); not an ordinary word that is such a name too
(«jak zgolić brody»), nor a town said with someone («współpraca z Mircem»: instrumental.py).
A town whose stem changes in its cases is read by the forms the config gives it («Mirzec»:
«Mircu», so «w Mircu», «z Mirca», «в Мирці»).

A town abroad of the same name (`abroad: true`: Brody, also Броди in Ukraine) is not the
office's in a message that names that country («jestem z Brodów na Ukrainie», «я з Бродів,
Україна»: area_words.yaml `abroad`); named right after a word of where one comes from («я з
Бродів», «jestem z Brodów») with no word of Poland («w Polsce», «gmina»: `poland`), the person
is asked: the gate shows the list with the office first and says which Brody it serves
(`doubtful`); where one lives («mieszkam w Brodach») is the office's."""

from __future__ import annotations

import functools

from bot.core import yamldata
from bot.features.office import instrumental
from bot.features.office.names import _find, _place_words
from bot.search import text as texts
from bot.settings.model import AreaTown, Settings


def area(settings: Settings, said: list[str]) -> dict[str, tuple[int, int]]:
    """office id -> where a town of its own area is named as a place in the words `said`."""
    return {office: span for office, (span, _) in _read(settings, tuple(said)).items()}


def towns(settings: Settings, said: list[str]) -> dict[str, AreaTown]:
    """office id -> the town of its own area named as a place in the words `said`."""
    return {office: town for office, (_, town) in _read(settings, tuple(said)).items()}


def doubtful(settings: Settings, said: list[str]) -> tuple[str, AreaTown] | None:
    """A town of an office's area (the office's id, the town), one abroad is named too, named
    after a word of where one comes from, with no word of Poland («я з Бродів»): the person is
    asked which."""
    words = _words()
    if any(_is(word, words["poland"]) for word in said):
        return None
    for office, ((start, _), town) in _read(settings, tuple(said)).items():
        if town.abroad and start > 0 and said[start - 1] in words["from"][0]:
            return office, town
    return None


def _read(settings: Settings, said: tuple[str, ...]) -> dict[str, tuple[tuple[int, int], AreaTown]]:
    found: dict[str, tuple[tuple[int, int], AreaTown]] = {}
    words = list(said)
    foreign = any(_is(word, _words()["abroad"]) for word in words)
    for office in settings.offices.values():
        for town in office.towns:
            if town.abroad and foreign:
                continue  # («z Brodów na Ukrainie»: the town abroad)
            for name in (town.name, *town.forms):
                written = tuple(texts.tokens(name))
                span = _find(words, written)
                if span is None or instrumental.said_with(words, span[0], span[1], written):
                    continue
                rest = words[: span[0]] + words[span[1] :]
                if (span[0] and words[span[0] - 1] in _place_words()) or all(
                    word in _place_words() for word in rest
                ):
                    found[office.id] = (span, town)
                    break
    return found


def _is(word: str, words: yamldata.WordList) -> bool:
    return yamldata.listed(word, words)


@functools.cache
def _words() -> dict[str, yamldata.WordList]:
    return yamldata.word_lists("bot.features.office", "area_words.yaml")
