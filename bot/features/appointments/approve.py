"""The advisors' side of qualification requests, in the office's staff chat.

apptq:approve:<id> shows the next free times of the service's specialists to tick 1–3 of
(apptq:pick:<id>:<specialist>:<key>:<+|->: tick or untick, as its ▫️ or ☑️ said; a colleague
did it already on another copy of the list: the list as it is now); apptq:offer:<id>:<ticked>
sends the ticked ones to the person (<ticked>: which times its label counted; a stale button,
pressed after a colleague ticked or unticked one on another copy of the list or after a ticked
time was taken, offers nothing and shows the list as it is now, saying so), or apptq:any:<id>
offers any free time (the person gets the whole picker). apptq:times:<id>:<page> shows
another SHOWN of the free times («‹ Wcześniej», «Później ›»; a tick shows the page of the time
ticked). Once times are offered,
apptq:other:<id> takes them back to choose others (the person said none suits, say).
apptq:decline:<id> asks for a reason (declining.py).
apptq:end:<id> asks whether to close the request (settled otherwise), apptq:end_now:<id> closes
it and tells the person. apptq:show:<id> shows the card again (from /appointments). Staff act on
their own office's requests only. Writing to the person: a reply to the card (thread.py).
"""

from __future__ import annotations

import hashlib

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Handler, Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.turn import shown_again
from bot.features.appointments import cards, declining, offered
from bot.features.appointments.declining import about
from bot.features.appointments.declining import name_of as _name
from bot.features.appointments.declining import not_pending as _not_pending
from bot.features.appointments.declining import request_of as _request
from bot.features.appointments.times import Free, free_times
from bot.features.appointments.views import office_voice, person_voice
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store

PICK_MAX = 3  # times staff may offer
SHOWN = 8  # the next free times shown to choose from


async def _free(turn: Turn, r: requests.Request) -> list[Free]:
    office = turn.settings.office(r.office)
    service = office.catalogue.services.get(r.service)
    if service is None:
        return []
    return await free_times(turn.tx, turn.settings, office, service.specialists, turn.now)


