"""Messages for a person that can never be delivered are reported to the staff chat.

The outbox worker drops a message the platform will never accept (the person unsubscribed on
Viber, blocked the bot on Telegram) instead of retrying it forever; this tells staff, in the
staff language and through the outbox itself, what the person did not get, so that they can
phone them if it matters. A report about a callback request is posted as a reply to that
request's message in the staff chat.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.core import markup
from bot.core.messages import Reply
from bot.core.services import Services
from bot.core.turn import for_staff
from bot.delivery import about_course
from bot.storage import Tx, appointment_requests
from bot.storage import appointments as appointments_store
from bot.storage import bookings as bookings_store
from bot.storage import outbox as outbox_store
from bot.storage import requests as requests_store
from bot.storage import sessions as session_store
from bot.storage.enrolments import Enrolment
from bot.storage.requests import REF_STAFF, REF_USER, Request

log = logging.getLogger(__name__)

EXCERPT_LIMIT = 600
_VISIT = (bookings_store.REF, bookings_store.REF_PERSON)  # a message about a visit
# a message about a specialist's appointment (S) or an appointment request (W): the key that
# names it, the staff card it is reported under
_APPOINTMENT = {
    appointments_store.REF_PERSON: ("undeliverable_about_appointment", appointments_store.REF),
    appointments_store.REF_PERSON_PRIVATE: (
        "undeliverable_about_appointment",
        appointments_store.REF,
    ),
    appointments_store.REF_REQUEST_PERSON: (
        "undeliverable_about_appointment_request",
        appointments_store.REF_REQUEST,
    ),
    appointments_store.REF_REQUEST_PERSON_PRIVATE: (
        "undeliverable_about_appointment_request",
        appointments_store.REF_REQUEST,
    ),
}
STAFF_CHANNEL = "telegram"


def reason_key(reason: str) -> str:
    text = reason.lower()
    if "unsubscribed" in text or "notsubscribed" in text:
        return "undeliverable_unsubscribed"
    if "blocked" in text or "forbidden" in text or "deactivated" in text:
        return "undeliverable_blocked"
    return "undeliverable_refused"


async def _request_of(tx: Tx, item: outbox_store.Item) -> Request | None:
    """The callback or help request a message to the person was about (None: not one)."""
    if item.ref_kind == REF_USER and item.ref_id is not None:
        return await requests_store.get(tx, item.ref_id)
    return None


async def _office_of(tx: Tx, item: outbox_store.Item, request: Request | None) -> str | None:
    """Whose staff hear of it: the office of the request or visit, else the person's office."""
    if item.ref_kind == REF_USER:
        return request.office if request else None
    if item.ref_kind in _VISIT and item.ref_id is not None:
        booking = await bookings_store.get(tx, item.ref_id)
        return booking.office if booking else None
    if item.ref_kind in _APPOINTMENT and item.ref_id is not None:
        if _APPOINTMENT[item.ref_kind][1] == appointments_store.REF_REQUEST:
            asked = await appointment_requests.get(tx, item.ref_id)
            if asked is not None:
                return asked.office
        else:
            appointment = await appointments_store.get(tx, item.ref_id)
            if appointment is not None:
                return appointment.office
    enrolment = await about_course.enrolment_of(tx, item)
    if enrolment is not None:
        return enrolment.office
    channel, _, user_id = (item.subject or "").partition(":")
    session = await session_store.find(tx, channel, user_id) if user_id else None
    return session.office if session else None


def report(
    services: Services,
    item: outbox_store.Item,
    reason: str,
    lang: str,
    request: Request | None = None,
    enrolment: Enrolment | None = None,
) -> Reply:
    """The notice for staff; `request`: the callback (T) or help (P) request it was about, named
    with its letter as on its card; `enrolment`: the course sign-up (about_course.py)."""
    t = services.t
    about = about_course.about(services, enrolment, lang) if enrolment is not None else ""
    reply_to: tuple[str, int] | None = None
    if item.ref_kind == REF_USER and item.ref_id is not None:
        if request is not None:
            key = "undeliverable_about_help" if request.service else "undeliverable_about_callback"
            about = t(lang, key, id=item.ref_id)
        reply_to = (REF_STAFF, item.ref_id)
    elif item.ref_kind in _VISIT and item.ref_id is not None:
        about = t(lang, "undeliverable_about_booking", id=item.ref_id)
        reply_to = (bookings_store.REF, item.ref_id)  # under the visit's card
    elif item.ref_kind in _APPOINTMENT and item.ref_id is not None:
        key, card = _APPOINTMENT[item.ref_kind]
        about = t(lang, key, id=item.ref_id)
        reply_to = (card, item.ref_id)
    excerpt = markup.to_plain(item.reply.text).strip()
    if item.ref_kind in appointments_store.PRIVATE:  # about a confidential service
        excerpt = t(lang, "staff_undeliverable_private")
    if len(excerpt) > EXCERPT_LIMIT:
        excerpt = excerpt[: EXCERPT_LIMIT - 1].rstrip() + "…"
    channel_key = f"channel_{item.channel}"
    text = t(
        lang,
        "staff_undeliverable",
        channel=t(lang, channel_key) if t.has(lang, channel_key) else item.channel,
        reason=t(lang, reason_key(reason)),
        about=about,
        excerpt=markup.literal(excerpt),
    )
    return Reply(text, reply_to_ref=reply_to)


def reporter(services: Services) -> Callable[[outbox_store.Item, str], Awaitable[None]]:
    """The OutboxWorker's on_undeliverable hook."""

    async def on_undeliverable(item: outbox_store.Item, reason: str) -> None:
        settings = services.settings
        if item.channel == STAFF_CHANNEL and item.chat_id in settings.staff_chats:
            return
        async with services.db.transaction() as tx:
            request = await _request_of(tx, item)
            office = settings.office(await _office_of(tx, item, request))
            enrolment = await about_course.enrolment_of(tx, item)
            notice = report(services, item, reason, office.staff_language, request, enrolment)
            chat, reply = for_staff(office, notice)
            if chat is None:
                return
            await outbox_store.enqueue(
                tx,
                services.clock(),
                STAFF_CHANNEL,
                chat,
                reply,
                subject=item.subject,  # it quotes what the person was to get
            )
        log.info("reported undeliverable outbox item %s to the staff chat", item.id)
        services.outbox.wake()

    return on_undeliverable
