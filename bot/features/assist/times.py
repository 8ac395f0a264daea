"""When a help form's time can be: not past, and within the office's opening hours on the form's
day where staff must be there (a `time` field's `office_hours`, true unless the config says it
is a time set elsewhere that staff go to, such as a doctor's appointment at 7:30).

The form's day is the last `date` answered before the time; a form without one (or a day it
skipped) checks only what it can. Checked as the time is typed, and again before the summary,
so that a day changed afterwards ("Change something") cannot leave a time the day does not have.
"""

from __future__ import annotations

import datetime as dt

from bot.core.dispatch import Turn
from bot.features.assist.draft import answer_of
from bot.features.assist.parse import Invalid
from bot.settings.catalogue import Service


def form_day(turn: Turn, service: Service, index: int) -> dt.date | None:
    """The day the time at `index` is on: the last date answered before it, if any."""
    dates = [f for f in service.fields[:index] if f.type == "date"]
    value = answer_of(turn, dates[-1].id) if dates else None
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def check(turn: Turn, service: Service, index: int, time: dt.time) -> str:
    """HH:MM, or Invalid: a time already past today, or one outside the office's opening hours
    on the form's day (naming them) where the field needs staff there."""
    day, now = form_day(turn, service, index), turn.local(turn.now)
    if day == now.date() and time <= now.time():
        raise Invalid("as_time_past", now=turn.services.t.time(turn.lang, now))
    hours = _hours(turn, day) if day and service.fields[index].office_hours else []
    if hours and not any(start <= time < end for start, end in hours):
        fmt = turn.services.t
        raise Invalid(
            "as_time_closed",
            day=fmt.date(turn.lang, day or now.date(), "EEEE, d MMMM"),
            hours=", ".join(f"{fmt.time(turn.lang, a)}–{fmt.time(turn.lang, b)}" for a, b in hours),
        )
    return f"{time:%H:%M}"


def _hours(turn: Turn, day: dt.date) -> list[tuple[dt.time, dt.time]]:
    """The office's opening hours on `day` (every place's, in order); none configured: none."""
    rules = (r for r in turn.office.opening_hours if r.applies(day))
    return sorted({(r.start, r.end) for r in rules})


def stale(turn: Turn, service: Service) -> tuple[int, Invalid] | None:
    """The first time answered that no longer holds (its day changed, or it has passed), and
    why; None when every one does."""
    for index, field in enumerate(service.fields):
        value = answer_of(turn, field.id) if field.type == "time" else None
        if value is None:
            continue
        try:
            check(turn, service, index, dt.time.fromisoformat(value))
        except Invalid as wrong:
            return index, wrong
        except ValueError:
            continue
    return None
