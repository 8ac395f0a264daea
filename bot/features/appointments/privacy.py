"""Appointments and requests in /mydata and /forget, and the retention job.

/forget: upcoming appointments are cancelled (staff are told the time and the specialist, not
who), every appointment and request is deleted, and their staff-chat messages are rewritten
without name, phone or what the person wrote. Retention: `staff.retention_days` after an
appointment (or after a request was closed, or last touched) name, phone and the description
are erased, here and in the staff chat (the person's messages relayed in the request's thread
too); anonymous counts stay.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.core.phone import display_phone
from bot.core.services import Services
from bot.core.turn import for_staff, subject_of
from bot.core.voice import short
from bot.features.appointments import cards
from bot.features.appointments.views import (
    STAFF,
    office_voice,
    own_language_line,
    staff_appointment_text,
)
from bot.features.callback import forget_thread
from bot.storage import Tx, appointment_privacy, appointment_request_privacy, message_refs
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store
from bot.storage import outbox as outbox_store
from bot.storage import sessions as session_store

log = logging.getLogger(__name__)


async def show(turn: Turn) -> str | None:
    channel, user = turn.incoming.channel, turn.incoming.user_id
    booked = await store.all_for(turn.tx, channel, user)
    asked = await requests.all_for(turn.tx, channel, user)
    if not booked and not asked:
        return None
    lines = [turn.t("privacy_ap_title")]
    moved = await STAFF.moved_now(turn.tx, booked)
    for a in booked:
        v = office_voice(turn.services, a.office, turn.lang)
        status = (
            "cancelled" if not a.active else ("past" if a.starts_at <= turn.now else "upcoming")
        )
        told = turn.t(f"privacy_ap_{status}")
        if (now := moved.get(a.id)) is not None:  # not cancelled: moved to another time
            told = turn.t("privacy_ap_moved", when=short(v, now.starts_at))
        lines.append(
            turn.t(
                "privacy_ap_line",
                id=a.id,
                when=v.when(a.starts_at),
                service=markup.literal(_with_role(v.title(a.service), v.role(a.specialist))),
                status=told,
            )
            + turn.elsewhere(a.office)
        )
        lines += [f"  {line}" for line in own_language_line(v, a.visit_language)]
        if a.name or a.phone:
            lines.append(
                turn.t(
                    "privacy_ap_person",
                    name=markup.literal(a.name or "—"),
                    phone=display_phone(a.phone),
                )
            )
        if a.note:  # the bracket written after the name, for staff
            lines.append("  " + turn.t("cb_phone_note", note=markup.literal(a.note)))
        if a.for_child:  # as the request's, below: under its item
            lines.append("  " + turn.t("ap_request_for_child"))
    visits = {a.id: a for a in booked}
    for r in asked:
        v = office_voice(turn.services, r.office, turn.lang)
        lines.append(
            turn.t(
                "privacy_ap_request",
                id=r.id,
                service=markup.literal(v.title(r.service)),
                status=_request_status(turn, r, visits.get(r.appointment_id or 0)),
            )
            + turn.elsewhere(r.office)
        )
        # what the request holds, as the visit's above (tester 43, F10: staff's card had them)
        lines += [f"  {line}" for line in own_language_line(v, r.visit_language)]
        if r.name or r.phone:
            name, phone = markup.literal(r.name or "—"), display_phone(r.phone)
            lines.append(turn.t("privacy_ap_person", name=name, phone=phone))
        if r.description:
            lines.append(turn.t("privacy_ap_request_need", text=markup.literal(r.description)))
        if r.note:  # the bracket written after the name, for staff
            lines.append("  " + turn.t("cb_phone_note", note=markup.literal(r.note)))
        if r.for_child:
            lines.append("  " + turn.t("ap_request_for_child"))
    return "\n".join(lines)


def _request_status(turn: Turn, r: requests.Request, visit: store.Appointment | None) -> str:
    """A request's status; a booked one follows its visit: «booked» no longer once the visit
    was cancelled (by the person or staff; a moved visit is the request's new one)."""
    if r.status == "booked" and visit is not None and not visit.active:
        return turn.t("privacy_ap_request_booked_cancelled", visit=visit.id)
    return turn.t(f"privacy_ap_request_{r.status}")


def _with_role(service: str, role: str) -> str:
    """«Legal advice, Lawyer»; a service named as its specialist once: «Psychologist»."""
    return service if role.casefold() == service.casefold() else f"{service}, {role}"


def anonymised_note(
    services: Services,
    a: store.Appointment,
    cancelled: bool,
    moved: store.Appointment | None = None,
    *,
    expired: bool = False,
) -> Reply:
    """The card without name or phone; one the person had moved keeps its «moved; the new
    time» mark over its own old time (bot.core.moved), not «cancelled»."""
    staff = office_voice(services, a.office)
    header = staff("staff_data_expired" if expired else "staff_data_forgotten")
    blank = replace(a, name=None, phone=None, for_child=False, note=None)
    if moved is not None:
        mark = staff("sa_moved_mark", when=short(staff, moved.starts_at), id=moved.id)
        header = f"{mark}\n{header}"
    elif cancelled or not a.active:  # who cancelled it stays on the record
        by = "user" if cancelled or a.cancelled_by == "user" else "staff"
        header = f"{staff(f'sa_cancelled_by_{by}_mark')}\n{header}"
    return Reply(f"{header}\n{staff_appointment_text(staff, blank)}")


def anonymised_card(
    services: Services,
    r: requests.Request,
    booked: store.Appointment | None = None,
    *,
    expired: bool = False,
) -> Reply:
    """The card without the person; a booked one keeps when its visit was (`booked`); why the
    data went: /forget, or the retention period over (`expired`)."""
    blank = replace(r, name=None, phone=None, description=None, reason_text=None, forgotten=True)
    blank = replace(blank, for_child=False, note=None)
    return cards.card(services, blank, booked, expired=expired)


async def _shown(services: Services, tx: Tx, office: str, kind: str, ref: int) -> bool:
    """Edit only a staff message that exists: an edit of nothing would wait in the outbox."""
    chat = services.settings.office(office).staff_chat_id
    if chat is None:
        return False
    return await message_refs.message_for(tx, "telegram", str(chat), kind, ref) is not None


async def forget(turn: Turn) -> None:
    channel, user = turn.incoming.channel, turn.incoming.user_id
    booked = await store.all_for(turn.tx, channel, user)
    visits = {a.id: a for a in booked}
    moved = await STAFF.moved_now(turn.tx, booked)
    for a in booked:
        upcoming = a.active and a.starts_at > turn.now
        office = turn.settings.office(a.office)
        if upcoming and await store.cancel(turn.tx, a.id, turn.now, "user"):
            visits[a.id] = replace(a, status="cancelled", cancelled_by="user")  # (its request's
            # card says so: tester 38, F9)
            staff = office_voice(turn.services, a.office)
            text = staff(
                "sa_user_forgot",
                id=a.id,
                when=staff.when(a.starts_at),
                specialist=markup.literal(staff.staff_name(a.specialist)),
            )
            await turn.to_staff(Reply(text), about=None, office=office)  # a time: nobody
        if await _shown(turn.services, turn.tx, a.office, store.REF, a.id):
            note = anonymised_note(turn.services, a, upcoming, moved.get(a.id))
            await turn.to_staff(
                note, about=None, office=office, action="edit", ref_kind=store.REF, ref_id=a.id
            )
    for r in await requests.all_for(turn.tx, channel, user):
        office = turn.settings.office(r.office)
        if r.is_open:  # withdrawn, and staff told so (a booked one keeps its history: the
            # visit's own notice says it is cancelled, one notice for one event)
            r = replace(r, status="withdrawn")
            staff = office_voice(turn.services, r.office)
            service = markup.literal(staff.title(r.service))
            text = staff("sa_request_forgot", id=r.id, service=service)
            await turn.to_staff(Reply(text), about=None, office=office)
        if await _shown(turn.services, turn.tx, r.office, store.REF_REQUEST, r.id):
            await turn.to_staff(
                anonymised_card(turn.services, r, visits.get(r.appointment_id or 0)),
                about=None,
                office=office,
                action="edit",
                ref_kind=store.REF_REQUEST,
                ref_id=r.id,
            )
    await appointment_privacy.forget_person(turn.tx, channel, user)
    await appointment_request_privacy.forget_person(turn.tx, channel, user)


async def _edit(
    services: Services, tx: Tx, now: dt.datetime, office: str, view: Reply, kind: str, ref: int
) -> None:
    chat, view = for_staff(services.settings.office(office), view)
    if chat is not None and await _shown(services, tx, office, kind, ref):
        await outbox_store.enqueue(
            tx, now, "telegram", chat, view, action="edit", ref_kind=kind, ref_id=ref
        )


def _named(services: Services, key: str, number: int) -> Callable[[str], str]:
    """An appointment or an appointment request named as staff read it («Prośba o wizytę nr
    W1»), in a language."""
    return lambda lang: services.t(lang, key, id=number)


async def retention(services: Services) -> None:
    """Past appointments and old requests lose whose they were, here and in the staff chat."""
    now = services.clock()
    cutoffs = services.retention_cutoffs(now)  # each office's own retention_days
    async with services.db.transaction() as tx:
        old = await appointment_privacy.to_forget(tx, cutoffs)
        for a in old:
            note = anonymised_note(services, a, False, expired=True)
            await _edit(services, tx, now, a.office, note, store.REF, a.id)
            office = services.settings.office(a.office)  # what they wrote to staff, too
            named = _named(services, "sa_record_appointment", a.id)
            await forget_thread(services, tx, now, office, store.REF_THREAD, a.id, named)
        stale = await appointment_request_privacy.to_forget(tx, cutoffs)
        for r in stale:
            card = anonymised_card(services, r, expired=True)
            await _edit(services, tx, now, r.office, card, store.REF_REQUEST, r.id)
            office = services.settings.office(r.office)  # what they wrote to staff, too
            named = _named(services, "sa_record_request", r.id)
            await forget_thread(services, tx, now, office, requests.REF_THREAD, r.id, named)
            if (
                r.is_open and r.user_id
            ):  # withdrawn by retention: the person is told, not left waiting
                await _tell_expired(services, tx, now, r)
        await appointment_privacy.forget_older_than(tx, cutoffs)
        await appointment_request_privacy.forget_older_than(tx, cutoffs)
    if old or stale:
        log.info(
            "forgot the personal data of %d appointment(s), %d request(s)", len(old), len(stale)
        )
        services.outbox.wake()


async def _tell_expired(services: Services, tx: Tx, now: dt.datetime, r: requests.Request) -> None:
    """A request nobody answered (or whose offered times were never taken) is closed by
    retention; the person hears so in their language, with the way to ask again."""
    session = await session_store.find(tx, r.channel, r.user_id)
    lang = (session.language if session else None) or r.language
    v = office_voice(services, r.office, lang)
    text = v(
        "ap_request_expired",
        id=r.id,
        service=markup.literal(v.title(r.service)),
        days=services.t.plural(lang, "days", v.office.retention_days),
        phone=markup.literal(v.office.organisation.phone),
    )
    rows = [[Button(v("btn_services"), "services")]]
    await outbox_store.enqueue(
        tx, now, r.channel, r.chat_id, Reply(text, rows), subject=subject_of(r.channel, r.user_id)
    )
