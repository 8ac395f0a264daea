"""Duty rules -> concrete bookable slots. Pure functions: no database, no clock of their own.

Duty hours are wall-clock times in the deployment's time zone (Europe/Warsaw); a slot is an
aware UTC moment, so a week that crosses a daylight-saving change still yields 13:00 local on
both sides. Closed days are Polish public holidays (the `holidays` package, never a hand list),
the configured `booking.closed_dates`, and duties staff cancelled (passed in as (place, day)).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import holidays

from bot.settings.config import BookingSettings, HoursRule


@dataclass(frozen=True, order=True)
class Slot:
    start: dt.datetime  # aware, UTC
    place: str
    end: dt.datetime

    @property
    def key(self) -> str:
        """Compact and unambiguous (UTC) for button payloads: 202612011230."""
        return self.start.astimezone(dt.UTC).strftime("%Y%m%d%H%M")

    def local_start(self, zone: ZoneInfo) -> dt.datetime:
        return self.start.astimezone(zone)

    def local_day(self, zone: ZoneInfo) -> dt.date:
        return self.start.astimezone(zone).date()


def parse_key(key: str) -> dt.datetime | None:
    """The inverse of Slot.key; None for anything malformed (payloads arrive from outside)."""
    if len(key) != 12 or not key.isdigit():
        return None
    try:
        return dt.datetime.strptime(key, "%Y%m%d%H%M").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def public_holidays(years: Iterable[int]) -> set[dt.date]:
    return set(holidays.country_holidays("PL", years=sorted(set(years))))


def closed_days(booking: BookingSettings, first: dt.date, last: dt.date) -> set[dt.date]:
    """Days without any duty: public holidays and the configured closed dates."""
    return public_holidays(range(first.year, last.year + 1)) | set(booking.closed_dates)


def _wall_clock(day: dt.date, at: dt.time, zone: ZoneInfo) -> dt.datetime | None:
    """Local wall time -> aware moment; None when the clock skips it (spring forward)."""
    local = dt.datetime.combine(day, at, tzinfo=zone)  # fold=0: the first of a repeated hour
    round_trip = local.astimezone(dt.UTC).astimezone(zone)
    if round_trip.replace(tzinfo=None) != local.replace(tzinfo=None):
        return None
    return local.astimezone(dt.UTC)


def rule_slots(rule: HoursRule, day: dt.date, minutes: int, zone: ZoneInfo) -> list[Slot]:
    """The visits that fit wholly inside one duty on one day (a short last remainder is dropped)."""
    if not rule.applies(day):
        return []
    out: list[Slot] = []
    step = dt.timedelta(minutes=minutes)
    wall = dt.datetime.combine(day, rule.start)
    end_wall = dt.datetime.combine(day, rule.end)
    while wall + step <= end_wall:
        start = _wall_clock(day, wall.time(), zone)
        if start is not None:
            out.append(Slot(start, rule.place, start + step))
        wall += step
    return out


def slots_between(
    rules: Iterable[HoursRule],
    booking: BookingSettings,
    zone: ZoneInfo,
    first: dt.date,
    last: dt.date,
    cancelled: Iterable[tuple[str, dt.date]] = (),
) -> list[Slot]:
    """Every slot on local days first..last (inclusive), bookings ignored; sorted, no duplicates."""
    rules = list(rules)
    closed = closed_days(booking, first, last)
    stopped = set(cancelled)
    found: set[Slot] = set()
    day = first
    while day <= last:
        if day not in closed:
            for rule in rules:
                if (rule.place, day) not in stopped:
                    found.update(rule_slots(rule, day, booking.visit_minutes, zone))
        day += dt.timedelta(days=1)
    return sorted(found)


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
