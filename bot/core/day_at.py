"""A day typed with a time or a part of the day where the days to book are offered (a visit's
and an appointment's day step): «завтра о 10», «в четвер після обіду», «tomorrow at 10»,
«wtorek o 12», «24.11 o 10» (read by bot.core.when, never as a day of 2010 or the 12th). The
time goes on with the day, matched against the free times (`answer`):

    a free time named        taken, as if its day and then its time were tapped («✅ Tuesday,
                             24 November, 10:00: this time is free.»)
    a time not free          said so («no free visit at 10:00», taken or off the grid), the nearest
                             free times of that day as buttons above all of that day's times
    a part of the day        that day's times in it as buttons above all of that day's times
                             (`when.WINDOWS`: «rano» 8–12, «po południu» 12–17, «wieczorem»
                             17–21); none in it: said so, with that day's times; all of
                             them: said so, the times shown once
    a day without free times said so, with the nearest days that have some (as a day typed)

A day alone is a day button typed (bot.core.choice_when); a deadline («do piątku o 10») and
«as soon as possible» are not read here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core import dates, when, when_typed
from bot.core.messages import Button, Reply

if TYPE_CHECKING:
    from bot.core.turn import Turn

PER_ROW = 4  # time buttons in a row


@dataclass(frozen=True)
class Answer:
    """What a day typed with a time comes to: the free time taken (`start`), or that day's times
    to show (`day`), or neither (the days again); `notes` go first."""

    start: dt.datetime | None = None
    day: dt.date | None = None
    notes: tuple[Reply, ...] = ()


def read(text: str, today: dt.date) -> when.When | None:
    """A day with a time or a part of the day in `text` (bot.core.when), else None."""
    said = when.read(text, today)
    if said is None or said.date is None or said.asap or said.deadline:
        return None
    return said if said.time is not None or said.part is not None else None


def answer(
    turn: Turn,
    said: when.When,
    free: Sequence[dt.datetime],
    time_button: Callable[[dt.datetime], Button],
    day_button: Callable[[dt.date], Button],
) -> Answer:
    """`said` (from `read`) among the free times `free` (local, aware, sorted), their buttons
    made by `time_button` and `day_button` as the step's own are."""
    assert said.date is not None
    today = turn.local(turn.now).date()
    named = dates.Day(said.date.day, said.date.month, said.date.year)
    found = when_typed.pick(when_typed.When(day=named, time=said.time), free, today, None)
    if found.missed_day is not None or found.day is None and found.start is None:
        note = when_typed.note(turn, found, str) if found.missed_day else ""
        buttons = [[day_button(d) for d in found.days]] if found.days else []
        return Answer(notes=(Reply(note, buttons),) if note else ())
    fmt = turn.services.t
    if found.start is not None:
        moment = f"{_day(turn, found.start.date())}, {fmt.time(turn.lang, found.start)}"
        return Answer(start=found.start, notes=(Reply(turn.t("typed_day_time_free", when=moment)),))
    assert found.day is not None
    day = _day(turn, found.day)
    if said.time is not None:
        near = [fmt.time(turn.lang, s) for s in found.near]
        text = turn.t(
            "typed_day_time_not_free",
            time=f"{said.time:%H:%M}",
            day=day,
            choices=when_typed.listed(turn, near),
        )
        return Answer(day=found.day, notes=(Reply(text, _rows(found.near, time_button)),))
    assert said.part is not None
    low, high = when.WINDOWS[said.part]
    within = [s for s in found.times if low <= s.time() < high]
    part = turn.t(f"part_of_day_{said.part}")
    key = "typed_day_part_free" if within else "typed_day_part_not_free"
    if len(within) == len(found.times):  # that day's times are all in it: shown once
        key, within = "typed_day_part_all", []
    return Answer(
        day=found.day, notes=(Reply(turn.t(key, day=day, part=part), _rows(within, time_button)),)
    )


def _day(turn: Turn, day: dt.date) -> str:
    shown = turn.services.t.date(turn.lang, day, "EEEE, d MMMM")
    return shown[:1].upper() + shown[1:]


def _rows(
    starts: Sequence[dt.datetime], button: Callable[[dt.datetime], Button]
) -> list[list[Button]]:
    buttons = [button(s) for s in starts]
    return [buttons[i : i + PER_ROW] for i in range(0, len(buttons), PER_ROW)]
