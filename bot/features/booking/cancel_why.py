"""Why staff cancelled a visit at the duty hours: ready reasons, as a specialist's appointment
cancelled by staff has (bot/features/appointments/reasons.py), each a button labelled in the
staff language (`sb_reason_<code>`) and told to the person in theirs (`bk_reason_<code>`).

A visit cancelled alone (staff.py): the person is told at once, with other times; the
confirmation in the staff chat has the reasons below it (visit:why:<id>:<code>), and a reason
pressed reaches the person once («ℹ️ About your cancelled visit …: …»; a second press, a
colleague's too, says which was given: migration 047). Staff's own words: a reply to the
confirmation or the card, as before (thread.py). A whole duty (duty.py) is cancelled by one of
its reasons, or by «without a reason» (the older button): every person of it is told the
reason in the same message as the cancellation."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.marks import one
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.turn import subject_of
from bot.features.booking.views import Voice, booking_voice
from bot.storage import booking_reasons
from bot.storage import bookings as store
from bot.storage import sessions as session_store

ONE = ("absent", "asked", "call_us")  # a visit cancelled alone
DUTY = ("absent", "office_closed", "call_us")  # a whole duty («they asked» is no duty's reason)


def visit_rows(turn: Turn, booking_id: int) -> list[list[Button]]:
    """The ready reasons under the confirmation of a visit's cancel, in the staff language."""
    return [[Button(turn.t(f"sb_reason_{c}"), f"visit:why:{booking_id}:{c}")] for c in ONE]


async def still_to_give(turn: Turn, booking: store.Booking) -> list[list[Button]]:
    """The reasons again where the confirmation they were under is replaced (its time reopened),
    while none was given for a visit staff cancelled."""
    if booking.cancelled_by != "staff" or not booking.user_id:
        return []
    if await booking_reasons.given(turn.tx, booking.id) is not None:
        return []
    return visit_rows(turn, booking.id)


def duty_rows(turn: Turn, payload: str) -> list[list[Button]]:
    """The duty's question: a button to cancel it for each ready reason (`payload:<code>`),
    then without one (`payload`: the older button, kept)."""
    rows = [
        [Button(turn.t("sb_btn_duty_because", reason=turn.t(f"sb_reason_{c}")), f"{payload}:{c}")]
        for c in DUTY
    ]
    return [*rows, [Button(turn.t("sb_btn_duty_yes"), payload)]]


def for_person(v: Voice, code: str | None) -> str:
    """The reason as the person reads it, in their language (`v`); "" for none."""
    if code not in (*ONE, *DUTY):
        return ""
    return v(f"bk_reason_{code}", phone=markup.literal(v.office.organisation.phone))


async def person_voice(turn: Turn, booking: store.Booking) -> Voice:
    """The person's language: their current choice, else the booking's."""
    session = await session_store.find(turn.tx, booking.channel, booking.user_id)
    lang = (session.language if session and session.language else None) or booking.language
    return booking_voice(turn.services, booking, lang)


async def give(turn: Turn) -> Outcome:
    """visit:why:<id>:<code>: the person is told why, in their language, once; staff that
    they were (or which reason was given before)."""
    number = record_id(turn.args[0]) if len(turn.args) == 2 else None
    booking = await store.get(turn.tx, number) if number is not None else None
    code = turn.args[1] if len(turn.args) == 2 else ""
    if booking is None or code not in ONE or booking.cancelled_by != "staff":
        raise Expired("visit:why")
    if not booking.user_id:  # its personal data gone (retention): nobody to tell
        raise Expired("visit:why")
    record = turn.t("sb_record_visit", id=booking.id)
    turn.staff_may(booking.office, record)
    whose = subject_of(booking.channel, booking.user_id)
    name = markup.literal(booking.name or "—")
    if not await booking_reasons.give(turn.tx, booking.id, code):
        given = await booking_reasons.given(turn.tx, booking.id)
        if given is None:
            raise Expired("visit:why")
        reason = turn.t(f"sb_reason_{given}")
        said = turn.t("sb_cancel_why_already", id=booking.id, name=name, reason=reason)
        return stay(one(Reply(said), whose, record))
    v = await person_voice(turn, booking)
    told = v("bk_cancel_why", id=booking.id, when=v.when(booking.starts_at))
    told += "\n" + for_person(v, code)
    await turn.enqueue(
        booking.channel, booking.chat_id, Reply(told), ref_kind=store.REF, ref_id=booking.id
    )
    reason = turn.t(f"sb_reason_{code}")
    said = turn.t("sb_cancel_why_given", id=booking.id, name=name, reason=reason)
    return stay(one(Reply(said), whose, record))
