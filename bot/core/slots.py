"""Weekly hours -> concrete bookable slots. Pure functions: no database, no clock of their own.

Shared by every feature that books time: the assistant's duty desk (bot.features.booking) and
appointments with a specialist (bot.features.appointments). Hours are wall-clock times in the
deployment's time zone (Europe/Warsaw); a slot is an aware UTC moment, so a week that crosses a
daylight-saving change still yields 13:00 local on both sides. Closed days are Polish public
holidays (the `holidays` package, never a hand list) plus whatever closed dates the caller adds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.core.numbers import digits
from bot.core.public_holidays import public_holidays
from bot.settings.model import HoursRule


@dataclass(frozen=True, order=True)
class Slot:
    start: dt.datetime  # aware, UTC
    place: str  # "" for a specialist who works by phone or online
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
    if not digits(key, 12):
        return None
    try:
        return dt.datetime.strptime(key, "%Y%m%d%H%M").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def parse_day(text: str) -> dt.date | None:
    """A local day in a payload (YYYYMMDD); None for anything malformed."""
    if not digits(text, 8):
        return None
    try:
        return dt.datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        return None


def closed_days(extra: Iterable[dt.date], first: dt.date, last: dt.date) -> set[dt.date]:
    """Days without any hours: public holidays and the `extra` closed dates."""
    return set(public_holidays(range(first.year, last.year + 1))) | set(extra)


def _wall_clock(day: dt.date, at: dt.time, zone: ZoneInfo) -> dt.datetime | None:
    """Local wall time -> aware moment; None when the clock skips it (spring forward)."""
    local = dt.datetime.combine(day, at, tzinfo=zone)  # fold=0: the first of a repeated hour
    round_trip = local.astimezone(dt.UTC).astimezone(zone)
    if round_trip.replace(tzinfo=None) != local.replace(tzinfo=None):
        return None
    return local.astimezone(dt.UTC)


def rule_slots(rule: HoursRule, day: dt.date, minutes: int, zone: ZoneInfo) -> list[Slot]:
    """The visits that fit wholly inside one rule on one day (a short last remainder is dropped)."""
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
    minutes: int,
    closed: Iterable[dt.date],
    zone: ZoneInfo,
    first: dt.date,
    last: dt.date,
    cancelled: Iterable[tuple[str, dt.date]] = (),
) -> list[Slot]:
    """Every slot on local days first..last (inclusive), bookings ignored; sorted, no
    duplicates. `closed`: extra closed dates (holidays are added); `cancelled`: (place, day)."""
    rules = list(rules)
    shut = closed_days(closed, first, last)
    stopped = set(cancelled)
    found: set[Slot] = set()
    day = first
    while day <= last:
        if day not in shut:
            for rule in rules:
                if (rule.place, day) not in stopped:
                    found.update(rule_slots(rule, day, minutes, zone))
        day += dt.timedelta(days=1)
    return sorted(found)


def window(
    zone: ZoneInfo, now: dt.datetime, horizon_days: int, min_notice_minutes: int
) -> tuple[dt.date, dt.date, dt.datetime]:
    """The local days booking is open (today .. today + horizon) and the earliest start."""
    today = now.astimezone(zone).date()
    earliest = now + dt.timedelta(minutes=min_notice_minutes)
    return today, today + dt.timedelta(days=horizon_days), earliest


def nearest_in_time(slots: Iterable[Slot], wanted: dt.datetime, count: int = 3) -> list[Slot]:
    """The slots nearest in time to the one wanted, in time order."""
    ranked = sorted(slots, key=lambda s: (abs(s.start - wanted), s.start))
    return sorted(ranked[:count])


def local_days(slots: Iterable[Slot], zone: ZoneInfo) -> list[dt.date]:
    return sorted({s.local_day(zone) for s in slots})
