"""A day and a time typed at the time question («в четвер о 10» after «завтра»: tester 22,
item 5): the person changed the day and gave the hour. The form's date before it is changed
to that day (checked as the date question checks one: the place open, staff back by then),
the time taken (checked against that day's hours), and both said; None when the text names
no day with a time (the usual «couldn't read the time»). A day alone («w sobotę»): the day
changed and the time asked again. At the date question, a time alone («o trzech», «о 14», «at
2 pm»): an hour, never a day of the month; kept for the time question next, taken with the day
(times.said_with_day), and the day asked."""

from __future__ import annotations

import datetime as dt

from bot.core import markup, when
from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.features.assist import parse, times
from bot.features.assist.draft import answer_of, draft, set_answer
from bot.features.assist.parse import Invalid
from bot.features.callback import open_on
from bot.settings.catalogue import Service

KEYS = ("as_bad_time", "as_bad_time_part")  # the time not read: a day with it, perhaps


def instead(turn: Turn, service: Service, text: str | None, key: str) -> Reply | str | None:
    """What a text the question refused (`key`, its reason) says instead: a day with a time, or
    a day alone, at the time question; a time at the date question (`hour_first`)."""
    if key == "as_bad_date":
        return hour_first(turn, service, text)
    if key not in KEYS:
        return None
    moved = taken(turn, service, text)
    return moved if moved is not None else day_alone(turn, service, text)


def hour_first(turn: Turn, service: Service, text: str | None) -> str | None:
    """A time typed at the date question: kept when the time is asked next (said so, the day
    asked), else said to be a time; None: no time."""
    time = when.at(text or "")
    if time is None:
        return None
    shown = turn.services.t.time(turn.lang, time)
    following = service.fields[draft(turn).at + 1 : draft(turn).at + 2]
    if not following or following[0].type != "time":
        return turn.t("as_hour_not_day", time=shown)
    draft(turn).hour = time.strftime("%H:%M")
    return turn.t("as_hour_kept", time=shown)


def taken(turn: Turn, service: Service, text: str | None) -> Reply | str | None:
    """The day and the time set (what is said of them), None when not both are named; a str:
    why that day or that time is not possible (nothing is changed then)."""
    try:
        said = parse.parse_when(text or "", turn.local(turn.now).date())
    except Invalid:  # no day in it: the time's own reason
        return None
    try:
        return _taken(turn, service, said)
    except Invalid as wrong:
        return turn.t(wrong.key, **wrong.values)


def day_alone(turn: Turn, service: Service, text: str | None) -> str | None:
    """«w sobotę» alone at the time question: the form's day changed to it (checked as above)
    and the time asked again; what is said (the day changed, or why it cannot be), None when
    the text is not a day alone or names the day already chosen."""
    try:
        said = parse.parse_when(text or "", turn.local(turn.now).date())
    except Invalid:
        return None
    dates = [i for i, f in enumerate(service.fields[: draft(turn).at]) if f.type == "date"]
    if said.date is None or said.time is not None or not dates:
        return None
    date_field = service.fields[dates[-1]]
    before = answer_of(turn, date_field.id)
    if before is None or before == said.date.isoformat():
        return None
    try:
        _check_day(turn, service, dates[-1], said.date)
    except Invalid as wrong:
        return turn.t(wrong.key, **wrong.values)
    set_answer(turn, date_field.id, said.date.isoformat())
    fmt = turn.services.t
    new = fmt.date(turn.lang, said.date, "EEEE, d MMMM")
    old = fmt.date(turn.lang, dt.date.fromisoformat(before), "EEEE, d MMMM")
    return turn.t("as_day_changed_time_asked", day=new, old=old)


def _check_day(turn: Turn, service: Service, index: int, day: dt.date) -> None:
    """Invalid when the form's date field `index` cannot be `day` (the place it goes to, or
    the information point, closed then)."""
    times.check_day(turn, service, index, day)  # the place it goes to: its reason
    if service.fields[index].office_hours and not open_on(turn.office, day):
        shown = turn.services.t.date(turn.lang, day, "EEEE, d MMMM")
        raise Invalid("as_date_closed", day=shown)


def _taken(turn: Turn, service: Service, said: when.When) -> Reply | None:
    at = draft(turn).at
    dates = [i for i, f in enumerate(service.fields[:at]) if f.type == "date"]
    if said.date is None or said.time is None or not dates:
        return None
    date_field = service.fields[dates[-1]]
    _check_day(turn, service, dates[-1], said.date)
    before = answer_of(turn, date_field.id)
    set_answer(turn, date_field.id, said.date.isoformat())
    try:
        value = times.check(turn, service, at, said.time)
    except Invalid:
        set_answer(turn, date_field.id, before)  # the day as it was
        raise
    set_answer(turn, service.fields[at].id, value)
    fmt = turn.services.t
    new = fmt.date(turn.lang, said.date, "EEEE, d MMMM")
    if before is None or before == said.date.isoformat():
        return Reply(turn.t("as_day_and_time_taken", day=new, time=markup.literal(value)))
    old = fmt.date(turn.lang, dt.date.fromisoformat(before), "EEEE, d MMMM")
    return Reply(turn.t("as_day_and_time_changed", day=new, old=old, time=markup.literal(value)))
