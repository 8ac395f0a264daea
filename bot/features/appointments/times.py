"""A specialist's free times: their schedule rules cut into visits of `visit_minutes`
(bot.core.slots), closed on Polish public holidays, the office's `booking.closed_dates` and the
specialist's own `closed_dates`; offered within the office's `booking.horizon_days` and no
sooner than `booking.min_notice_minutes` from now; with a seat left of the specialist's
`capacity` (counted in the database, which has the last word: migration 012); never a time
staff closed by cancelling the appointment there (migration 024)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core import slots
from bot.settings.catalogue import Specialist
from bot.settings.config import Office, Settings
from bot.storage import Tx
from bot.storage import appointments as store


@dataclass(frozen=True, order=True)
class Free:
    """One free time of one specialist."""

    start: dt.datetime  # aware, UTC
    specialist: str
    end: dt.datetime
    place: str | None  # None: by phone or online

    @property
    def key(self) -> str:
        return self.start.astimezone(dt.UTC).strftime("%Y%m%d%H%M")


def schedule(
    settings: Settings, office: Office, specialist: Specialist, now: dt.datetime
) -> list[Free]:
    """The specialist's bookable times from now on (seats not yet considered)."""
    zone = settings.timezone
    booking = office.booking
    first, last, earliest = slots.window(
        zone, now, booking.horizon_days, booking.min_notice_minutes
    )
    closed = (*booking.closed_dates, *specialist.closed_dates)
    found = slots.slots_between(
        specialist.schedule, specialist.visit_minutes, closed, zone, first, last
    )
    return [
        Free(s.start, specialist.id, s.end, specialist.place) for s in found if s.start >= earliest
    ]


async def free_times(
    tx: Tx,
    settings: Settings,
    office: Office,
    specialist_ids: Iterable[str],
    now: dt.datetime,
    mine: Iterable[tuple[str, dt.datetime]] = (),
) -> list[Free]:
    """Free times of these specialists, in time order; `mine` (a person's own appointments,
    as (specialist, start)) are left out."""
    specialists = [
        office.catalogue.specialists[s]
        for s in dict.fromkeys(specialist_ids)
        if s in office.catalogue.specialists
    ]
    candidates = sorted(t for s in specialists for t in schedule(settings, office, s, now))
    if not candidates:
        return []
    taken = await store.taken(
        tx, [s.id for s in specialists], candidates[0].start, candidates[-1].end
    )
    capacity = {s.id: s.capacity for s in specialists}
    held = set(mine) | set(await store.closed_times(tx, candidates[0].start, candidates[-1].end))
    return [
        t
        for t in candidates
        if taken.get((t.specialist, t.start), 0) < capacity[t.specialist]
        and (t.specialist, t.start) not in held
    ]


async def find(
    tx: Tx,
    settings: Settings,
    office: Office,
    specialist: str,
    start: dt.datetime | None,
    now: dt.datetime,
) -> Free | None:
    """That time of that specialist, if it is still free and may be booked now."""
    if start is None:
        return None
    free = await free_times(tx, settings, office, [specialist], now)
    return next((t for t in free if t.start == start), None)


def nearest(free: Iterable[Free], wanted: dt.datetime, count: int = 3) -> list[Free]:
    """The free times nearest to the one wanted, in time order."""
    ranked = sorted(free, key=lambda t: (abs(t.start - wanted), t.start))
    return sorted(ranked[:count])


def days(free: Iterable[Free], settings: Settings, specialist: str) -> list[dt.date]:
    zone = settings.timezone
    return sorted({t.start.astimezone(zone).date() for t in free if t.specialist == specialist})
