"""Text typed at the list of times a record may move to (the step "move", bot.core.moving): a
day or a time is read as the pickers read them (bot.core.when_typed): «15.12», «може 22.12?»,
«15 grudnia» show that day's free times; a day without free times is said to have none
(without hours for the record: why, `Moving.closed`), with the nearest days that have some;
«wtorek 15.12 o 9», or «14:30» where one day's times are shown, asks to move to that time when
it is free, else says it is not, with the nearest. What the booking's day step reads besides
(bot.core.day_at): an hour alone after a day («завтра 10»), a weekday with a number («wtorek
14»), a part of the day, a deadline («do piątku»), «as soon as possible», is read as there, the
times offered moving to them (`_as_day_step`); a day and a time typed, or a time where one
day's times are shown, that is not free is said why, as there (taken, no visit's start,
outside the hours, the record's own time or another of the person's: `Moving.desk`). Danger
words bring the help lines first; a question is offered an answer; anything else: a hint (a day
its month has not, «30 лютого», said so: no_such_day), and the list again."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from bot.core import day_at, no_such_day, when_typed
from bot.core import when as when_module
from bot.core.choice_when import time_means
from bot.core.flows import Outcome, prefixed
from bot.core.messages import Button, Reply
from bot.core.slots import parse_day
from bot.core.voice import short

if TYPE_CHECKING:
    from bot.core.moving import Moving
    from bot.core.turn import Turn


async def typed(moving: Moving[Any, Any], turn: Turn, record: Any) -> Outcome:
    """Text typed at the list of times of `record` (one that may still move)."""
    danger = moving.danger(turn)
    today = turn.local(turn.now).date()
    text = turn.incoming.text or ""
    when = None if danger else when_typed.read(text, today)
    # «14:30» where that day's times are shown
    focus = parse_day(moving.draft(turn).moving_day or "")
    said = None if danger else day_at.read(text, today, focus)
    if said is not None and (
        when is None or said.asap or said.deadline or said.time is not None
    ):  # «завтра 10», «15.12 o 15:30», «do piątku», «jak najszybciej»: as at the day step
        return await _as_day_step(moving, turn, record, said)
    if when is None:
        offer = moving.question(turn) if not danger else None
        if offer is not None:
            return offer
        gone = no_such_day.found(text, today)  # «30 лютого», «тридцятого лютого»: said so
        why = f"{no_such_day.told(turn, gone)} " if gone is not None else ""
        hint = Reply(why + turn.t("typed_when_hint"))
        return prefixed(await moving.listed_again(turn, record), *danger, hint)
    free = await moving.free(turn, record)
    zone = turn.settings.timezone
    found = when_typed.pick(when, [t.start.astimezone(zone) for t in free], today, focus)
    v = moving.voice(turn, record)
    note = when_typed.note(turn, found, v.time if found.day else lambda s: short(v, s))
    if found.start is not None:
        turn.args = (str(record.id), next(t.key for t in free if t.start == found.start))
        return await moving.ask(turn)
    if found.day is not None and found.times:
        return moving.day_times(turn, record, found.day, free, note)
    if found.times:  # the same time on several days: those
        above = moving.time_rows(turn, record, free, found.times)
        return await moving.times(turn, record, above=above)
    if found.missed_day is not None:
        note = _closed(moving, turn, record, found.missed_day, found.days) or note
        above = [moving.day_buttons(turn, record, found.days)]
        return await moving.times(turn, record, note, above=above)
    if found.missed_time is not None:
        above = moving.time_rows(turn, record, free, found.near)
        return await moving.times(turn, record, note, above=above)
    hint = Reply(turn.t("typed_when_hint"))
    return prefixed(await moving.listed_again(turn, record), hint)


async def _as_day_step(
    moving: Moving[Any, Any], turn: Turn, record: Any, said: when_module.When
) -> Outcome:
    """What the booking's day step reads besides a day and a time (bot.core.day_at): a free
    time named is asked about; else that day's times, or the list, the answer first."""
    free = await moving.free(turn, record)
    zone = turn.settings.timezone
    keys = {t.start.astimezone(zone): t.key for t in free}
    if not keys:
        return prefixed(await moving.listed_again(turn, record), Reply(turn.t("typed_when_hint")))
    v = moving.voice(turn, record)

    def time_button(start: dt.datetime) -> Button:
        payload = f"{moving.flow}:moveto:{record.id}:{keys[start]}"
        return Button(v.time(start), payload, means=time_means(start))

    def day_button(day: dt.date) -> Button:
        return moving.day_buttons(turn, record, [day])[0]

    desk = await moving.desk(turn, record)  # not free: why, as at the day step
    found = day_at.answer(turn, said, sorted(keys), time_button, day_button, desk)
    why = _closed(moving, turn, record, found.missed, found.days) if found.missed else None
    if why is not None and found.notes:  # «четвер 13» where that day has no hours here
        found = dataclasses.replace(found, notes=(dataclasses.replace(found.notes[0], text=why),))
    if found.start is not None:
        turn.args = (str(record.id), keys[found.start])
        return await moving.ask(turn)  # «move … to …?» says the time
    if found.day is not None:
        return prefixed(moving.day_times(turn, record, found.day, free), *found.notes)
    return prefixed(await moving.times(turn, record), *found.notes)


def _closed(
    moving: Moving[Any, Any], turn: Turn, record: Any, day: dt.date, days: Sequence[dt.date]
) -> str | None:
    """Why `day` (to come) has no free times when it has no hours for the record, with the
    nearest days that have some; None: said as a day without free times."""
    why = moving.closed(turn, record, day) if day >= turn.local(turn.now).date() else None
    if why is None:
        return None
    label = turn.services.t.date(turn.lang, day, "EEEE, d MMMM")
    text = turn.t(why[0], day=label[:1].upper() + label[1:], **why[1])
    if not days:
        return text
    names = [turn.services.t.day(turn.lang, d) for d in days]
    return turn.t("typed_nearest_days", why=text, choices=when_typed.listed(turn, names))
