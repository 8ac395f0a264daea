"""A place under 15,000 people named at a network's gate («Olesno», «jestem z Olesna», «я з
Олесна»), which the towns' reading (cities.py: 15,000 or more) does not know: said to have no
information point, with the nearest office by its coordinates first in the list («📍 Olesno: we
have no information point there. The nearest is Opole, about 40 km away …»), instead of «I
don't know the town». The places are small_towns.yaml (GeoNames cities1000: 1,000 to 15,000
people, coordinates only), read on the first such message, not at start. The place is kept as
the person's town (`Memory.town`, its Polish name: /mydata shows it, /forget erases it; the
list puts its nearest office first again); the answers keep the office's places, as the places
of a municipality need what cities.yaml's towns have (a locative, a county seat), which these
lack (menu/replies.py: `_own_places`)."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources

from bot.content.cyrillic import cyrillic
from bot.core import markup, yamldata
from bot.core.dispatch import Turn
from bot.features.office.nearest import nearest
from bot.search import text as texts
from bot.search.name_cases import case_of
from bot.settings.config import Office


@dataclass(frozen=True)
class Place:
    name: str  # its Polish name («Olesno»)
    where: tuple[float, float]
    key: tuple[str, ...]  # its words' script-neutral keys


def told(turn: Turn, typed: str) -> tuple[str, tuple[Office, ...]] | None:
    """What the gate says of the place `typed` names, and the office put first; None: no such
    place (or no office has coordinates)."""
    place = named(typed)
    found = None if place is None else nearest(turn.settings.offices.values(), place.where)
    if place is None or found is None:
        return None
    turn.memory.town = place.name  # (as a town of cities.yaml named at the gate)
    office, km = found
    shown = place.name
    if turn.lang in ("uk", "ru"):  # («Олесно (Olesno)»: in their letters, as the gate does)
        shown = f"{cyrillic(place.name, turn.lang)} ({place.name})"
    said = turn.t(
        "office_place_nearest",
        town=markup.literal(shown),
        office=markup.literal(office.label(turn.lang)),
        km=turn.services.t.number(turn.lang, round(km)),
    )
    return said, (office,)


def where(town: str | None) -> tuple[float, float] | None:
    """Where the person's kept town (`Memory.town`) is: a town of cities.yaml, else a small
    place of this list; None: neither (or none kept)."""
    from bot.features.office.cities import town_alone

    known = town_alone(town) if town else None
    if known is not None or not town:
        return known.where if known is not None else None
    place = named(town)
    return place.where if place is not None else None


def named(typed: str) -> Place | None:
    """The one place `typed` (a place's words, as the person wrote them) names: as written in
    any script, or its last word in a case («Olesna», «Głubczycach»)."""
    said = tuple(_key(word) for word in texts.tokens(typed.lower()))
    if not said:
        return None
    places = _places()
    exact = [p for p in places.get(said[0][:3], ()) if p.key == said]
    if exact:
        return exact[0]
    cased = {
        p.name
        for p in places.get(said[0][:3], ())
        if len(p.key) == len(said) and p.key[:-1] == said[:-1] and case_of(said[-1], p.key[-1])
    }
    return next(p for p in places[said[0][:3]] if p.name in cased) if len(cased) == 1 else None


def _key(word: str) -> str:
    return texts.keys(word)[0]


@functools.cache
def _places() -> dict[str, tuple[Place, ...]]:
    """The places by their first word's first three letters (of its key)."""
    source = resources.files("bot.features.office") / "small_towns.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8")) or {}
    by_start: dict[str, list[Place]] = defaultdict(list)
    for name, (lat, lon) in data.items():
        key = tuple(_key(word) for word in texts.tokens(str(name).lower()))
        if key:
            by_start[key[0][:3]].append(Place(str(name), (float(lat), float(lon)), key))
    return {start: tuple(places) for start, places in by_start.items()}
