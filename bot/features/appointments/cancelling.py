"""Staff cancel a booked specialist appointment (apptv:cancel:<id> from /appointments or a note).

apptv:cancel:<id> asks, apptv:cancel_now:<id> cancels and closes its time to everyone (the
specialist will not be there; apptv:reopen:<id> opens it again), apptv:cancel_open:<id> cancels
it and keeps the time bookable by others (why: apptv:why, cancel_why.py), apptv:keep keeps.
The person is told in their language; other times of the same specialist (reoffer.py) come at
once with a closed time (from the next day on), with a kept one once staff chose why
(cancel_why.py), and only for a reason that lets the person book again; one kept open tells
the person by when they hear more, and if staff choose nothing by then they get the times
anyway (cancel_late.py).
"""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.marks import one
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.turn import subject_of
from bot.features.appointments import cancel_late, cancel_why, reoffer
from bot.features.appointments.confirm import MINE
from bot.features.appointments.views import (
    first_name,
    office_voice,
    person_voice,
    staff_appointment_text,
)
from bot.storage import appointment_reasons as waiting
from bot.storage import appointments as store


async def _appointment(turn: Turn) -> store.Appointment:
    number = record_id(turn.args[0]) if len(turn.args) == 1 else None
    a = await store.get(turn.tx, number) if number is not None else None
    if a is None:
        raise Expired("apptv")
    turn.staff_may(a.office, turn.t("sa_record_appointment", id=a.id))
    return a


async def ask_cancel(turn: Turn) -> Outcome:
    a = await _appointment(turn)
    if not a.active:
        return stay(Reply(turn.t("sa_already_cancelled", id=a.id)))
    if a.starts_at <= turn.now:
        return stay(Reply(turn.t("sa_past", id=a.id)))
    v = office_voice(turn.services, a.office)
    shown = staff_appointment_text(v, a)  # the person's: /forget masks it all
    text = turn.t("sa_cancel_question") + "\n\n" + shown
    rows = [
        [Button(turn.t("sa_btn_cancel_yes"), f"apptv:cancel_now:{a.id}")],
        [Button(turn.t("sa_btn_cancel_keep_open"), f"apptv:cancel_open:{a.id}")],
        [Button(turn.t("sa_btn_keep"), "apptv:keep")],
    ]
    whose = subject_of(a.channel, a.user_id)
    record = turn.t("sa_record_appointment", id=a.id)  # what /forget leaves of it
    return stay(one(Reply(text, rows), whose, record))  # about their appointment alone


async def cancel(turn: Turn) -> Outcome:
    """✖ Yes, cancel: the specialist will not be there, so the time closes to everyone."""
    return await _cancel(turn, close=True)


async def cancel_keep_open(turn: Turn) -> Outcome:
    """✖ Cancel, keep the time bookable (the person asked by phone, say): the appointment only;
    someone else may book the time, the same person is not offered it again."""
    return await _cancel(turn, close=False)


async def _cancel(turn: Turn, close: bool) -> Outcome:
    a = await _appointment(turn)
    if a.active and a.starts_at <= turn.now:
        return stay(Reply(turn.t("sa_past", id=a.id), replace=True))
    if not await store.cancel(turn.tx, a.id, turn.now, "staff"):
        return stay(Reply(turn.t("sa_already_cancelled", id=a.id), replace=True))
    if close:  # before the person's new times are chosen, so that it is not among them
        await store.close_time(turn.tx, a.specialist, a.starts_at, a.id, turn.now)
    v = office_voice(turn.services, a.office)
    due = cancel_late.due(v.office, v.zone, turn.now)
    if not close:  # a reason awaited: by `due` the person hears more, pressed or not
        await waiting.await_reason(turn.tx, a.id, due)
    await _tell_person(turn, a, close, due)
    await edit_note(turn, a, "staff")
    name = first_name(a.name) if a.sensitive else (a.name or "—")
    text = turn.t(
        "sa_cancelled_one" if close else "sa_cancelled_one_open",
        id=a.id,
        name=markup.literal(name),
        by=markup.literal(turn.incoming.sender_name or "—"),
    )
    text += "\n" + turn.t(
        "sa_time_closed" if close else "sa_time_kept_open", when=v.short(a.starts_at)
    )
    if not close:  # the person is told no reason: a ready one (cancel_why.py), or a reply
        text += "\n" + turn.t("sa_cancel_why_hint", id=a.id, by=v.short(due))
    rows = [
        [Button(turn.t("sa_btn_reopen_time", when=v.short(a.starts_at)), f"apptv:reopen:{a.id}")]
    ]
    done = Reply(text, rows if close else cancel_why.rows(turn, a), replace=True)
    whose, record = subject_of(a.channel, a.user_id), turn.t("sa_record_appointment", id=a.id)
    return stay(one(done, whose, record))


async def reopen(turn: Turn) -> Outcome:
    """↩️ Reopen: the time of an appointment staff cancelled may be booked again (the
    appointment stays cancelled)."""
    a = await _appointment(turn)
    await store.reopen_time(turn.tx, a.specialist, a.starts_at)
    v = office_voice(turn.services, a.office)
    who = markup.literal(v.staff_name(a.specialist))
    return stay(Reply(turn.t("sa_time_reopened", when=v.short(a.starts_at), who=who), replace=True))


async def keep(turn: Turn) -> Outcome:
    return stay(Reply(turn.t("sa_kept"), replace=True))


async def edit_note(turn: Turn, a: store.Appointment, by: str) -> None:
    """The appointment's message in the staff chat, marked cancelled (by the person or staff)."""
    staff = office_voice(turn.services, a.office)
    mark = staff("sa_cancelled_by_user_mark" if by == "user" else "sa_cancelled_by_staff_mark")
    await turn.edit_card(  # the note, and every copy of it shown again
        Reply(f"{mark}\n{staff_appointment_text(staff, a)}"),
        staff.office,
        (store.REF, a.id),
        (store.REF_LOOK, a.id),
        subject_of(a.channel, a.user_id),
    )


async def _tell_person(turn: Turn, a: store.Appointment, close: bool, due: dt.datetime) -> None:
    """In the person's language. A closed time: the specialist will not be there, and the
    nearest free times of the same specialist from the next day on (reoffer.py). A time kept
    open: only that it is cancelled, and that why and what next follow by `due`; the times come
    with a reason that lets them book again (cancel_why.py), none with one that ends the
    matter, and anyway if none is pressed by then (cancel_late.py)."""
    v = await person_voice(turn.services, turn.tx, a.office, a.channel, a.user_id, a.language)
    text = v(
        "ap_cancelled_by_staff" if close else "ap_cancelled_by_staff_open",
        when=v.when(a.starts_at),
        service=markup.literal(v.title(a.service)),
    )
    if close:
        await reoffer.offer_again(turn, v, a, text, next_days=True)
        return
    text += "\n\n" + v("ap_cancel_why_follows", by=cancel_late.by_words(v, due, turn.now))
    await turn.enqueue(
        a.channel,
        a.chat_id,
        Reply(text, [[Button(v("ap_btn_mine"), MINE)]]),
        ref_kind=store.to_person(a.sensitive),
        ref_id=a.id,
        about=subject_of(a.channel, a.user_id),
    )
