"""Appointment reminders: the day before (24 hours ahead) and an hour before, in the person's
language. A periodic job: which reminders are done is stored on the appointment in the same
transaction that queues the message, so a restart neither loses nor repeats one; a reminder
that could no longer be useful (booked inside its window, or the bot was down) is skipped."""

from __future__ import annotations

import datetime as dt
import logging

from bot.core.messages import Button, Reply
from bot.core.services import Services
from bot.core.turn import subject_of
from bot.features.appointments.confirm import MINE
from bot.features.appointments.views import Voice, lines_of, map_row, office_voice
from bot.storage import appointment_reminders as reminding
from bot.storage import appointments as store
from bot.storage import outbox as outbox_store
from bot.storage import sessions as session_store

log = logging.getLogger(__name__)

# kind -> (how long before the appointment it is due, the latest it is still worth sending)
REMINDERS: dict[str, tuple[dt.timedelta, dt.timedelta]] = {
    "day": (dt.timedelta(hours=24), dt.timedelta(hours=2)),
    "hour": (dt.timedelta(hours=1), dt.timedelta(minutes=5)),
}


def reminder_reply(v: Voice, a: store.Appointment, kind: str) -> Reply:
    text = "\n\n".join(
        [v(f"ap_reminder_{kind}", id=a.id), lines_of(v, a), v("ap_reminder_cancel_hint")]
    )
    rows = [r for r in [map_row(v, a.place)] if r]
    rows.append([Button(v("ap_btn_mine"), MINE)])
    return Reply(text, rows)


async def send_due_reminders(services: Services) -> None:
    await queue_due_reminders(services)


async def queue_due_reminders(services: Services) -> int:
    """Queue every due reminder; returns how many were queued."""
    now = services.clock()
    queued = 0
    async with services.db.transaction() as tx:
        for kind, (ahead, latest) in REMINDERS.items():
            for a in await reminding.reminders_due(tx, kind, now, ahead):
                await reminding.mark_reminded(tx, a.id, kind, now)
                booked_inside = a.created_at > a.starts_at - ahead
                if booked_inside or now > a.starts_at - latest or not a.user_id:
                    continue
                session = await session_store.find(tx, a.channel, a.user_id)
                lang = (session.language if session else None) or a.language
                reply = reminder_reply(office_voice(services, a.office, lang), a, kind)
                await outbox_store.enqueue(
                    tx,
                    now,
                    a.channel,
                    a.chat_id,
                    reply,
                    ref_kind=store.to_person(a.sensitive),
                    ref_id=a.id,
                    subject=subject_of(a.channel, a.user_id),
                )
                queued += 1
    if queued:
        log.info("queued %d appointment reminder(s)", queued)
        services.outbox.wake()
    return queued
