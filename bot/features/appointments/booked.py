"""A booked appointment with a specialist as a thread between the person and staff
(bot.core.threads, relayed by bot.features.callback as a callback request's, as a visit at the
duty hours is: bot.features.booking's thread). A staff member's reply to the appointment's note
in the staff chat («🧑‍💼 Nowa wizyta u specjalisty (nr 1)»), to a text the person wrote back or
to their own earlier reply reaches the person, in their language, naming the appointment; what
the person types outside a form for THREAD_HOURS after it goes to the staff chat as a reply to
the note («💬 Wizyta u specjalisty nr 1 · Olena pisze:»), until they stop it. The note, edited
in place, says who wrote to the person last and when, as a request's card does. A cancelled
appointment takes nothing more: staff may still write (the person is told that their answers
go to the bot, and staff that they will not come back; while its approved request is offered
again, that they go to the advisor, under the request's card).

For a confidential (sensitive) service staff see no more than the note shows: the first name;
a message to the person that cannot be delivered is reported naming the record, without its
text (store.to_person).
"""

from __future__ import annotations

from functools import partial

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.services import Services
from bot.core.threads import Thread, ThreadKind
from bot.features.appointments.views import STAFF, first_name, office_voice
from bot.features.callback import card_written, point, thread_hours
from bot.storage import Tx, moves
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store
from bot.storage import threads as threads_store

KIND = "appt"  # in the person's buttons: callback:stop:<id>:appt


def appointment_thread(
    services: Services, a: store.Appointment, request_open: bool = False
) -> Thread:
    """`request_open`: cancelled, its approved request offered again (staff cancelled it): what
    the person writes goes to the advisor (the request's thread), and they are told so."""
    cancelled = not a.active
    key = "ap_booked_staff_wrote"
    if cancelled:
        key += "_cancelled_request" if request_open else "_cancelled"

    def wrote(lang: str, text: str) -> str:
        v = office_voice(services, a.office, lang)
        return v(
            key,
            id=a.request_id or 0,
            point=point(services, lang, a.office),
            service=markup.literal(v.title(a.service)),
            when=v.when(a.starts_at),
            text=text,
            hours=thread_hours(services, lang),
        )

    def relayed(lang: str) -> str:
        v = office_voice(services, a.office, lang)
        return v("ap_booked_relayed", service=markup.literal(v.title(a.service)))

    return Thread(
        kind=KIND,
        id=a.id,
        office=a.office,
        channel=a.channel,
        user_id=a.user_id or None,
        chat_id=a.chat_id or None,
        language=a.language,
        name=first_name(a.name) if a.sensitive else (a.name or "—"),
        record=lambda lang: services.t(lang, "sa_record_appointment", id=a.id),
        wrote=wrote,
        relayed=relayed,
        card=(store.REF, a.id),
        to_person=store.to_person(a.sensitive),
        forgotten=not a.user_id,
        closed=cancelled,
        closed_told="sa_reply_queued_request" if request_open else "sa_reply_queued_cancelled",
        private=a.sensitive,  # what the person types is relayed only once they chose so
    )


async def _get(services: Services, tx: Tx, appointment_id: int) -> Thread | None:
    """The appointment's thread; one the person moved: the appointment it became."""
    a = await store.get(tx, await moves.current_id(tx, "appointments", appointment_id))
    if a is None:
        return None
    r = await requests.get(tx, a.request_id) if a.request_id is not None else None
    return appointment_thread(services, a, r is not None and r.status == "offered")


show = STAFF.show  # apptv:show:<id> (its /requests line): the appointment's note again


async def written(turn: Turn, appointment_id: int) -> None:
    """A staff member wrote to the person about the appointment (a reply to its note or to
    what the person wrote): the note, edited in place, says who and when, so a colleague does
    not write to them again."""
    await card_written(
        turn,
        appointment_id,
        get=store.get,
        mark=threads_store.appointment_written,
        card=partial(STAFF.now, turn),
        edit=partial(STAFF.edit, turn),
    )


APPOINTMENTS = ThreadKind(
    KIND,
    staff_refs=(store.REF, store.REF_THREAD, store.REF_STAFF_REPLY, store.REF_LOOK),
    relayed=store.REF_THREAD,
    staff_reply=store.REF_STAFF_REPLY,
    open_query=threads_store.appointment_open,
    get=_get,
    replied=threads_store.appointment_staff_wrote,
    stop=threads_store.appointment_stopped,
    person_wrote=threads_store.appointment_person_wrote,
    written=written,
)
