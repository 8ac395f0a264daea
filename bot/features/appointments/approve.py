"""The advisors' side of qualification requests, in the office's staff chat.

apptq:approve:<id> shows the next free times of the service's specialists to tick 1–3 of
(apptq:pick:<id>:<specialist>:<key>); apptq:offer:<id> sends the ticked ones to the person, or
apptq:any:<id> offers any free time (the person gets the whole picker). Once times are offered,
apptq:other:<id> takes them back to choose others (the person said none suits, say).
apptq:decline:<id> asks for a reason: a ready one (apptq:reason:<id>:<code>, told to the person
in their language), or staff's own words written as a reply to that question (staff_reply).
apptq:end:<id> asks whether to close the request (settled otherwise), apptq:end_now:<id> closes
it and tells the person. apptq:show:<id> shows the card again (from /appointments). Staff act on
their own office's requests only. Writing to the person: a reply to the card (thread.py).
"""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Handler, Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.turn import subject_of
from bot.features.appointments import cards, offered
from bot.features.appointments.times import Free, free_times
from bot.features.appointments.views import first_name, office_voice, person_voice
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store
from bot.storage import message_refs

PICK_MAX = 3  # times staff may offer
SHOWN = 8  # the next free times shown to choose from


async def _request(turn: Turn, *, look_only: bool = False) -> requests.Request:
    number = record_id(turn.args[0]) if turn.args else None
    r = await requests.get(turn.tx, number) if number is not None else None
    if r is None:
        raise Expired("apptq")
    turn.staff_may(r.office, turn.t("sa_record_request", id=r.id), look_only=look_only)
    return r


async def _not_pending(
    turn: Turn, r: requests.Request, states: tuple[str, ...] = ("pending",)
) -> Outcome | None:
    """Someone decided already (or the person withdrew): say what happened, change nothing.
    The card as it is now: a booked request's with the appointment's time."""
    if r.status in states and not r.forgotten:
        return None
    v = office_voice(turn.services, r.office)
    appointment = await store.get(turn.tx, r.appointment_id) if r.appointment_id else None
    card = cards.card(turn.services, r, appointment)
    return stay(Reply(v("sa_not_pending", id=r.id) + "\n\n" + card.text))


def _name(r: requests.Request) -> str:
    return markup.literal(first_name(r.name) if r.sensitive else (r.name or "—"))


async def _free(turn: Turn, r: requests.Request) -> list[Free]:
    office = turn.settings.office(r.office)
    service = office.catalogue.services.get(r.service)
    if service is None:
        return []
    return await free_times(turn.tx, turn.settings, office, service.specialists, turn.now)


def picker(
    turn: Turn, r: requests.Request, free: list[Free], *, note: str = "", replace: bool = True
) -> Reply:
    v = office_voice(turn.services, r.office)
    service = v.service(r.service)
    several = service is not None and len(service.specialists) > 1
    chosen = set(r.chosen)
    shown = free[:SHOWN] + [t for t in free[SHOWN:] if (t.specialist, t.key) in chosen]
    rows = []
    for t in shown:
        mark = "☑️" if (t.specialist, t.key) in chosen else "▫️"
        label = f"{mark} {v.short(t.start)}"
        if several:
            label += f" · {v.staff_name(t.specialist)}"
        rows.append([Button(label, f"apptq:pick:{r.id}:{t.specialist}:{t.key}")])
    ticked = sum(1 for t in free if (t.specialist, t.key) in chosen)
    if ticked:
        label = turn.services.t.plural(v.lang, "sa_btn_offer_ticked", ticked)
        rows.append([Button(label, f"apptq:offer:{r.id}")])
    if free:
        rows.append([Button(v("sa_btn_offer_any"), f"apptq:any:{r.id}")])
    rows.append([Button(v("sa_btn_not_now"), f"apptq:close:{r.id}")])
    title = markup.literal(v.title(r.service))
    key = "sa_pick_title" if free else "sa_pick_none"
    text = v(key, id=r.id, service=title, name=_name(r), count=PICK_MAX)
    shows = (subject_of(r.channel, r.user_id),)  # /forget edits it away
    return Reply(f"{note}\n\n{text}" if note else text, rows, replace=replace, shows=shows)


async def approve(turn: Turn) -> Outcome:
    r = await _request(turn)
    refusal = await _not_pending(turn, r)
    if refusal:
        return refusal
    return stay(picker(turn, r, await _free(turn, r), replace=False))


