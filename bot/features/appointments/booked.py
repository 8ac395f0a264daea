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

from bot.core import looks, markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Expired, Reply
from bot.core.numbers import record_id
from bot.core.services import Services
from bot.core.threads import Thread, ThreadKind
from bot.core.turn import shown_again, subject_of
from bot.features.appointments.views import STAFF, first_name, office_voice, staff_note
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


async def show(turn: Turn) -> Outcome:
    """apptv:show:<id> (its /requests line): the appointment's note again, saying whose it is
    (/forget and retention edit it); a reply to it writes to the person, as to the note. The
    coordinators' chat looks only: without the buttons."""
    number = record_id(turn.args[0]) if len(turn.args) == 1 else None
    a = await store.get(turn.tx, number) if number is not None else None
    if a is None:
        raise Expired("apptv")
    turn.staff_may(a.office, turn.t("sa_record_appointment", id=a.id), look_only=True)
    note = await STAFF.shown(turn, a)  # moved: with the time it has now
    if turn.staff_all:
        note = looks.only(turn.services, a.office, note)
    return stay(shown_again(note, a.channel, a.user_id, (store.REF_LOOK, a.id)))


async def written(turn: Turn, appointment_id: int) -> None:
    """A staff member wrote to the person about the appointment (a reply to its note or to
    what the person wrote): the note, edited in place, says who and when, so a colleague does
    not write to them again."""

    def note(appointment: store.Appointment) -> Reply:
        return staff_note(office_voice(turn.services, appointment.office), appointment)

    async def edit(appointment: store.Appointment) -> None:  # every copy shown again too
        who = appointment.user_id
        await turn.edit_card(
            note(appointment),
            office_voice(turn.services, appointment.office).office,
            (store.REF, appointment_id),
            (store.REF_LOOK, appointment_id),
            subject_of(appointment.channel, who) if who else None,
        )

    get, mark = store.get, threads_store.appointment_written
    await card_written(turn, appointment_id, get=get, mark=mark, card=note, edit=edit)


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
