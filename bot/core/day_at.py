"""A day typed with a time or a part of the day where the days to book are offered (a visit's
and an appointment's day step): «завтра о 10», «в четвер після обіду», «tomorrow at 10»,
«wtorek o 12», «24.11 o 10» (read by bot.core.when, never as a day of 2010 or the 12th). The
time goes on with the day, matched against the free times (`answer`):

    a free time named        taken, as if its day and then its time were tapped («✅ Tuesday,
                             24 November, 10:00: this time is free.»)
    a time not free          said so, and why (`Desk`): taken by someone, no visit starts then
                             («visits start every 15 minutes»), outside that day's hours
                             (named: «13:00–15:30»), or the person's own visit already; the
                             nearest free times of that day as buttons above all of its times
    a part of the day, hours that day's times in it as buttons above all of that day's times
                             (`when.WINDOWS`: «rano» 8–12, «po południu» 12–17, «wieczorem»
                             17–21); none in it: said so, with that day's times; all of
                             them: said so, the times shown once; hours asked for
                             («w czwartek po 14», «thursday after 2pm», «в четверг после 2»,
                             «до 12»: read by bot.core.note_time, as a callback's time is)
                             are such a part, `When.span`
    a day without free times said so, with the nearest days that have some (as a day typed)

A day alone is a day button typed (bot.core.choice_when); an hour alone after a day is its
time here («завтра 10», «tomorrow 10»: when.read's `hour_alone`), and at a day's times (the
time step) a time alone is that day's («14:00»: `read`'s `shown`), said why it is not free. A
weekday with a number («wtorek 14») is that weekday at that hour, unless the next 14th is a
Tuesday (`When.or_day`): then that day when 14:00 is no hour of the desk («четвер 17»),
else which of them is asked, a button for each (`_which`). A deadline («do piątku»,
«до п'ятниці о 10», «by Friday») offers the earliest free times up to it (up to that time on
that day), none: said so, with the earliest after it; «as soon as possible» («jak
najszybciej», «якнайшвидше») offers the earliest free times (`SOONEST`), the days below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.core import dates, note_time, when, when_typed
from bot.core.messages import Button, Reply
from bot.settings.model import HoursRule

if TYPE_CHECKING:
    from bot.core.turn import Turn

PER_ROW = 4  # time buttons in a row
SOONEST = 4  # the earliest free times offered for a deadline or «as soon as possible»


@dataclass(frozen=True)
class Desk:
    """What the free times are cut from, to say why a time typed is not free: the weekly hours
    (`rules`, of this place or specialist), visits of `every` minutes from each hours' start,
    and the person's own visits there (`own`: local, aware)."""

    rules: tuple[HoursRule, ...] = ()
    every: int = 0
    own: tuple[dt.datetime, ...] = ()
    moving: dt.datetime | None = None  # moving a record (bot.core.moving): its time now


@dataclass(frozen=True)
class Answer:
    """What a day typed with a time comes to: the free time taken (`start`), or that day's times
    to show (`day`), or neither (the days again); `notes` go first."""

    start: dt.datetime | None = None
    day: dt.date | None = None
    notes: tuple[Reply, ...] = ()
    missed: dt.date | None = None  # a day without free times, said so in `notes` ...
    days: tuple[dt.date, ...] = ()  # ... with these nearest days that have some


def read(text: str, today: dt.date, shown: dt.date | None = None) -> when.When | None:
    """A day with a time or a part of the day in `text` (bot.core.when), else None. `shown`: the
    day whose times are shown (the time step), whose time a time alone typed is («14:00»)."""
    said = when.read(text, today, hour_alone=True) or _span(text, today, shown)
    if said is None and shown is not None:
        time = when.at(text, hour_alone=False)  # «14:00», «о пів на третю», «о 2 дня»
        return when.When(shown, time) if time is not None else None
    if said is None or said.asap or said.deadline:
        return said
    if said.date is None:
        return None
    timed = said.time is not None or said.part is not None or said.span is not None
    return said if timed else None


