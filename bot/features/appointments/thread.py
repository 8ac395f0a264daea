"""An appointment request as a thread between the person and the advisors (bot.core.threads,
relayed by bot.features.callback as a callback request's): a staff reply to its card (or to a
message of its thread) reaches the person; what the person types while the request is open, and
once booked for a day after a staff member wrote to them (a reply), goes to the staff chat as a
reply to the card.
Declined, withdrawn or closed, it takes nothing more, as a closed callback request: staff may
still write, and the person is told that their answers go to the bot. "None of these times
suits me" (appt:none:<id>, offers.py) tells the advisors there, with the buttons to offer other
times or decline.

For a confidential (sensitive) service staff see no more than before: the first name; a message
to the person that cannot be delivered is reported naming the request, without its text
(store.to_person).
"""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.core.services import Services
from bot.core.threads import Thread, ThreadKind
from bot.features.appointments import cards, offer_typed
from bot.features.appointments.views import first_name, office_voice
from bot.features.callback import card_written, relay_to_staff
from bot.storage import Tx
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store
from bot.storage import threads as threads_store

KIND = "apptq"


def shown_name(r: requests.Request) -> str:
    """The person's name as staff see it: a first name alone for a confidential service."""
    return first_name(r.name) if r.sensitive else (r.name or "—")


def request_thread(services: Services, r: requests.Request) -> Thread:
    def wrote(lang: str, text: str) -> str:
        v = office_voice(services, r.office, lang)
        key = "ap_staff_wrote_closed" if ended else "ap_staff_wrote"  # where answers go now
        return v(key, id=r.id, service=markup.literal(v.title(r.service)), text=text)

    ended = r.status in requests.ENDED

    return Thread(
        kind=KIND,
        id=r.id,
        office=r.office,
        channel=r.channel,
        user_id=r.user_id or None,
        chat_id=r.chat_id or None,
        language=r.language,
        name=shown_name(r),
        record=lambda lang: services.t(lang, "sa_record_request", id=r.id),
        wrote=wrote,
        relayed=lambda lang: services.t(lang, "ap_relayed", id=r.id),
        card=(store.REF_REQUEST, r.id),
        to_person=store.to_person(r.sensitive, request=True),
        forgotten=r.forgotten,
        closed=ended,  # declined, withdrawn or closed: staff may write, answers go to the bot
        private=r.sensitive,  # what the person types is relayed only once they chose so
        number=f"W{r.id}",
        person_at=r.last_person_at,
    )


async def _get(services: Services, tx: Tx, request_id: int) -> Thread | None:
    r = await requests.get(tx, request_id)
    return request_thread(services, r) if r is not None else None


async def written(turn: Turn, request_id: int) -> None:
    """A staff member wrote to the person about the request (a reply to its card or to what
    the person wrote): the card, edited in place, says who and when, as a callback request's
    does (bot.features.callback.written), so a colleague does not contact them again."""

    def card(request: requests.Request) -> Reply:
        return cards.card(turn.services, request)

    async def edit(request: requests.Request) -> None:
        await cards.refresh(turn, request_id)

    get, mark = requests.get, requests.staff_wrote
    await card_written(turn, request_id, get=get, mark=mark, card=card, edit=edit)


async def took_back(
    turn: Turn, request_id: int, at: dt.datetime, before: dt.datetime | None
) -> None:
    """The person took back the text they wrote at `at`: /requests says when they wrote
    before it, if ever (the card does not say it), unless they wrote again since."""
    await threads_store.person_took_back(turn.tx, "appointment_requests", request_id, at, before)


REQUESTS = ThreadKind(
    KIND,
    staff_refs=(
        store.REF_REQUEST,
        requests.REF_THREAD,
        requests.REF_STAFF_REPLY,
        requests.REF_LOOK,
    ),
    relayed=requests.REF_THREAD,
    staff_reply=requests.REF_STAFF_REPLY,
    open_query=threads_store.request_open,
    get=_get,
    replied=threads_store.request_staff_wrote,
    stop=threads_store.request_stopped,
    person_wrote=threads_store.request_person_wrote,
    written=written,
    letter="W",
    refresh=cards.refresh,
    took_back=took_back,
    typed=offer_typed.named,  # «давайте краще 15-го»: that offered time, to book
)


async def none_suits(turn: Turn, r: requests.Request, any_time: bool = False) -> list[Reply]:
    """The person said none of the offered times suits them: the advisors hear it in the
    request's thread, with the buttons to offer other times or decline (the request stays
    open, and the offered times can still be taken meanwhile)."""
    v = office_voice(turn.services, r.office)
    key = "sa_none_suits_any" if any_time else "sa_none_suits"  # any free time was offered
    body = v(key, record=v("sa_record_request", id=r.id), name=shown_name(r))
    rows = [
        [Button(v("sa_btn_other_times"), f"apptq:other:{r.id}")],
        [Button(v("sa_btn_decline"), f"apptq:decline:{r.id}")],
    ]
    return await relay_to_staff(turn, REQUESTS, request_thread(turn.services, r), body, rows)