async def other_times(turn: Turn) -> Outcome:
    """Offered times taken back: the picker again, to offer others (or decline)."""
    r = await _request(turn)
    refusal = await _not_pending(turn, r, requests.OPEN)
    if refusal:
        return refusal
    if await requests.other_times(turn.tx, r.id):
        await cards.refresh(turn, r.id)
        r = await requests.get(turn.tx, r.id) or r
    return stay(picker(turn, r, await _free(turn, r), replace=False))


async def pick(turn: Turn) -> Outcome:
    if len(turn.args) != 3:
        raise Expired("apptq:pick")
    r = await _request(turn)
    refusal = await _not_pending(turn, r)
    if refusal:
        return refusal
    time = (turn.args[1], turn.args[2])
    free = await _free(turn, r)
    chosen = [c for c in r.chosen if any((t.specialist, t.key) == c for t in free)]
    note = ""
    if time in chosen:
        chosen.remove(time)
    elif len(chosen) >= PICK_MAX:
        note = turn.t("sa_pick_max", count=PICK_MAX)
    elif any((t.specialist, t.key) == time for t in free):
        chosen.append(time)
    else:
        note = turn.t("sa_pick_gone")
    await requests.set_chosen(turn.tx, r.id, chosen)
    r = await requests.get(turn.tx, r.id) or r
    return stay(picker(turn, r, free, note=note))


async def _offer(turn: Turn, *, any_time: bool) -> Outcome:
    r = await _request(turn)
    refusal = await _not_pending(turn, r)
    if refusal:
        return refusal
    free = await _free(turn, r)
    still = {(t.specialist, t.key) for t in free}
    times = [] if any_time else [c for c in r.chosen if c in still]
    if not free or (not any_time and not times):
        return stay(picker(turn, r, free, note=turn.t("sa_pick_gone")))
    staff = turn.incoming.sender_name or turn.t("sa_someone")
    again = bool(r.offered) or r.offer_any  # other times than those offered before
    if not await requests.offer(turn.tx, r.id, turn.now, staff, times, any_time):
        raise Expired("apptq:offer")  # cannot happen: checked pending in this transaction
    r = await requests.get(turn.tx, r.id) or r
    person = await person_voice(turn.services, turn.tx, r.office, r.channel, r.user_id, r.language)
    await offered.tell_person(turn, r, person("ap_offer_again") if again else "")
    await cards.refresh(turn, r.id)
    v = office_voice(turn.services, r.office)
    what = v("sa_any_time") if any_time else cards.times_text(v, r.offered)
    text = v("sa_offered", id=r.id, name=_name(r), times=what)
    return stay(Reply(text, replace=True, shows=(subject_of(r.channel, r.user_id),)))


async def offer_ticked(turn: Turn) -> Outcome:
    return await _offer(turn, any_time=False)


async def offer_any(turn: Turn) -> Outcome:
    return await _offer(turn, any_time=True)


async def close(turn: Turn) -> Outcome:
    return stay(Reply(turn.t("sa_not_now"), replace=True))


async def keep(turn: Turn) -> Outcome:
    return stay(Reply(turn.t("sa_kept"), replace=True))


async def decline(turn: Turn) -> Outcome:
    """Ask for a reason: a ready one, or staff's own words as a reply to this question."""
    r = await _request(turn)
    refusal = await _not_pending(turn, r, requests.OPEN)
    if refusal:
        return refusal
    rows = [
        [Button(turn.t(f"sa_reason_{code}"), f"apptq:reason:{r.id}:{code}")]
        for code in cards.REASONS
    ]
    shows = (subject_of(r.channel, r.user_id),)
    prompt = Reply(turn.t("sa_decline_prompt", id=r.id, name=_name(r)), rows, shows=shows)
    # Through the outbox, so that a reply to this very message is recognised (message_refs).
    await turn.to_staff(prompt, ref_kind=store.REF_DECLINE, ref_id=r.id, about=None)
    return stay()


async def reason(turn: Turn) -> Outcome:
    if len(turn.args) != 2 or turn.args[1] not in cards.REASONS:
        raise Expired("apptq:reason")
    r = await _request(turn)
    refusal = await _not_pending(turn, r, requests.OPEN)
    if refusal:
        return refusal
    return await _decline(turn, r, turn.args[1], None)


async def staff_reply(turn: Turn) -> Outcome:
    """A reply to the question "why decline?": staff's own words go to the person."""
    incoming = turn.incoming
    ref = await message_refs.ref_of(
        turn.tx, incoming.channel, incoming.chat_id, incoming.reply_to or ""
    )
    if ref is not None and ref[0] == store.REF:
        # an appointment's note: nothing is relayed from it (staff would otherwise hear
        # nothing back, and the person nothing): say what does reach them
        return stay(Reply(turn.t("sa_reply_not_relayed")))
    if ref is None or ref[0] != store.REF_DECLINE:
        return stay()  # someone else's message: not ours to answer
    r = await requests.get(turn.tx, ref[1])
    if r is None:
        return stay(Reply(turn.t("staff_button_expired")))
    turn.staff_may(r.office, turn.t("sa_record_request", id=r.id))
    refusal = await _not_pending(turn, r, requests.OPEN)
    if refusal:
        return refusal
    text = (incoming.text or "").strip()
    if not text:
        return stay(Reply(turn.t("sa_reason_text_only")))
    return await _decline(turn, r, None, text)


