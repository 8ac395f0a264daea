"""The office nearest to a shared location (great-circle distance; offices are kilometres
apart, so the earth as a sphere is exact enough)."""

from __future__ import annotations

import math
from collections.abc import Iterable

from bot.settings.config import Office

EARTH_KM = 6371.0


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_KM * math.asin(math.sqrt(h))


def nearest(offices: Iterable[Office], where: tuple[float, float]) -> tuple[Office, float] | None:
    """The nearest office that has coordinates, and how far it is; None if none has any."""
    placed = [(distance_km(where, o.location), o) for o in offices if o.location is not None]
    if not placed:
        return None
    km, office = min(placed, key=lambda pair: pair[0])
    return office, km
