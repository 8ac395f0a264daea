"""The top level's `shared:` list in a network (docs/offices.md, «What the offices share on
purpose»): what of the top level's town-specific keys every office takes on purpose, a whole key
(`organisation`, `services`) or one entry of a key merged by id (`local.helpline`,
`services.legal_advice_online`). What is named there is taken with no error; everything else an
office takes from the top level is refused (inherited.py). Each entry is checked at its line."""

from __future__ import annotations

import math
from typing import Any

from bot.settings.schema import Checker, did_you_mean

# replaced as a whole by an office's own; merged by id (an office's own id wins)
WHOLE = ("organisation", "duty", "opening_hours")
BY_ID = ("places", "local", "services", "specialists")
# always one town's details (an address, a phone, hours, its local offices); services and
# specialists may be too (a course held at an address), or be every office's (by phone)
TOWN = ("organisation", "duty", "opening_hours", "places", "local")
APART_KM = 15  # two offices' `location`s farther apart than this are in two towns


def read(checker: Checker, data: dict[str, Any], network: dict[str, Any]) -> set[str]:
    """The entries of `shared:` that name something the top level has (`key` or `key.id`);
    the others named at their line."""
    entries = [(i, e) for i, e in enumerate(data.get("shared") or ()) if e is not None]
    if entries and not network:
        checker.warn(
            ("shared",),
            "a config without `offices:` is one office, which takes the top level's keys "
            "anyway: `shared:` only means something in a network (docs/offices.md); remove it",
        )
        return set()
    shared: set[str] = set()
    for i, entry in entries:
        if _known(checker, data, ("shared", i), str(entry).strip()):
            shared.add(str(entry).strip())
    return shared


def _known(checker: Checker, data: dict[str, Any], at: tuple[str | int, ...], entry: str) -> bool:
    key, _, ident = entry.partition(".")
    if key not in (*WHOLE, *BY_ID):
        if key in data and not ident:  # (languages, booking, staff …: no town in them)
            checker.warn(
                at,
                f"`{key}` is every office's already (an office takes it from the top level "
                "without an error): `shared:` names only what would give an office another "
                f"town's details: {', '.join(WHOLE + BY_ID)}, or one entry of "
                f"{', '.join(BY_ID)} (`local.city_office`); remove `{key}` here",
            )
            return False
        checker.error(
            at,
            f"`shared:` names {entry!r}, which is none of {', '.join(WHOLE + BY_ID)}"
            + did_you_mean(key, WHOLE + BY_ID)
            + " (a whole key, or one entry of a key merged by id: `local.city_office`)",
        )
        return False
    top = data.get(key)
    if not top:  # (nothing to take: no harm, and an office may have just been given it)
        return False
    if ident and key in WHOLE:
        checker.error(
            at,
            f"`{key}` is taken whole (an office writes all of its own or takes the top "
            f"level's): write `{key}`, not {entry!r}",
        )
        return False
    if ident and (not isinstance(top, dict) or top.get(ident) is None):
        checker.error(
            at,
            f"`shared:` names {entry!r}, but the top level's `{key}:` (line "
            f"{checker.doc.line((key,))}) has no {ident!r}" + did_you_mean(ident, top or ()),
        )
        return False
    return True


def covers(shared: set[str], key: str, ident: object = None) -> bool:
    """Whether the top level's `key` (its entry `ident`) is shared on purpose."""
    return key in shared or (ident is not None and f"{key}.{ident}" in shared)


def suggest(taken: list[tuple[str, list[str]]], town: str | None = None) -> str:
    """The entries of `shared:` that would say the keys taken are meant for every office: a
    whole key, or its one or two ids taken; none of TOWN's when the network's offices are in
    more than one town (`town`, other_town: shared, they would send one town's people to the
    other's; tester 41, F1)."""
    items: list[str] = []
    for key, ids in taken:
        if town is not None and key in TOWN:
            continue
        few = key in BY_ID and 0 < len(ids) <= 2
        items.extend([f"{key}.{i}" for i in ids] if few else [key])
    return ", ".join(items)


def hint(taken: list[tuple[str, list[str]]], town: str | None, line: int | None) -> str:
    """The end of the error about keys an office takes: what to add to `shared:` (at `line`,
    None: no `shared:` yet), only what can be every office's, and which of it holds a town's."""
    entries = suggest(taken, town)
    keys = [key for key, _ in taken]
    if town is not None and not entries:
        return (
            f"none of it can be every office's here (`shared:`): {town}, and "
            f"{_listed([k for k in keys if k in TOWN])} hold one town's details"
        )
    add = "only if they are really every office's (a national helpline, a service by phone), "
    add += (
        f"add {entries} to the top level's `shared:` (line {line})"
        if line is not None
        else f"name them in the top level's `shared: [{entries}]`"
    )
    town_keys = [k for k in keys if k in TOWN]
    if town is not None and town_keys:
        add += f" ({_listed(town_keys)} left out: they hold one town's details, and {town})"
    elif town_keys:
        add += (
            f" ({_listed(town_keys)} hold one town's details: share them only if every "
            "office is in that town)"
        )
    if any(k in ("services", "specialists") for k in keys):
        add += "; `services` and `specialists` may name a place too: share only those given "
        add += "by phone or online"
    return add


def _listed(keys: list[str]) -> str:
    named = [f"`{k}`" for k in keys]
    return named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"


def other_town(data: dict[str, Any], network: dict[str, Any]) -> str | None:
    """Why the network's offices are in more than one town («office 'skarzysko' writes its own
    `local.city_name` 'Skarżysko-Kamienna'»), or None: its own city_name not the top level's,
    places of its own, or two offices' `location`s more than APART_KM apart."""
    top_city = _city(data)
    top_places = data.get("places") or {}
    located: list[tuple[str, float, float]] = []
    for office, own in network.items():
        own = own if isinstance(own, dict) else {}
        city = _city(own)
        if city is not None and city != top_city:
            return f"office {office!r} writes its own `local.city_name` {city!r}"
        places = own.get("places")
        if isinstance(places, dict) and any(p not in top_places for p in places):
            return f"office {office!r} writes places of its own"
        at = own.get("location")
        if isinstance(at, dict) and all(isinstance(at.get(k), int | float) for k in ("lat", "lon")):
            located.append((office, float(at["lat"]), float(at["lon"])))
    for i, (one, lat1, lon1) in enumerate(located):
        for other, lat2, lon2 in located[i + 1 :]:
            km = _km(lat1, lon1, lat2, lon2)
            if km > APART_KM:
                return f"offices {one!r} and {other!r} are {km:.0f} km apart (`location`)"
    return None


def _city(data: dict[str, Any]) -> str | None:
    """`local.city_name`'s name (written as a text, or read already as a LocalName)."""
    local = data.get("local")
    city = local.get("city_name") if isinstance(local, dict) else None
    name = getattr(city, "name", city)
    return str(name) if name is not None else None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The distance on the Earth's surface (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2
    a += math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))
