"""Moving a booked appointment to another free time of the same specialist (/mybookings,
«🕒 Move»), up to the office's `booking.min_notice_minutes` before it, as cancelling.

appt:move:<id> shows the specialist's next free times; appt:moveto:<id>:<UTC key> asks once
more («from … to …»); appt:move_now:<id>:<key> books the new time and only then cancels the old
one, in one transaction: there is no moment with neither, and when the new time was taken
meanwhile the old one stays. An appointment from an approved request keeps it (no new approval:
the request points to the new appointment). Staff get one message: the new appointment's note,
headed «🕒 Przeniesiona z …» (the old note is edited to say where it went).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.core import markup, moving, slots
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, end, go
from bot.core.messages import Button, Expired, Reply
from bot.core.moving import Moving
from bot.core.numbers import record_id
from bot.features import person, urgent
from bot.features.appointments import cards, day_typed, mine
from bot.features.appointments.confirm import MINE, confirmation_reply
from bot.features.appointments.replies import draft
from bot.features.appointments.times import Free, find, free_times
from bot.features.appointments.views import (
    SLOT_BUTTONS_PER_ROW,
    STAFF,
    lines_of,
    office_voice,
)
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store
from bot.storage import moves

SHOWN = 8  # the next free times offered to move to
STEP = moving.STEP  # the step of APPT at the list of times: a day or a time typed is read


async def own(turn: Turn, args: int) -> store.Appointment:
    number = record_id(turn.args[0]) if len(turn.args) == args else None
    a = await store.get(turn.tx, number) if number is not None else None
    if a is None or (a.channel, a.user_id) != (turn.incoming.channel, turn.incoming.user_id):
        raise Expired("appt:move")
    return a


async def _time(turn: Turn, a: store.Appointment) -> Free | None:
    office = turn.settings.office(a.office)
    start = slots.parse_key(turn.args[1])
    return await find(turn.tx, turn.settings, office, a.specialist, start, turn.now)


async def free_for(turn: Turn, a: store.Appointment) -> list[Free]:
    """The specialist's free times, but the appointment's own."""
    office = turn.settings.office(a.office)
    every = await free_times(turn.tx, turn.settings, office, [a.specialist], turn.now)
    return [t for t in every if t.start != a.starts_at]


async def times(
    turn: Turn,
    a: store.Appointment,
    note: str = "",
    after: str | None = None,
    above: list[list[Button]] | None = None,
) -> Outcome:
    """The specialist's next free times (after the time `after`, a key: «Later ›»); `above`:
    buttons before them (the nearest days to one typed). The person is at the step "move": a
    day or a time typed is read (bot.core.moving)."""
    every = [t for t in await free_for(turn, a) if after is None or t.key > after]
    free = every[:SHOWN]
    v = office_voice(turn.services, a.office, turn.lang)
    key = "ap_move_choose" if free else "ap_move_none"
    text = turn.t(key, when=v.short(a.starts_at), role=markup.literal(v.role(a.specialist)))
    rows = list(above or [])
    rows += [[Button(v.short(t.start), f"appt:moveto:{a.id}:{t.key}")] for t in free]
    if len(every) > len(free):
        rows.append([Button(turn.t("btn_later_times"), f"appt:move:{a.id}:{free[-1].key}")])
    rows.append([Button(turn.t("ap_btn_keep"), MINE)])
    current = draft(turn)
    current.moving, current.moving_day = a.id, None
    return go(STEP, Reply(f"{note}\n\n{text}" if note else text, rows, replace=True))


def closed(turn: Turn, a: store.Appointment, day: dt.date) -> tuple[str, dict[str, str]] | None:
    """Why `day` has no times to move to when the specialist has no hours that day; None: they
    have (all taken)."""
    schedule = turn.settings.office(a.office).catalogue.specialists[a.specialist].schedule
    return None if any(r.applies(day) for r in schedule) else ("ap_move_day_no_hours", {})


async def move(turn: Turn) -> Outcome:
    """appt:move_now:<id>:<key>: the new time booked, then the old one cancelled."""
    checked = await MOVING.checked(turn)
    if not isinstance(checked, tuple):
        return checked  # it can no longer move, or the time was taken meanwhile
    a, time = checked
    specialist = turn.settings.office(a.office).catalogue.specialists[a.specialist]
    new = store.NewAppointment(
        office=a.office,
        service=a.service,
        specialist=a.specialist,
        channel=a.channel,
        user_id=a.user_id,
        chat_id=a.chat_id,
        language=turn.lang,
        place=a.place,
        remote=a.remote,
        day=time.start.astimezone(turn.settings.timezone).date(),
        starts_at=time.start,
        ends_at=time.end,
        name=a.name or "",
        phone=a.phone or "",
        sensitive=a.sensitive,
        request_id=a.request_id,
        for_child=a.for_child,
        visit_language=a.visit_language,
        note=a.note,
    )
    try:
        moved = await store.get(
            turn.tx, await store.create(turn.tx, turn.now, new, specialist.capacity)
        )
    except (store.SlotFull, store.AlreadyHeld):
        return await times(turn, a, turn.t("ap_offer_taken"))
    assert moved is not None
    await store.cancel(turn.tx, a.id, turn.now, "user")  # only now: never neither
    # a staff reply to the old card reaches the person about the new time
    await moves.set_moved(turn.tx, "appointments", a.id, moved.id)
    if a.request_id is not None:  # the approval stands: the request's appointment is the new one
        await requests.moved(turn.tx, a.request_id, moved.id, moved.ends_at)
        await cards.refresh(turn, a.request_id)  # its card says the new time (an edit)
    await STAFF.tell(turn, a, moved)
    v = office_voice(turn.services, a.office, turn.lang)
    done = confirmation_reply(turn, moved)
    head = turn.t("ap_moved", old=v.when(a.starts_at), old_id=a.id, id=moved.id)
    return end(Reply(f"{head}\n\n{done.text}", done.buttons, attachment=done.attachment))


MOVING = Moving[store.Appointment, Free](
    flow="appt",
    mine=MINE,
    keep="ap_btn_keep",
    other_days="ap_btn_move_days",
    day_text="ap_move_day",
    day_full="ap_day_full",
    per_row=SLOT_BUTTONS_PER_ROW,
    own=own,
    cannot_change=mine.cannot_change,
    free=free_for,
    times=times,
    find=_time,
    taken="ap_offer_taken",
    move_question="ap_move_question",
    move_yes="ap_btn_move_yes",
    lines=lambda turn, a, start: lines_of(
        office_voice(turn.services, a.office, turn.lang), replace(a, starts_at=start)
    ),
    voice=lambda turn, a: office_voice(turn.services, a.office, turn.lang),
    draft=draft,
    danger=urgent.in_form,
    question=lambda turn: person.typed_in_form(turn)[1],
    desk=day_typed.moving_desk,
    closed=closed,
)
ask = MOVING.ask  # appt:moveto:<id>:<key>: «move from … to …?»
