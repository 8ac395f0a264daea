"""Moving a booked visit to another free time at the same place (/mybookings, «🕒 Move»), up to
`booking.min_notice_minutes` before it, as cancelling (mine.py).

booking:move:<id> shows the place's next free times; booking:moveto:<id>:<UTC key> asks once
more («from … to …»); booking:move_now:<id>:<key> books the new time and only then cancels the
old one, in one transaction: there is no moment with neither, and when the new time was taken
meanwhile the old one stays. The topic, what it is about, the name and phone go with it. Staff
get one message: the new visit's card, headed «🕒 Przeniesiona z …» (the old card is edited to
say where it went).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.core import moving
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, end, go
from bot.core.messages import Button, Expired, Reply
from bot.core.moving import Moving
from bot.core.numbers import record_id
from bot.core.voice import short
from bot.features import person, urgent
from bot.features.booking import day_typed, day_why, mine, schedule
from bot.features.booking.confirm import confirmation_reply
from bot.features.booking.replies import draft
from bot.features.booking.schedule import Slot
from bot.features.booking.views import (
    SLOT_BUTTONS_PER_ROW,
    STAFF,
    booking_lines,
    free_slots,
    voice,
)
from bot.storage import bookings as store
from bot.storage import moves

SHOWN = 8  # the next free times offered to move to ...
PER_DAY = 3  # ... a few of each day, so that other days are offered too
MINE = "booking:mine"
STEP = moving.STEP  # the step of BOOKING at the list of times: a day or a time typed is read


async def own(turn: Turn, args: int) -> store.Booking:
    number = record_id(turn.args[0]) if len(turn.args) == args else None
    booking = await store.get(turn.tx, number) if number is not None else None
    incoming = turn.incoming
    if booking is None or (booking.channel, booking.user_id) != (
        incoming.channel,
        incoming.user_id,
    ):
        raise Expired("booking:move")
    if booking.office != turn.office.id:  # another office's visit: moved from its office
        raise Expired("booking:move")
    return booking


async def free_at_place(turn: Turn, booking: store.Booking) -> list[Slot]:
    held = await store.upcoming_for(turn.tx, booking.channel, booking.user_id, turn.now)
    free = await free_slots(turn.tx, turn.settings, turn.office, turn.now, held)
    return [s for s in free if s.place == booking.place]


async def times(
    turn: Turn,
    booking: store.Booking,
    note: str = "",
    after: str | None = None,
    above: list[list[Button]] | None = None,
) -> Outcome:
    """The place's next free times (after the time `after`, a key, when «Later ›» was pressed),
    a few of each day, and «Later ›» while there are more; `above`: buttons before them (the
    nearest days to one typed). The person is at the step "move": a day or a time typed is read
    (bot.core.moving)."""
    free: list[Slot] = []
    days: dict[object, int] = {}
    every = [s for s in await free_at_place(turn, booking) if after is None or s.key > after]
    for s in every:
        day = s.local_day(turn.settings.timezone)
        if days.get(day, 0) < PER_DAY and len(free) < SHOWN:
            free.append(s)
            days[day] = days.get(day, 0) + 1
    v = voice(turn)
    key = "bk_move_choose" if free else "bk_move_none"
    text = turn.t(key, when=short(v, booking.starts_at))
    rows = list(above or [])
    rows += [[Button(short(v, s.start), f"booking:moveto:{booking.id}:{s.key}")] for s in free]
    if free and any(s.key > free[-1].key for s in every):
        rows.append(
            [Button(turn.t("btn_later_times"), f"booking:move:{booking.id}:{free[-1].key}")]
        )
    rows.append([Button(turn.t("bk_btn_cancel_no"), MINE)])
    current = draft(turn)
    current.moving, current.moving_day = booking.id, None
    return go(STEP, Reply(f"{note}\n\n{text}" if note else text, rows, replace=True))


def closed(turn: Turn, booking: store.Booking, day: dt.date) -> tuple[str, dict[str, str]] | None:
    """Why `day` has no times to move to when there is no duty at the visit's place that day:
    the duty at another place (a visit moves within its place: to go there, cancel and book
    anew), or no duty at all; None: the place has duty hours that day (all taken). The day step
    of a booking says the same (day_why.py)."""
    why = day_why.no_duty(turn, booking.place, day)
    if why is None:
        return None
    key, values, _ = why
    return ("bk_move_day_elsewhere" if key == "bk_day_elsewhere" else key), values


async def _slot(turn: Turn, booking: store.Booking) -> Slot | None:
    start = schedule.parse_key(turn.args[1])
    return next((s for s in await free_at_place(turn, booking) if s.start == start), None)


async def move(turn: Turn) -> Outcome:
    """booking:move_now:<id>:<key>: the new time booked, then the old one cancelled."""
    checked = await MOVING.checked(turn)
    if not isinstance(checked, tuple):
        return checked  # it can no longer move, or the time was taken meanwhile
    old, slot = checked
    new = store.NewBooking(
        channel=old.channel,
        user_id=old.user_id,
        chat_id=old.chat_id,
        language=turn.lang,
        place=old.place,
        day=slot.local_day(turn.settings.timezone),
        starts_at=slot.start,
        ends_at=slot.end,
        topic=old.topic,
        name=old.name or "",
        phone=old.phone or "",
        office=old.office,
        description=old.description,
        visit_language=old.visit_language,
        note=old.note,
    )
    try:
        new_id = await store.create(turn.tx, turn.now, new, turn.office.booking.capacity)
    except (store.SlotFull, store.AlreadyHeld):
        return await times(turn, old, turn.t("bk_move_taken"))
    moved = await store.get(turn.tx, new_id)
    assert moved is not None
    await store.cancel(turn.tx, old.id, turn.now, "user")  # only now: never neither
    # a staff reply to the old card reaches the person about the new time
    await moves.set_moved(turn.tx, "bookings", old.id, moved.id)
    await STAFF.tell(turn, old, moved)
    done = confirmation_reply(turn, moved)
    head = turn.t("bk_moved", old=voice(turn).when(old.starts_at), old_id=old.id, id=moved.id)
    return end(Reply(f"{head}\n\n{done.text}", done.buttons, attachment=done.attachment))


MOVING = Moving[store.Booking, Slot](
    flow="booking",
    mine=MINE,
    keep="bk_btn_cancel_no",
    other_days="bk_btn_move_days",
    day_text="bk_move_day",
    day_full="bk_day_full",
    per_row=SLOT_BUTTONS_PER_ROW,
    own=own,
    cannot_change=mine.cannot_change,
    free=free_at_place,
    times=times,
    find=_slot,
    taken="bk_move_taken",
    move_question="bk_move_question",
    move_yes="bk_btn_move_yes",
    lines=lambda turn, booking, start: booking_lines(
        voice(turn), replace(booking, starts_at=start)
    ),
    voice=lambda turn, _: voice(turn),
    draft=draft,
    danger=urgent.in_form,
    question=lambda turn: person.typed_in_form(turn)[1],
    desk=day_typed.moving_desk,
    closed=closed,
)
ask = MOVING.ask  # booking:moveto:<id>:<key>: «move from … to …?»
