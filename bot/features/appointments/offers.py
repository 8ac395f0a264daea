"""The person's side of an advisor's offer, and of times offered after staff cancelled.

appt:offer:<request> shows the offer again (from /mybookings); appt:take:<request>:<n> books the
n-th offered time at once; appt:req:<request> opens the picker of any free time (the approval
stands); appt:none:<request> tells the advisors that none of the times suits (thread.py: the
request stays open, they may offer others); appt:again:<appointment>:<UTC key> books another
time after staff cancelled a direct appointment (the flow then asks for a confirmation, as any
direct booking); appt:rebook:<appointment> another time after the person cancelled an
appointment booked from an approved request (the approval stands: the request is offered again,
any free time, as after staff cancelled it).
"""

from __future__ import annotations

from bot.core import slots
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Expired, Reply
from bot.core.numbers import record_id
from bot.features.appointments import cards, thread
from bot.features.appointments.confirm import already_booked_reply
from bot.features.appointments.offered import (
    ANY,
    book_offered,
    closed_reply,
    offer_reply,
    own_request,
    still_free,
)
from bot.features.appointments.picker import choose, on_time
from bot.features.appointments.qualify import pending_reply
from bot.features.appointments.replies import FLOW, ApptDraft, service_of
from bot.features.appointments.times import find
from bot.features.appointments.views import office_voice
from bot.features.menu import nav_row
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store


async def _closed(turn: Turn, r: requests.Request) -> Outcome:
    """The request is no longer open: its appointment, or why not; or the advisors are
    choosing other times for it."""
    if r.status == "pending":
        return stay(pending_reply(turn, r))
    if r.status == "booked" and r.appointment_id is not None:
        done = await store.get(turn.tx, r.appointment_id)
        if done is not None and done.active:
            return stay(already_booked_reply(turn, done))
    return stay(closed_reply(turn, r))


async def show_offer(turn: Turn) -> Outcome:
    """appt:offer:<id> (/mybookings' «📅 Choose a time»): the times offered; any free time
    offered, the days to choose from at once, not the offer's message again (tester 39, F15)."""
    r = await own_request(turn, turn.args[0] if len(turn.args) == 1 else None)
    if r.status != "offered":
        return await _closed(turn, r)
    if r.offer_any and r.office == turn.office.id:
        return await pick_any(turn)
    v = office_voice(turn.services, r.office, turn.lang)
    free = await still_free(turn.services, turn.tx, r, turn.now)
    return stay(offer_reply(v, r, free))


async def take(turn: Turn) -> Outcome:
    if len(turn.args) != 2:
        raise Expired("appt:take")
    r = await own_request(turn, turn.args[0])
    index = record_id(turn.args[1])
    if r.status != "offered":
        return await _closed(turn, r)
    if index is None or index >= len(r.offered):
        raise Expired("appt:take")
    specialist, key = r.offered[index]
    office = turn.settings.office(r.office)
    time = await find(turn.tx, turn.settings, office, specialist, slots.parse_key(key), turn.now)
    if time is None:
        v = office_voice(turn.services, r.office, turn.lang)
        free = await still_free(turn.services, turn.tx, r, turn.now)
        return stay(offer_reply(v, r, free, turn.t("ap_offer_taken")))
    return await book_offered(turn, r.id, time)


async def none_suits(turn: Turn) -> Outcome:
    """None of the offered times suits the person: the advisors are told, in the request's
    thread; whatever the person writes next reaches them too."""
    r = await own_request(turn, turn.args[0] if turn.args else None)
    if r.status != "offered":
        return await _closed(turn, r)
    any_time = turn.args[1:] == (ANY,)  # any free time was offered: no times listed
    before = await thread.none_suits(turn, r, any_time)
    told = "ap_none_suits_any_told" if any_time else "ap_none_suits_told"
    return stay(*before, Reply(turn.t(told, id=r.id), [nav_row(turn, None)]))


async def pick_any(turn: Turn) -> Outcome:
    """Any free time of the service's specialists, for an approved request."""
    r = await own_request(turn, turn.args[0] if len(turn.args) == 1 else None)
    if r.status != "offered":
        return await _closed(turn, r)
    if r.office != turn.office.id:
        raise Expired("appt:req")
    service = service_of(turn, r.service)
    turn.new_draft(ApptDraft(service=service.id, request=r.id), FLOW)
    return await choose(turn, service)


async def again(turn: Turn) -> Outcome:
    """Another time after staff cancelled a direct appointment (offered in that message)."""
    number = record_id(turn.args[0]) if len(turn.args) == 2 else None
    cancelled = await store.get(turn.tx, number) if number is not None else None
    if (
        cancelled is None
        or (cancelled.channel, cancelled.user_id) != (turn.incoming.channel, turn.incoming.user_id)
        or cancelled.office != turn.office.id
    ):
        raise Expired("appt:again")
    service = service_of(turn, cancelled.service)
    if service.qualification:
        raise Expired("appt:again")
    turn.new_draft(ApptDraft(service=service.id, specialist=cancelled.specialist), FLOW)
    turn.args = (cancelled.specialist, turn.args[1])
    return await on_time(turn)


async def rebook(turn: Turn) -> Outcome:
    """Another time for an approved request whose appointment the person cancelled."""
    number = record_id(turn.args[0]) if len(turn.args) == 1 else None
    cancelled = await store.get(turn.tx, number) if number is not None else None
    mine = (turn.incoming.channel, turn.incoming.user_id)
    if (
        cancelled is None
        or cancelled.request_id is None
        or (cancelled.channel, cancelled.user_id) != mine
    ):
        raise Expired("appt:rebook")
    r = await own_request(turn, str(cancelled.request_id))
    if r.status == "booked" and r.appointment_id == cancelled.id and not cancelled.active:
        await requests.reoffer(turn.tx, r.id, [], turn.now)
        await cards.refresh(turn, r.id)
    turn.args = (str(r.id),)
    return await pick_any(turn)
