"""Why staff cancelled a booked appointment whose time they kept bookable (staff.py: «✖ Cancel,
the time stays open»; the other cancel tells the person the specialist will not be there).

The confirmation in the staff chat asks with the ready reasons a cancel may have (reasons.CANCEL,
the decline's machinery: the person asked us, not something our specialists handle, please call
us first, or none told), apptv:why:<id>:<code>: the person gets it in their own language, once
(`appointments.cancel_reason`, migration 044; a second press, a colleague's too, says which was
given). Until then the person knows only that it is cancelled: the other times of the same
specialist come with a reason that lets them book again (reasons.REBOOK: reoffer.py); a reason
that ends the matter («not ours», «call us first») declines the approved request the appointment
was booked from, as a decline does, so that its earlier time buttons say it was closed and why.
Staff's own words: a reply to the appointment's note reaches the person, as before. No reason
pressed in time (cancel_late.py): the person got the other times anyway, and a reason pressed
after that says so.
"""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.marks import one
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.turn import subject_of
from bot.features.appointments import cancel_late, cards, reasons, reoffer
from bot.features.appointments.confirm import MINE
from bot.features.appointments.views import (
    Voice,
    crisis_lines,
    first_name,
    office_voice,
    person_voice,
)
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store


def rows(turn: Turn, a: store.Appointment) -> list[list[Button]]:
    """The ready reasons under the confirmation of the cancel."""
    return reasons.buttons(turn, reasons.CANCEL, f"apptv:why:{a.id}:{{code}}")


def _about(turn: Turn, a: store.Appointment, reply: Reply) -> Reply:
    """About this appointment alone: /forget leaves «🔒 Wizyta u specjalisty nr S1: …»."""
    record = turn.t("sa_record_appointment", id=a.id)
    return one(reply, subject_of(a.channel, a.user_id), record)


async def give(turn: Turn) -> Outcome:
    """apptv:why:<id>:<code>: the person is told why, in their language; staff that they were."""
    number = record_id(turn.args[0]) if len(turn.args) == 2 else None
    a = await store.get(turn.tx, number) if number is not None else None
    code = turn.args[1] if len(turn.args) == 2 else ""
    if a is None or code not in reasons.CANCEL or a.cancelled_by != "staff":
        raise Expired("apptv:why")
    turn.staff_may(a.office, turn.t("sa_record_appointment", id=a.id))
    staff = office_voice(turn.services, a.office)
    name = markup.literal(first_name(a.name) if a.sensitive else (a.name or "—"))
    if not await store.give_cancel_reason(turn.tx, a.id, code):
        if a.cancel_reason is None:  # its time closed: the cancel said why
            raise Expired("apptv:why")
        if a.cancel_reason == cancel_late.LATE:  # none in time: the times went anyway
            said = turn.t("sa_cancel_why_late_given", id=a.id, name=name)
            return stay(_about(turn, a, Reply(said, replace=True)))
        given = reasons.for_staff(staff, a.cancel_reason, None, reasons.CANCEL)
        said = turn.t("sa_cancel_why_given", id=a.id, name=name, reason=given)
        return stay(_about(turn, a, Reply(said, replace=True)))
    v = await person_voice(turn.services, turn.tx, a.office, a.channel, a.user_id, a.language)
    when, service = v.when(a.starts_at), markup.literal(v.title(a.service))
    if code in reasons.REBOOK:
        head = v(
            "ap_cancel_why" if code != "none" else "ap_cancel_next", when=when, service=service
        )
        why = reasons.for_person(v, code, None)
        await reoffer.offer_again(turn, v, a, f"{head}\n\n{why}" if why else head, next_days=False)
        after = "sa_cancel_times_offered"
    else:
        head = v("ap_cancel_why", when=when, service=service)
        after = await _end(turn, v, a, code, f"{head}\n\n{reasons.for_person(v, code, None)}")
    reason = reasons.for_staff(staff, code, None, reasons.CANCEL)
    said = turn.t("sa_cancel_why_told", id=a.id, name=name, reason=reason)
    if code == "none":
        said = turn.t("sa_cancel_none_told", id=a.id, name=name)
    said += "\n" + turn.t(after, id=a.request_id or 0)
    said += "\n" + turn.t("sa_time_kept_open", when=staff.short(a.starts_at))
    return stay(_about(turn, a, Reply(said, replace=True)))


async def _end(turn: Turn, v: Voice, a: store.Appointment, code: str, told: str) -> str:
    """A reason that ends the matter: no other times; the approved request the appointment was
    booked from is declined with it (booked -> offered -> declined, in this transaction). The
    staff chat's line: what became of it."""
    r = await requests.get(turn.tx, a.request_id) if a.request_id is not None else None
    if r is not None and r.status == "booked" and r.appointment_id == a.id:
        staff = turn.incoming.sender_name or turn.t("sa_someone")
        if await requests.reoffer(turn.tx, r.id, [], turn.now) and await requests.decline(
            turn.tx, r.id, turn.now, staff, code, None
        ):
            told += "\n\n" + v("ap_cancel_request_closed", id=r.id) + "\n" + v("ap_now_to_bot")
            if r.sensitive or r.urgent:  # as a decline: the 24-hour lines (declining.py)
                told += "\n\n" + crisis_lines(v, r.for_child)
            rows = [[Button(v("btn_callback"), "callback")], [Button(v("ap_btn_mine"), MINE)]]
            await cards.to_person(turn, r, Reply(told, rows))
            await cards.refresh(turn, r.id)
            return "sa_cancel_request_declined"
    await turn.enqueue(
        a.channel,
        a.chat_id,
        Reply(told, [[Button(v("ap_btn_mine"), MINE)]]),
        ref_kind=store.to_person(a.sensitive),
        ref_id=a.id,
        about=subject_of(a.channel, a.user_id),
    )
    return "sa_cancel_no_times"