def answer(
    turn: Turn,
    said: when.When,
    free: Sequence[dt.datetime],
    time_button: Callable[[dt.datetime], Button],
    day_button: Callable[[dt.date], Button],
    desk: Desk | None = None,
) -> Answer:
    """`said` (from `read`) among the free times `free` (local, aware, sorted), their buttons
    made by `time_button` and `day_button` as the step's own are; `desk`: why a time is not
    free (None: said without why)."""
    if said.asap or said.deadline:
        return Answer(notes=(_soonest(turn, said, free, time_button),))
    assert said.date is not None
    if said.or_day is not None and said.time is not None:  # «wtorek 14»: the 14th, or 14:00?
        if not _possible(desk, said.date, said.time, free):
            said = when.When(said.or_day)  # «четвер 17» where 17:00 is no hour: the 17th
        elif said.or_day != said.date:
            return Answer(notes=(_which(turn, said, free, time_button, day_button),))
    date, today = said.date, turn.local(turn.now).date()
    assert date is not None
    named = dates.Day(date.day, date.month, date.year)
    found = when_typed.pick(when_typed.When(day=named, time=said.time), free, today, None)
    if found.missed_day is not None or found.day is None and found.start is None:
        note = when_typed.note(turn, found, str) if found.missed_day else ""
        buttons = [[day_button(d) for d in found.days]] if found.days else []
        notes = (Reply(note, buttons),) if note else ()
        return Answer(notes=notes, missed=found.missed_day, days=tuple(found.days))
    fmt = turn.services.t
    if found.start is not None:
        moment = f"{_day(turn, found.start.date())}, {fmt.time(turn.lang, found.start)}"
        return Answer(start=found.start, notes=(Reply(turn.t("typed_day_time_free", when=moment)),))
    assert found.day is not None
    if said.time is None and said.part is None and said.span is None:  # a day alone: its times
        return Answer(day=found.day)
    day = _day(turn, found.day)
    if said.time is not None:
        near = [fmt.time(turn.lang, s) for s in found.near]
        key, why = _why(turn, desk, found.day, said.time)
        text = turn.t(
            key, time=f"{said.time:%H:%M}", day=day, choices=when_typed.listed(turn, near), **why
        )
        return Answer(day=found.day, notes=(Reply(text, _rows(found.near, time_button)),))
    low, high = said.span or when.WINDOWS[said.part or when.MORNING]
    within = [s for s in found.times if low <= s.time() < high]
    part = _hours(turn, said.span) if said.span else turn.t(f"part_of_day_{said.part}")
    key = "typed_day_part_free" if within else "typed_day_part_not_free"
    if len(within) == len(found.times):  # that day's times are all in it: shown once
        key, within = "typed_day_part_all", []
    return Answer(
        day=found.day, notes=(Reply(turn.t(key, day=day, part=part), _rows(within, time_button)),)
    )