async def _decline(turn: Turn, r: requests.Request, code: str | None, text: str | None) -> Outcome:
    staff = turn.incoming.sender_name or turn.t("sa_someone")
    if not await requests.decline(turn.tx, r.id, turn.now, staff, code, text):
        raise Expired("apptq:decline")  # cannot happen: checked pending in this transaction
    v = await person_voice(turn.services, turn.tx, r.office, r.channel, r.user_id, r.language)
    phone = markup.literal(v.office.organisation.phone)
    why = (
        v(f"ap_reason_{code}", phone=phone)
        if code
        else v("ap_declined_wrote", text=markup.literal(text or ""))
    )
    message = v("ap_declined", id=r.id, service=markup.literal(v.title(r.service))) + "\n\n" + why
    message += "\n\n" + v("ap_now_to_bot")  # the request's thread ends: where texts go now
    if r.sensitive or r.urgent:  # (no appointment: the 24-hour lines, 116 123 and 112)
        message += "\n\n" + v("urgent_lines")
    rows = [[Button(v("btn_callback"), "callback")], [Button(v("btn_main_menu"), "menu")]]
    await turn.enqueue(
        r.channel,
        r.chat_id,
        Reply(message, rows),
        ref_kind=store.REF_PRIVATE if r.sensitive else None,
        ref_id=r.id if r.sensitive else None,
        about=subject_of(r.channel, r.user_id),
    )
    await cards.refresh(turn, r.id)
    text = turn.t("sa_declined", id=r.id, name=_name(r))
    shows = (subject_of(r.channel, r.user_id),)
    return stay(Reply(text, replace=code is not None, shows=shows))


async def ask_end(turn: Turn) -> Outcome:
    """Close the request (settled otherwise: in writing, by phone)? Asked once more."""
    r = await _request(turn)
    refusal = await _not_pending(turn, r, requests.OPEN)
    if refusal:
        return refusal
    rows = [
        [Button(turn.t("sa_btn_end_yes"), f"apptq:end_now:{r.id}")],
        [Button(turn.t("sa_btn_keep"), "apptq:keep")],
    ]
    text = turn.t("sa_end_question", id=r.id, name=_name(r))
    return stay(Reply(text, rows, shows=(subject_of(r.channel, r.user_id),)))


async def end(turn: Turn) -> Outcome:
    r = await _request(turn)
    staff = turn.incoming.sender_name or turn.t("sa_someone")
    if not await requests.close(turn.tx, r.id, turn.now, staff):
        refusal = await _not_pending(turn, r, ())
        assert refusal is not None
        return refusal
    v = await person_voice(turn.services, turn.tx, r.office, r.channel, r.user_id, r.language)
    service = markup.literal(v.title(r.service))
    phone = markup.literal(v.office.organisation.phone)
    rows = [[Button(v("btn_services"), "services")], [Button(v("btn_main_menu"), "menu")]]
    closed_text = v("ap_closed_by_staff", id=r.id, service=service, phone=phone)
    closed_text += "\n\n" + v("ap_now_to_bot")  # the request's thread ends too
    await turn.enqueue(
        r.channel,
        r.chat_id,
        Reply(closed_text, rows),
        ref_kind=store.REF_PRIVATE if r.sensitive else None,
        ref_id=r.id if r.sensitive else None,
        about=subject_of(r.channel, r.user_id),
    )
    await cards.refresh(turn, r.id)
    text = turn.t("sa_ended", id=r.id, name=_name(r))
    return stay(Reply(text, replace=True, shows=(subject_of(r.channel, r.user_id),)))


async def show(turn: Turn) -> Outcome:
    r = await _request(turn, look_only=True)
    appointment = await store.get(turn.tx, r.appointment_id) if r.appointment_id else None
    return stay(cards.card(turn.services, r, appointment, look_only=turn.staff_all))


BUTTONS: dict[str, Handler] = {
    "approve": approve,
    "other": other_times,
    "pick": pick,
    "offer": offer_ticked,
    "any": offer_any,
    "close": close,
    "decline": decline,
    "reason": reason,
    "end": ask_end,
    "end_now": end,
    "keep": keep,
    "show": show,
}
