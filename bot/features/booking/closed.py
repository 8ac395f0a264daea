"""Times staff closed by cancelling one visit (docs/booking.md, "Every cancellation"): the
apology tells the person nobody can see them then, so the time is offered to no one until staff
reopen it (`visit:reopen:<id>`, under the cancellation and in /today, /week)."""

from __future__ import annotations

import datetime as dt

from bot.core.dispatch import Turn
from bot.core.messages import Button
from bot.features.booking.views import Voice
from bot.storage import bookings as store

Closed = dict[tuple[str, dt.datetime], "int | None"]


async def times(turn: Turn, first: dt.date, last: dt.date) -> Closed:
    """The closed times on local days first..last: (place, UTC start) -> the visit cancelled."""
    zone = turn.settings.timezone
    start = dt.datetime.combine(first, dt.time(), zone)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), zone)
    return await store.closed_slots(turn.tx, start, end)


def reopen_button(turn: Turn, v: Voice, booking_id: int | None, start: dt.datetime) -> Button:
    day = start.astimezone(v.zone).date()
    label = turn.t("sb_btn_reopen_time", day=v.day(day), time=v.time(start))
    return Button(label, f"visit:reopen:{booking_id}")


def on_duty(
    turn: Turn, v: Voice, closed: Closed, place: str, day: dt.date
) -> tuple[list[list[Button]], list[str]]:
    """A duty's closed times in /today and /week: one line, and a reopen button for each one
    still to come."""
    shut = sorted(
        (start, visit)
        for (where, start), visit in closed.items()
        if where == place and start.astimezone(v.zone).date() == day
    )
    if not shut:
        return [], []
    line = turn.t("sb_times_closed", times=", ".join(v.time(start) for start, _ in shut))
    rows = [
        [reopen_button(turn, v, visit, start)]
        for start, visit in shut
        if start > turn.now and visit is not None
    ]
    return rows, [line]
