"""Visit reminders: the day before (24 hours ahead) and one hour before, in the person's language.

A periodic job of the booking feature. Which reminders are done is stored on the booking row in
the same transaction that queues the message in the outbox, so a restart neither loses nor
repeats one. A reminder that could no longer be useful (the bot was down, or the visit was booked
inside the window) is marked done without being sent.
"""

from __future__ import annotations

import datetime as dt
import logging

from bot.core.services import Services
from bot.core.turn import subject_of
from bot.features.booking.views import booking_voice, reminder_reply
from bot.storage import bookings as store
from bot.storage import outbox as outbox_store
from bot.storage import sessions as session_store

log = logging.getLogger(__name__)

# kind -> (how long before the visit it is due, the latest it is still worth sending)
REMINDERS: dict[str, tuple[dt.timedelta, dt.timedelta]] = {
    "day": (dt.timedelta(hours=24), dt.timedelta(hours=2)),
    "hour": (dt.timedelta(hours=1), dt.timedelta(minutes=5)),
}


async def send_due_reminders(services: Services) -> None:
    """The periodic job."""
    await queue_due_reminders(services)


async def queue_due_reminders(services: Services) -> int:
    """Queue every due reminder; returns how many were queued."""
    now = services.clock()
    queued = 0
    async with services.db.transaction() as tx:
        for kind, (ahead, latest) in REMINDERS.items():
            for booking in await store.reminders_due(tx, kind, now, ahead):
                await store.mark_reminded(tx, booking.id, kind, now)
                booked_inside = booking.created_at > booking.starts_at - ahead
                if booked_inside or now > booking.starts_at - latest:
                    continue
                session = await session_store.find(tx, booking.channel, booking.user_id)
                lang = (session.language if session else None) or booking.language
                reply = reminder_reply(booking_voice(services, booking, lang), booking, kind)
                await outbox_store.enqueue(
                    tx,
                    now,
                    booking.channel,
                    booking.chat_id,
                    reply,
                    ref_kind=store.REF,  # undelivered: reported naming the visit
                    ref_id=booking.id,
                    subject=subject_of(booking.channel, booking.user_id),
                )
                queued += 1
    if queued:
        log.info("queued %d visit reminder(s)", queued)
        services.outbox.wake()
    return queued