def picker(
    turn: Turn,
    r: requests.Request,
    free: list[Free],
    *,
    note: str = "",
    replace: bool = True,
    page: int = 0,
) -> Reply:
    v = office_voice(turn.services, r.office)
    service = v.service(r.service)
    several = service is not None and len(service.specialists) > 1
    chosen = set(r.chosen)
    page = max(0, min(page, (len(free) - 1) // SHOWN))  # (times taken since: the last one)
    first, last = page * SHOWN, (page + 1) * SHOWN
    shown = [t for i, t in enumerate(free) if first <= i < last or (t.specialist, t.key) in chosen]
    rows = []
    for t in shown:
        mark = "☑️" if (t.specialist, t.key) in chosen else "▫️"
        label = f"{mark} {v.short(t.start)}"
        if several:
            label += f" · {v.staff_name(t.specialist)}"
        wants = "-" if (t.specialist, t.key) in chosen else "+"  # what its mark promises
        rows.append([Button(label, f"apptq:pick:{r.id}:{t.specialist}:{t.key}:{wants}")])
    paging = [Button(v("sa_btn_earlier"), f"apptq:times:{r.id}:{page - 1}")] if page else []
    if len(free) > last:
        paging.append(Button(v("sa_btn_later"), f"apptq:times:{r.id}:{page + 1}"))
    rows += [paging] if paging else []
    ticked = _ticked(r, free)
    if ticked:
        label = turn.services.t.plural(v.lang, "sa_btn_offer_ticked", len(ticked))
        rows.append([Button(label, f"apptq:offer:{r.id}:{_mark(ticked)}")])
    if free:
        rows.append([Button(v("sa_btn_offer_any"), f"apptq:any:{r.id}")])
    rows.append([Button(v("sa_btn_not_now"), f"apptq:close:{r.id}")])
    title = markup.literal(v.title(r.service))
    key = "sa_pick_title" if free else "sa_pick_none"
    text = v(key, id=r.id, service=title, name=_name(r), count=PICK_MAX)
    said = Reply(f"{note}\n\n{text}" if note else text, rows, replace=replace)
    return about(turn, r, said)  # the person's: /forget leaves only its record


def _ticked(r: requests.Request, free: list[Free]) -> list[tuple[str, str]]:
    """The ticked times still free, in the order of time (the keys are UTC «202612141150»)."""
    still = {(t.specialist, t.key) for t in free}
    return sorted((c for c in r.chosen if c in still), key=lambda c: (c[1], c[0]))


def _mark(ticked: list[tuple[str, str]]) -> str:
    """A short mark of which times the offer button's label counted."""
    said = ";".join(f"{specialist}@{key}" for specialist, key in ticked)
    return hashlib.blake2s(said.encode(), digest_size=4).hexdigest()


async def approve(turn: Turn) -> Outcome:
    r = await _request(turn)
    refusal = await _not_pending(turn, r)
    if refusal:
        return refusal
    return stay(picker(turn, r, await _free(turn, r), replace=False))


async def times_page(turn: Turn) -> Outcome:
    """«Później ›», «‹ Wcześniej»: another page of the free times, in the same message."""
    if len(turn.args) != 2 or not turn.args[1].isdigit():
        raise Expired("apptq:times")
    r = await _request(turn)
    refusal = await _not_pending(turn, r)
    if refusal:
        return refusal
    return stay(picker(turn, r, await _free(turn, r), page=int(turn.args[1])))


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
    wants = turn.args[3] if len(turn.args) == 4 else None  # (an older button: a toggle)
    if len(turn.args) not in (3, 4) or wants not in (None, "+", "-"):
        raise Expired("apptq:pick")
    r = await _request(turn)
    refusal = await _not_pending(turn, r)
    if refusal:
        return refusal
    time = (turn.args[1], turn.args[2])
    free = await _free(turn, r)
    chosen = [c for c in r.chosen if any((t.specialist, t.key) == c for t in free)]
    note = ""
    if (time in chosen and wants == "+") or (time not in chosen and wants == "-"):
        note = turn.t("sa_pick_done_already")  # a stale ▫️ or ☑️: nothing undone
    elif time in chosen:
        chosen.remove(time)
    elif len(chosen) >= PICK_MAX:
        note = turn.t("sa_pick_max", count=PICK_MAX)
    elif any((t.specialist, t.key) == time for t in free):
        chosen.append(time)
    else:
        note = turn.t("sa_pick_gone")
    await requests.set_chosen(turn.tx, r.id, chosen)
    r = await requests.get(turn.tx, r.id) or r
    at = [i for i, t in enumerate(free) if (t.specialist, t.key) == time]  # its page stays
    return stay(picker(turn, r, free, note=note, page=at[0] // SHOWN if at else 0))


async def _offer(turn: Turn, *, any_time: bool) -> Outcome:
    r = await _request(turn)
    refusal = await _not_pending(turn, r)
    if refusal:
        return refusal
    free = await _free(turn, r)
    times = [] if any_time else _ticked(r, free)  # in the order of time, not of ticking
    if not free or (not any_time and not times):
        return stay(picker(turn, r, free, note=turn.t("sa_pick_gone")))
    said = turn.args[1] if len(turn.args) == 2 else None  # (an older button: no mark)
    if not any_time and said != _mark(times):  # the label counted other times: none offered
        return stay(picker(turn, r, free, note=turn.t("sa_pick_changed")))
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
    return stay(about(turn, r, Reply(text, replace=True)))


async def offer_ticked(turn: Turn) -> Outcome:
    return await _offer(turn, any_time=False)


async def offer_any(turn: Turn) -> Outcome:
    return await _offer(turn, any_time=True)


async def close(turn: Turn) -> Outcome:
    return stay(Reply(turn.t("sa_not_now"), replace=True))


async def keep(turn: Turn) -> Outcome:
    return stay(Reply(turn.t("sa_kept"), replace=True))


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
    return stay(about(turn, r, Reply(text, rows)))


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
    await cards.to_person(turn, r, Reply(closed_text, rows))
    await cards.refresh(turn, r.id)
    text = turn.t("sa_ended", id=r.id, name=_name(r))
    return stay(about(turn, r, Reply(text, replace=True)))


async def show(turn: Turn) -> Outcome:
    """The card again (from /appointments): it says whose it is, and a reply to it writes to
    the person, as to the card itself."""
    r = await _request(turn, look_only=True)
    appointment = await store.get(turn.tx, r.appointment_id) if r.appointment_id else None
    same = await cards.same_person(turn, r)
    card = cards.card(turn.services, r, appointment, look_only=turn.staff_all, same=same)
    return stay(shown_again(card, r.channel, r.user_id, (requests.REF_LOOK, r.id)))


BUTTONS: dict[str, Handler] = {
    "approve": approve,
    "other": other_times,
    "pick": pick,
    "times": times_page,
    "offer": offer_ticked,
    "any": offer_any,
    "close": close,
    "decline": declining.decline,
    "reason": declining.reason,
    "undecline": declining.undecline,
    "end": ask_end,
    "end_now": end,
    "keep": keep,
    "show": show,
}
