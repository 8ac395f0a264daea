"""Text typed at the list of times to move an appointment to (the step "move" of APPT, move.py):
read as the booking's move reads it (bot.features.booking.move_typed, bot.core.when_typed):
a day shows its free times (appt:moveday:<id>:<YYYYMMDD> from a button), a day without any says
so with the nearest days, a free time named asks to move there, one not free says so with the
nearest; danger words bring the help lines first, a question is offered an answer, anything
else: a hint and the list again. The person stays at the step until they move, keep or leave.
"""

from __future__ import annotations

import datetime as dt

from bot.core import when_typed
from bot.core.choice_when import day_means, time_means
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, go, prefixed
from bot.core.messages import Button, Expired, Reply
from bot.features import person, urgent
from bot.features.appointments import mine, move
from bot.features.appointments.confirm import MINE
from bot.features.appointments.replies import draft
from bot.features.appointments.times import Free
from bot.features.appointments.views import SLOT_BUTTONS_PER_ROW, office_voice
from bot.storage import appointments as store


async def _moving(turn: Turn) -> store.Appointment:
    turn.args = (str(draft(turn).moving),)
    return await move.own(turn, 1)


async def typed(turn: Turn) -> Outcome:
    a = await _moving(turn)
    refusal = mine.cannot_change(turn, a)
    if refusal:
        return go(move.STEP, refusal)
    danger = urgent.in_form(turn)
    today = turn.local(turn.now).date()
    when = None if danger else when_typed.read(turn.incoming.text or "", today)
    if when is None:
        _, offer = person.typed_in_form(turn) if not danger else ([], None)
        if offer is not None:
            return offer
        return prefixed(await _again(turn, a), *danger, Reply(turn.t("typed_when_hint")))
    free = await move.free_for(turn, a)
    zone = turn.settings.timezone
    focus = _day(draft(turn).moving_day)
    found = when_typed.pick(when, [t.start.astimezone(zone) for t in free], today, focus)
    v = office_voice(turn.services, a.office, turn.lang)
    note = when_typed.note(turn, found, v.time if found.day else v.short)
    if found.start is not None:
        turn.args = (str(a.id), next(t.key for t in free if t.start == found.start))
        return await move.ask(turn)
    if found.day is not None and found.times:
        return _day_times(turn, a, found.day, free, note)
    if found.times:  # the same time on several days: those
        return await move.times(turn, a, above=_rows(turn, a, free, found.times))
    if found.missed_day is not None:
        return await move.times(turn, a, note, above=[_day_buttons(turn, a, found.days)])
    if found.missed_time is not None:
        return await move.times(turn, a, note, above=_rows(turn, a, free, found.near))
    return prefixed(await _again(turn, a), Reply(turn.t("typed_when_hint")))


async def on_day(turn: Turn) -> Outcome:
    """appt:moveday:<id>:<YYYYMMDD>: that day's free times for the appointment."""
    day = _day(turn.args[1]) if len(turn.args) == 2 else None
    a = await move.own(turn, 2)
    if day is None:
        raise Expired("appt:moveday")
    refusal = mine.cannot_change(turn, a)
    if refusal:
        return go(move.STEP, refusal)
    return _day_times(turn, a, day, await move.free_for(turn, a))


async def ask_again(turn: Turn) -> Outcome:
    """The step's question once more (a language change): the day's times, or the list."""
    return await _again(turn, await _moving(turn))


async def _again(turn: Turn, a: store.Appointment) -> Outcome:
    day = _day(draft(turn).moving_day)
    free = await move.free_for(turn, a)
    zone = turn.settings.timezone
    if day is not None and any(t.start.astimezone(zone).date() == day for t in free):
        return _day_times(turn, a, day, free)
    return await move.times(turn, a)


def _day_times(
    turn: Turn, a: store.Appointment, day: dt.date, free: list[Free], note: str = ""
) -> Outcome:
    """The day's free times as buttons (typed «10:30» presses one), «‹ Other days»."""
    v = office_voice(turn.services, a.office, turn.lang)
    zone = turn.settings.timezone
    on_day = [t for t in free if t.start.astimezone(zone).date() == day]
    if not on_day:
        return go(move.STEP, Reply(turn.t("ap_day_full")))  # not reached: days shown have times
    buttons = [
        Button(
            v.time(t.start),
            f"appt:moveto:{a.id}:{t.key}",
            means=time_means(t.start.astimezone(zone)),
        )
        for t in on_day
    ]
    per_row = SLOT_BUTTONS_PER_ROW
    rows = [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
    rows.append([Button(turn.t("ap_btn_move_days"), f"appt:move:{a.id}")])
    rows.append([Button(turn.t("ap_btn_keep"), MINE)])
    text = turn.t("ap_move_day", day=v.long_day(day), when=v.short(a.starts_at))
    draft(turn).moving, draft(turn).moving_day = a.id, f"{day:%Y%m%d}"
    return go(move.STEP, Reply(f"{note}\n\n{text}" if note else text, rows, replace=True))


def _rows(
    turn: Turn, a: store.Appointment, free: list[Free], starts: tuple[dt.datetime, ...]
) -> list[list[Button]]:
    v = office_voice(turn.services, a.office, turn.lang)
    return [
        [Button(v.short(t.start), f"appt:moveto:{a.id}:{t.key}")] for t in free if t.start in starts
    ]


def _day_buttons(turn: Turn, a: store.Appointment, days: tuple[dt.date, ...]) -> list[Button]:
    v = office_voice(turn.services, a.office, turn.lang)
    return [Button(v.day(d), f"appt:moveday:{a.id}:{d:%Y%m%d}", means=day_means(d)) for d in days]


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.datetime.strptime(text or "", "%Y%m%d").date()
    except ValueError:
        return None
