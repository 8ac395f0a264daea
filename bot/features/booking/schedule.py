"""Duty rules -> concrete bookable slots. Pure functions: no database, no clock of their own.

The slot arithmetic itself (wall-clock hours -> UTC slots across daylight-saving changes, Polish
public holidays) is shared with appointments in bot.core.slots; this module applies it to the
duty desk: `booking.visit_minutes`, `booking.closed_dates`, and duties staff cancelled (passed
in as (place, day)).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.core import slots as _slots
from bot.core.public_holidays import public_holidays
from bot.core.slots import Slot, parse_key, rule_slots
from bot.settings.config import BookingSettings, HoursRule

__all__ = [
    "Duty",
    "Slot",
    "bookable",
    "closed_days",
    "days_with_slots",
    "duties_between",
    "free",
    "horizon",
    "nearest",
    "parse_key",
    "places_with_slots",
    "public_holidays",
    "rule_slots",
    "slots_between",
]


def closed_days(booking: BookingSettings, first: dt.date, last: dt.date) -> set[dt.date]:
    """Days without any duty: public holidays and the configured closed dates."""
    return _slots.closed_days(booking.closed_dates, first, last)


def slots_between(
    rules: Iterable[HoursRule],
    booking: BookingSettings,
    zone: ZoneInfo,
    first: dt.date,
    last: dt.date,
    cancelled: Iterable[tuple[str, dt.date]] = (),
) -> list[Slot]:
    """Every slot on local days first..last (inclusive), bookings ignored; sorted, no duplicates."""
    return _slots.slots_between(
        rules, booking.visit_minutes, booking.closed_dates, zone, first, last, cancelled
    )


def horizon(booking: BookingSettings, zone: ZoneInfo, now: dt.datetime) -> tuple[dt.date, dt.date]:
    today = now.astimezone(zone).date()
    return today, today + dt.timedelta(days=booking.horizon_days)


def bookable(
    rules: Iterable[HoursRule],
    booking: BookingSettings,
    zone: ZoneInfo,
    now: dt.datetime,
    cancelled: Iterable[tuple[str, dt.date]] = (),
) -> list[Slot]:
    """Slots within the horizon that start late enough to be booked now (capacity not applied)."""
    first, last = horizon(booking, zone, now)
    earliest = now + dt.timedelta(minutes=booking.min_notice_minutes)
    return [
        s
        for s in slots_between(rules, booking, zone, first, last, cancelled)
        if s.start >= earliest
    ]


def free(
    slots: Iterable[Slot], taken: dict[tuple[str, dt.datetime], int], capacity: int
) -> list[Slot]:
    """Slots with a seat left; `taken` counts active bookings by (place, UTC start)."""
    return [s for s in slots if taken.get((s.place, s.start), 0) < capacity]


def nearest(slots: Iterable[Slot], wanted: dt.datetime, place: str, count: int = 3) -> list[Slot]:
    """The free slots nearest in time to the one wanted, same place first; in time order."""
    ranked = sorted(slots, key=lambda s: (s.place != place, abs(s.start - wanted), s.start))
    return sorted(ranked[:count])


def days_with_slots(slots: Iterable[Slot], zone: ZoneInfo, place: str) -> list[dt.date]:
    return sorted({s.local_day(zone) for s in slots if s.place == place})


def places_with_slots(slots: Iterable[Slot], order: Iterable[str]) -> list[str]:
    present = {s.place for s in slots}
    return [p for p in order if p in present]


@dataclass(frozen=True, order=True)
class Duty:
    """One duty of the assistant on one local day (what staff cancel when someone is ill)."""

    day: dt.date
    start: dt.time
    end: dt.time
    place: str


def duties_between(
    rules: Iterable[HoursRule], booking: BookingSettings, first: dt.date, last: dt.date
) -> list[Duty]:
    rules = list(rules)
    closed = closed_days(booking, first, last)
    out: set[Duty] = set()
    day = first
    while day <= last:
        if day not in closed:
            out.update(Duty(day, r.start, r.end, r.place) for r in rules if r.applies(day))
        day += dt.timedelta(days=1)
    return sorted(out)