def _span(text: str, today: dt.date, shown: dt.date | None) -> when.When | None:
    """Hours asked for on one day («w czwartek po 14», «jutro до 12», at a day's times «po 14»
    alone: that day), read as a callback's time is (bot.core.note_time); None for anything else
    (two days, no day)."""
    said = note_time.read(text)
    if said is None:
        return None
    days = {today + dt.timedelta(days=n) for n in said.days_ahead}
    days |= {today + dt.timedelta(days=(w - today.weekday()) % 7) for w in said.weekdays}
    if len(days) > 1 or not days and shown is None:
        return None
    day = days.pop() if days else shown

    def clock(minute: int) -> dt.time:
        return dt.time.max if minute >= note_time.DAY else dt.time(minute // 60, minute % 60)

    if said.moment:
        return when.When(day, clock(said.start))
    return when.When(day, span=(clock(said.start), clock(said.end)))


def _hours(turn: Turn, span: tuple[dt.time, dt.time]) -> str:
    """The hours asked for, as said back: «po 14:00», «до 12:00», «10:00–12:00»."""
    start, end = (turn.services.t.time(turn.lang, t) for t in span)
    if span[1] == dt.time.max:
        return turn.t("hours_after", time=start)
    if span[0] == dt.time(0):
        return turn.t("hours_before", time=end)
    return f"{start}–{end}"


def _why(turn: Turn, desk: Desk | None, day: dt.date, time: dt.time) -> tuple[str, dict[str, str]]:
    """The key saying why `time` on `day` is not free, and its values besides the day, the time
    and the nearest: the time of the visit being moved, the person's own visit (another, when
    moving one), outside the day's hours (`hours`), no visit's
    start (`every`), taken; without a desk, or for a time too soon to book, only that it is
    not free."""
    if desk is None:
        return "typed_day_time_not_free", {}
    if desk.moving is not None and (desk.moving.date(), desk.moving.time()) == (day, time):
        return "typed_day_time_moving_now", {}  # the time of the visit being moved
    if any(own.date() == day and own.time() == time for own in desk.own):
        return "typed_day_time_own_moving" if desk.moving else "typed_day_time_own", {}
    spans = sorted({(r.start, r.end) for r in desk.rules if r.applies(day)})
    within = [a for a, b in spans if a <= time < b]
    fmt = turn.services.t
    if spans and not within:
        hours = ", ".join(f"{fmt.time(turn.lang, a)}–{fmt.time(turn.lang, b)}" for a, b in spans)
        ends = [b for _, b in spans if b == time]  # «15:30» of 13:00–15:30: its end, no start
        if ends and desk.every:
            last = dt.datetime.combine(day, ends[0]) - dt.timedelta(minutes=desk.every)
            return "typed_day_time_at_end", {"hours": hours, "last": fmt.time(turn.lang, last)}
        return "typed_day_time_closed", {"hours": hours}
    minutes = _minutes(time)
    if desk.every and within and all((minutes - _minutes(a)) % desk.every for a in within):
        every = fmt.plural(turn.lang, "typed_every", desk.every)
        return "typed_day_time_off_grid", {"every": every}
    soon = turn.now + dt.timedelta(minutes=turn.office.booking.min_notice_minutes)
    if not within or dt.datetime.combine(day, time, tzinfo=turn.settings.timezone) <= soon:
        return "typed_day_time_not_free", {}
    return "typed_day_time_taken", {}


def _possible(desk: Desk | None, day: dt.date, time: dt.time, free: Sequence[dt.datetime]) -> bool:
    """Whether a visit may start at `time` on `day`: within that day's hours at the desk, on its
    grid; without the desk's hours, between that day's first and last free times."""
    if desk is None or not desk.rules:
        times = [s.time() for s in free if s.date() == day]
        return bool(times) and min(times) <= time <= max(times)
    within = [a for r in desk.rules if r.applies(day) for a in [r.start] if a <= time < r.end]
    grid = desk.every or 1
    return any((_minutes(time) - _minutes(a)) % grid == 0 for a in within)


def _which(
    turn: Turn,
    said: when.When,
    free: Sequence[dt.datetime],
    time_button: Callable[[dt.datetime], Button],
    day_button: Callable[[dt.date], Button],
) -> Reply:
    """«wtorek 15» where the 15th is a Tuesday and 15:00 may be a visit's time: which of them,
    with a button for each (that Tuesday at 15:00 when it is free, else that Tuesday's times)."""
    assert said.date is not None and said.time is not None and said.or_day is not None
    fmt = turn.services.t
    at = dt.datetime.combine(said.date, said.time, tzinfo=turn.settings.timezone)
    start = next((s for s in free if s == at), None)
    hour = day_button(said.date)
    if start is not None:
        hour = replace(
            time_button(start),
            label=f"{fmt.day(turn.lang, said.date)}, {fmt.time(turn.lang, start)}",
        )
    moment = f"{_day(turn, said.date)}, {said.time:%H:%M}"
    text = turn.t("typed_day_or_hour", day=_day(turn, said.or_day), when=moment)
    return Reply(text, [[day_button(said.or_day)], [hour]])


def _soonest(
    turn: Turn,
    said: when.When,
    free: Sequence[dt.datetime],
    button: Callable[[dt.datetime], Button],
) -> Reply:
    """The earliest free times for «as soon as possible», or up to a deadline (its day, and its
    time on that day if one was said); none by then: said so, with the earliest after it."""
    key, values = "typed_soonest", {}
    offered = list(free)
    if said.deadline and said.date is not None:
        last = said.date
        values["day"] = turn.services.t.date(turn.lang, last, "d MMMM")  # «до 27 листопада»
        if said.time is not None:
            values["day"] += f", {said.time:%H:%M}"
        offered = [
            s
            for s in free
            if s.date() < last or s.date() == last and (said.time is None or s.time() <= said.time)
        ]
        key = "typed_by_day" if offered else "typed_by_day_none"
        offered = offered or list(free)
    shown = offered[:SOONEST]
    labels = [
        f"{turn.services.t.day(turn.lang, s.date())}, {turn.services.t.time(turn.lang, s)}"
        for s in shown
    ]
    buttons = [replace(button(s), label=label) for s, label in zip(shown, labels, strict=True)]
    text = turn.t(key, choices=when_typed.listed(turn, labels), **values)
    return Reply(text, [buttons[i : i + 2] for i in range(0, len(buttons), 2)])


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def _day(turn: Turn, day: dt.date) -> str:
    shown = turn.services.t.date(turn.lang, day, "EEEE, d MMMM")
    return shown[:1].upper() + shown[1:]


def _rows(
    starts: Sequence[dt.datetime], button: Callable[[dt.datetime], Button]
) -> list[list[Button]]:
    buttons = [button(s) for s in starts]
    return [buttons[i : i + PER_ROW] for i in range(0, len(buttons), PER_ROW)]
