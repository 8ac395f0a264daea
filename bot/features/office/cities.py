"""A Polish town a person names at a network's gate that has no information point of the
network («я живу в гданьске», «I'm in Kielce»): the gate says so and puts the nearest office
first (by the offices' coordinates), rather than repeating the list as if nothing was understood.

The towns are cities.yaml: Poland's towns of 15,000 people or more from GeoNames (CC BY 4.0),
written by scripts/polish_cities.py. A town's name is read as an office's is (names.py: in any
case and script, «Гданьск», «w Gdańsku», «у Гданську»), but only where it stands as a place: the
message is nothing but the name and words of where one is, or a place word comes right before
it («в», «w», «in», «from», «живу» …). A name two towns share is left out."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import yaml

from bot.features.office.names import LONGEST_QUESTION, _find, _place_words
from bot.search import text as texts


@dataclass(frozen=True)
class Town:
    name: str
    where: tuple[float, float]


def named_town(text: str) -> Town | None:
    """The one town `text` names as a place (None: none, or several)."""
    said = texts.tokens(text)
    if not said or len(said) > LONGEST_QUESTION:
        return None
    places = _place_words()
    found: dict[str, Town] = {}
    for at, word in enumerate(said):
        for key in texts.keys(word)[:1]:
            for name, town in _towns().get(key[:3], ()):
                span = _find(said[at : at + len(name)], name)
                if span is None:
                    continue
                alone = all(w in places for i, w in enumerate(said) if not at <= i < at + len(name))
                if alone or (at > 0 and said[at - 1] in places):
                    found[town.name] = town
    return next(iter(found.values())) if len(found) == 1 else None


@functools.cache
def _towns() -> dict[str, list[tuple[tuple[str, ...], Town]]]:
    """The towns' names as typed words, by the first three letters of their first word's key."""
    source = resources.files("bot.features.office") / "cities.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    owners: dict[tuple[str, ...], set[str]] = {}
    by_name: dict[tuple[str, ...], Town] = {}
    for name, (lat, lon, others) in data.items():
        town = Town(name, (float(lat), float(lon)))
        for each in (name, *others):
            words = tuple(texts.tokens(each))
            if words:
                owners.setdefault(words, set()).add(name)
                by_name[words] = town
    index: dict[str, list[tuple[tuple[str, ...], Town]]] = {}
    for words, town in by_name.items():
        if len(owners[words]) == 1:  # («Śródmieście»: a district of several cities)
            index.setdefault(texts.keys(words[0])[0][:3], []).append((words, town))
    return index
