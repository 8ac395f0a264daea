"""Declining an appointment request, in the staff chat (approve.py has the rest).

apptq:decline:<id> asks for a reason: a ready one (apptq:reason:<id>:<code>, told to the person
in their language: reasons.py, shared with a cancelled appointment's), or staff's own words
written as a reply to that question (staff_reply); apptq:undecline:<id> («Anuluj») takes the
question back. The question remembers what the request was waiting for when it was asked (its
ref kind: pending or offered): a reply to it after that changed (an advisor offered times
meanwhile, the person booked) or after «Anuluj» declines nothing and says why.
"""

from __future__ import annotations

from bot.core import markup, staff_text
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.marks import one
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.turn import subject_of
from bot.features.appointments import cards, reasons
from bot.features.appointments.views import crisis_lines, first_name, office_voice, person_voice
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store
from bot.storage import message_refs

# the question's ref kind: what the request was waiting for when it was asked
ASKED = {store.REF_DECLINE: "pending", store.REF_DECLINE_OFFERED: "offered"}


async def request_of(turn: Turn, *, look_only: bool = False) -> requests.Request:
    number = record_id(turn.args[0]) if turn.args else None
    r = await requests.get(turn.tx, number) if number is not None else None
    if r is None:
        raise Expired("apptq")
    turn.staff_may(r.office, turn.t("sa_record_request", id=r.id), look_only=look_only)
    return r


async def not_pending(
    turn: Turn, r: requests.Request, states: tuple[str, ...] = ("pending",)
) -> Outcome | None:
    """Someone decided already (or the person withdrew): say what happened, change nothing.
    The card as it is now: a booked request's with the appointment's time."""
    if r.status in states and not r.forgotten:
        return None
    v = office_voice(turn.services, r.office)
    appointment = await store.get(turn.tx, r.appointment_id) if r.appointment_id else None
    card = cards.card(turn.services, r, appointment)
    said = Reply(v("sa_not_pending", id=r.id) + "\n\n" + card.text)
    return stay(about(turn, r, said))  # the card is the person's: /forget masks it


def about(turn: Turn, r: requests.Request, reply: Reply) -> Reply:
    """A staff message about this request alone, marked as the person's (`marks.one`)."""
    return one(reply, subject_of(r.channel, r.user_id), turn.t("sa_record_request", id=r.id))


def name_of(r: requests.Request) -> str:
    return markup.literal(first_name(r.name) if r.sensitive else (r.name or "—"))


async def decline(turn: Turn) -> Outcome:
    """Ask for a reason: a ready one, or staff's own words as a reply to this question."""
    r = await request_of(turn)
    refusal = await not_pending(turn, r, requests.OPEN)
    if refusal:
        return refusal
    rows = reasons.buttons(turn, reasons.DECLINE, f"apptq:reason:{r.id}:{{code}}:{r.status}")
    rows.append([Button(turn.t("sa_btn_decline_cancel"), f"apptq:undecline:{r.id}")])
    language = turn.services.t.language_name(turn.lang, r.language)  # (own words: untranslated)
    said = turn.t("sa_decline_prompt", id=r.id, name=name_of(r), language=language)
    prompt = about(turn, r, Reply(said, rows))
    # Through the outbox, so that a reply to this very message is recognised (message_refs).
    kind = store.REF_DECLINE if r.status == "pending" else store.REF_DECLINE_OFFERED
    await turn.to_staff(prompt, ref_kind=kind, ref_id=r.id, about=None)
    return stay()


async def undecline(turn: Turn) -> Outcome:
    """«Anuluj» under the question: not declined; a later reply to it declines nothing."""
    r = await request_of(turn)
    incoming = turn.incoming
    await message_refs.rekind(
        turn.tx, incoming.channel, incoming.chat_id, tuple(ASKED), r.id, store.REF_DECLINE_OFF
    )
    return stay(Reply(turn.t("sa_decline_cancelled", id=r.id), replace=True))


async def _stale(turn: Turn, r: requests.Request, asked: str | None) -> Outcome | None:
    """The question was asked while the request stood otherwise (times offered since, the
    person booked), or was taken back: nothing is declined, nor sent to the person."""
    if asked is not None and r.status == asked:
        return None
    refusal = await not_pending(turn, r, requests.OPEN)
    key = "sa_decline_taken_back" if asked is None else "sa_decline_stale"
    note = turn.t(key, id=r.id)
    if refusal is None:  # still open, but no longer what it was: the card as it is now
        return stay(Reply(note))
    return stay(about(turn, r, Reply(note + "\n\n" + refusal.replies[0].text)))


async def reason(turn: Turn) -> Outcome:
    if len(turn.args) not in (2, 3) or turn.args[1] not in reasons.DECLINE:
        raise Expired("apptq:reason")
    r = await request_of(turn)
    refusal = await not_pending(turn, r, requests.OPEN)
    if refusal:
        return refusal
    if len(turn.args) == 3 and (stale := await _stale(turn, r, turn.args[2])):
        return stale
    return await _decline(turn, r, turn.args[1], None)


async def staff_reply(turn: Turn) -> Outcome:
    """A reply to the question "why decline?": staff's own words go to the person."""
    incoming = turn.incoming
    ref = await message_refs.ref_of(
        turn.tx, incoming.channel, incoming.chat_id, incoming.reply_to or ""
    )
    if ref is None or (ref[0] not in ASKED and ref[0] != store.REF_DECLINE_OFF):
        return stay()  # someone else's message: not ours to answer
    r = await requests.get(turn.tx, ref[1])
    if r is None:
        return stay(Reply(turn.t("staff_button_expired")))
    turn.staff_may(r.office, turn.t("sa_record_request", id=r.id))
    refusal = await _stale(turn, r, ASKED.get(ref[0]))
    if refusal:
        return refusal
    text = staff_text.typed(incoming.text)
    if not text:
        return stay(Reply(turn.t("sa_reason_text_only")))
    if staff_text.command_like(text):  # never for the person: nothing declined
        return stay(Reply(turn.t("staff_reply_command_like")))
    return await _decline(turn, r, None, text)


async def _decline(turn: Turn, r: requests.Request, code: str | None, text: str | None) -> Outcome:
    staff = turn.incoming.sender_name or turn.t("sa_someone")
    if not await requests.decline(turn.tx, r.id, turn.now, staff, code, text):
        raise Expired("apptq:decline")  # cannot happen: checked pending in this transaction
    v = await person_voice(turn.services, turn.tx, r.office, r.channel, r.user_id, r.language)
    why = reasons.for_person(v, code, text)
    message = v("ap_declined", id=r.id, service=markup.literal(v.title(r.service))) + "\n\n" + why
    message += "\n\n" + v("ap_now_to_bot")  # the request's thread ends: where texts go now
    if r.sensitive or r.urgent:  # (no appointment: the 24-hour lines, 116 123 and 112)
        message += "\n\n" + crisis_lines(v, r.for_child)  # 116 111 first for a child
    rows = [[Button(v("btn_callback"), "callback")], [Button(v("btn_main_menu"), "menu")]]
    await cards.to_person(turn, r, Reply(message, rows))
    await cards.refresh(turn, r.id)
    text = turn.t("sa_declined", id=r.id, name=name_of(r))
    return stay(about(turn, r, Reply(text, replace=code is not None)))
