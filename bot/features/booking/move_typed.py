"""Text typed at the list of times to move a visit to (the step "move" of BOOKING, move.py):
a day or a time is read as the booking's day and time pickers read them (bot.core.when_typed):
«15.12», «може 22.12?», «15 grudnia» show that day's free times (booking:moveday:<id>:<YYYYMMDD>
does the same from a button); a day without free times is said to have none, with the nearest
days that have some; «wtorek 15.12 o 9», or «14:30» where one day's times are shown, asks to
move to that time when it is free, else says it is not, with the nearest. Danger words bring
the help lines first; a question is offered an answer; anything else: a hint, and the list
again. The person stays at the step until they move, keep the visit or leave.
"""

from __future__ import annotations

import datetime as dt

from bot.core import when_typed
from bot.core.choice_when import day_means, time_means
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, go, prefixed
from bot.core.messages import Button, Expired, Reply
from bot.features import person, urgent
from bot.features.booking import mine, move
from bot.features.booking.replies import draft
from bot.features.booking.schedule import Slot
from bot.features.booking.views import SLOT_BUTTONS_PER_ROW, voice
from bot.storage import bookings as store


async def _moving(turn: Turn) -> store.Booking:
    """The visit being moved (the draft's), still the person's and still movable."""
    number = draft(turn).moving
    turn.args = (str(number),)
    return await move.own(turn, 1)


async def typed(turn: Turn) -> Outcome:
    booking = await _moving(turn)
    refusal = mine.cannot_change(turn, booking)
    if refusal:
        return go(move.STEP, refusal)
    danger = urgent.in_form(turn)
    today = turn.local(turn.now).date()
    when = None if danger else when_typed.read(turn.incoming.text or "", today)
    if when is None:
        _, offer = person.typed_in_form(turn) if not danger else ([], None)
        if offer is not None:
            return offer
        hint = Reply(turn.t("typed_when_hint"))
        return prefixed(await _again(turn, booking), *danger, hint)
    free = await move.free_at_place(turn, booking)
    zone = turn.settings.timezone
    focus = _day(draft(turn).moving_day)
    found = when_typed.pick(when, [s.start.astimezone(zone) for s in free], today, focus)
    v = voice(turn)
    note = when_typed.note(
        turn, found, v.time if found.day else lambda s: f"{v.day(s.date())}, {v.time(s)}"
    )
    if found.start is not None:
        turn.args = (str(booking.id), next(s.key for s in free if s.start == found.start))
        return await move.ask(turn)
    if found.day is not None and found.times:
        return _day_times(turn, booking, found.day, free, note)
    if found.times:  # the same time on several days: those
        return await move.times(turn, booking, above=_rows(turn, booking, free, found.times))
    if found.missed_day is not None:
        above = [_day_buttons(turn, booking, found.days)]
        return await move.times(turn, booking, note, above=above)
    if found.missed_time is not None:
        above = _rows(turn, booking, free, found.near)
        return await move.times(turn, booking, note, above=above)
    hint = Reply(turn.t("typed_when_hint"))
    return prefixed(await _again(turn, booking), hint)


async def on_day(turn: Turn) -> Outcome:
    """booking:moveday:<id>:<YYYYMMDD>: that day's free times for the visit."""
    day = _day(turn.args[1]) if len(turn.args) == 2 else None
    booking = await move.own(turn, 2)
    if day is None:
        raise Expired("booking:moveday")
    refusal = mine.cannot_change(turn, booking)
    if refusal:
        return go(move.STEP, refusal)
    return _day_times(turn, booking, day, await move.free_at_place(turn, booking))


async def ask_again(turn: Turn) -> Outcome:
    """The step's question once more (a language change): the day's times, or the list."""
    return await _again(turn, await _moving(turn))


async def _again(turn: Turn, booking: store.Booking) -> Outcome:
    day = _day(draft(turn).moving_day)
    free = await move.free_at_place(turn, booking)
    zone = turn.settings.timezone
    if day is not None and any(s.local_day(zone) == day for s in free):
        return _day_times(turn, booking, day, free)
    return await move.times(turn, booking)


def _day_times(
    turn: Turn, booking: store.Booking, day: dt.date, free: list[Slot], note: str = ""
) -> Outcome:
    """The day's free times as buttons (typed «14:30» presses one), «‹ Other days»."""
    v = voice(turn)
    zone = turn.settings.timezone
    slots = [s for s in free if s.local_day(zone) == day]
    if not slots:
        return go(move.STEP, Reply(turn.t("bk_day_full")))  # not reached: days shown have times
    buttons = [
        Button(
            v.time(s.start),
            f"booking:moveto:{booking.id}:{s.key}",
            means=time_means(s.start.astimezone(zone)),
        )
        for s in slots
    ]
    per_row = SLOT_BUTTONS_PER_ROW
    rows = [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
    rows.append([Button(turn.t("bk_btn_move_days"), f"booking:move:{booking.id}")])
    rows.append([Button(turn.t("bk_btn_cancel_no"), move.MINE)])
    text = turn.t("bk_move_day", day=v.long_day(day), when=move.short(v, booking))
    draft(turn).moving, draft(turn).moving_day = booking.id, f"{day:%Y%m%d}"
    return go(move.STEP, Reply(f"{note}\n\n{text}" if note else text, rows, replace=True))


def _rows(
    turn: Turn, booking: store.Booking, free: list[Slot], starts: tuple[dt.datetime, ...]
) -> list[list[Button]]:
    v = voice(turn)
    chosen = [s for s in free if s.start in starts]
    return [[Button(move.short(v, s), f"booking:moveto:{booking.id}:{s.key}")] for s in chosen]


def _day_buttons(turn: Turn, booking: store.Booking, days: tuple[dt.date, ...]) -> list[Button]:
    v = voice(turn)
    return [
        Button(v.day(d), f"booking:moveday:{booking.id}:{d:%Y%m%d}", means=day_means(d))
        for d in days
    ]


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.datetime.strptime(text or "", "%Y%m%d").date()
    except ValueError:
        return None
