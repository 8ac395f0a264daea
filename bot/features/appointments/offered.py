"""An approved request: the offer the person gets (the times the advisor chose, or any free
time of the service's specialists), and booking the time they pick. The approval stands while
the request is open: when none of the chosen times is free any more, any free time is offered."""

from __future__ import annotations

import datetime as dt

from bot.core import markup, slots
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, end
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.services import Services
from bot.features.appointments import cards, reasons
from bot.features.appointments.confirm import (
    already_booked_reply,
    already_yours_reply,
    book,
    confirmation_reply,
)
from bot.features.appointments.times import Free, find
from bot.features.appointments.views import Voice, office_voice, person_voice
from bot.features.menu import nav_row
from bot.settings.catalogue import Service
from bot.storage import Tx
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store


async def own_request(turn: Turn, arg: str | None) -> requests.Request:
    """The caller's own request, or the button is stale or forged."""
    number = record_id(arg)
    r = await requests.get(turn.tx, number) if number is not None else None
    if r is None or (r.channel, r.user_id) != (turn.incoming.channel, turn.incoming.user_id):
        raise Expired("appt")
    return r


async def approved(turn: Turn, request_id: int | None, service: Service) -> bool:
    """May this person pick any free time of the service now (an advisor approved it)?"""
    if request_id is None:
        return False
    r = await requests.get(turn.tx, request_id)
    return (
        r is not None
        and (r.channel, r.user_id) == (turn.incoming.channel, turn.incoming.user_id)
        and r.status == "offered"
        and r.service == service.id
        and r.office == turn.office.id
    )


async def still_free(
    services: Services, tx: Tx, r: requests.Request, now: dt.datetime
) -> list[tuple[int, Free]]:
    """The offered times that are still free, with their place in the offer."""
    office = services.settings.office(r.office)
    out = []
    for index, (specialist, key) in enumerate(r.offered):
        found = await find(tx, services.settings, office, specialist, slots.parse_key(key), now)
        if found is not None:
            out.append((index, found))
    return out


ANY = "any"  # appt:none:<id>:any: no free time suits (any free time was offered)


def offer_reply(
    v: Voice, r: requests.Request, free: list[tuple[int, Free]], note: str = ""
) -> Reply:
    """The offer as the person sees it (v speaks their language)."""
    title = markup.literal(v.title(r.service))
    rows: list[list[Button]] = []
    again = "_after_cancel" if r.reoffered else ""  # staff cancelled: no «good news»
    none_suits = Button(v("ap_btn_none_suits"), f"appt:none:{r.id}")
    if r.offer_any or not free:  # no times listed here: «no free time suits me», not «none of
        key = f"ap_offer_any{again}" if r.offer_any else "ap_offer_gone_all"  # these»
        text = v(key, id=r.id, service=title)
        rows.append([Button(v("ap_btn_choose_time"), f"appt:req:{r.id}")])
        none_suits = Button(v("ap_btn_none_suits_any"), f"appt:none:{r.id}:{ANY}")
    else:
        text = v(f"ap_offer_times{again}", id=r.id, service=title)
        several = len({t.specialist for _, t in free}) > 1
        for index, t in free:
            label = v.short(t.start)
            if several:
                label += f" · {v.role(t.specialist)}"
            elif t.place:
                label += f" · {v.place_label(t.place)}"
            rows.append([Button(label, f"appt:take:{r.id}:{index}")])
    rows.append([none_suits])
    rows.append([Button(v("ap_btn_withdraw"), f"appt:withdraw:{r.id}")])
    return Reply(f"{note}\n\n{text}" if note else text, rows)


def closed_reply(turn: Turn, r: requests.Request) -> Reply:
    """A button of a request no longer open: that it is closed; a declined one says why (also
    when staff cancelled its appointment with a reason that ends the matter: cancel_why.py)."""
    if r.status != "declined":
        return Reply(turn.t("ap_request_closed", id=r.id), [nav_row(turn, None)])
    v = office_voice(turn.services, r.office, turn.lang)
    text = turn.t("ap_request_declined", id=r.id, service=markup.literal(v.title(r.service)))
    text += "\n\n" + reasons.for_person(v, r.reason_code, r.reason_text)
    return Reply(text, [[Button(turn.t("btn_callback"), "callback")], nav_row(turn, None)])


async def tell_person(turn: Turn, r: requests.Request, note: str = "") -> None:
    """The offer, queued for the person in their language (from the staff chat's turn);
    `note` (in that language) comes first."""
    v = await person_voice(turn.services, turn.tx, r.office, r.channel, r.user_id, r.language)
    free = await still_free(turn.services, turn.tx, r, turn.now)
    await cards.to_person(turn, r, offer_reply(v, r, free, note))


async def book_offered(turn: Turn, request_id: int, time: Free) -> Outcome:
    """Book the time the person picked for their approved request, at once."""
    r = await own_request(turn, str(request_id))
    if r.status == "booked" and r.appointment_id is not None:
        done = await store.get(turn.tx, r.appointment_id)
        if done is not None:
            return end(already_booked_reply(turn, done))
    if r.status != "offered":
        return end(closed_reply(turn, r))
    office = turn.settings.office(r.office)
    service = office.catalogue.services.get(r.service)
    if service is None or time.specialist not in service.specialists:
        raise Expired("appt")
    try:
        appointment = await book(
            turn,
            office,
            service,
            time,
            r.name or "",
            r.phone or "",
            request=r.id,
            for_child=r.for_child,
            visit_language=r.visit_language,
            note=r.note,
        )
    except store.SlotFull:
        v = office_voice(turn.services, r.office, turn.lang)
        free = await still_free(turn.services, turn.tx, r, turn.now)
        return end(offer_reply(v, r, free, turn.t("ap_offer_taken")))
    except store.AlreadyHeld:
        return end(already_yours_reply(turn))
    await requests.booked(turn.tx, r.id, appointment.id, appointment.ends_at)
    await cards.refresh(turn, r.id)
    return end(confirmation_reply(turn, appointment))
