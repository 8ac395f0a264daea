"""A reminder before each meeting (a day ahead) to everyone enrolled, in their language.

A periodic job. Which reminders are done is stored per enrolment and meeting in the same
transaction that queues the message, so a restart neither loses nor repeats one. A reminder that
could no longer help (the bot was down until shortly before the meeting) or that the person does
not need (they took their seat less than a day before it) is marked done without being sent.
"""

from __future__ import annotations

import datetime as dt
import logging

from bot.core.services import Services
from bot.features.courses.course import every
from bot.features.courses.views import person_voice, reminder_reply
from bot.features.courses.waiting import Out
from bot.storage import courses as records
from bot.storage import enrolments as store

log = logging.getLogger(__name__)

AHEAD = dt.timedelta(hours=24)  # when it is due
LATEST = dt.timedelta(hours=2)  # the latest it is still worth sending


async def send_reminders(services: Services) -> None:
    """The periodic job."""
    await queue_reminders(services)


async def queue_reminders(services: Services) -> int:
    """Queue every due reminder; returns how many were queued."""
    now = services.clock()
    async with services.db.transaction() as tx:
        out = Out(services, tx, now)
        for course in every(services.settings):
            for meeting in course.meetings:
                if not now < meeting.start <= now + AHEAD:
                    continue
                told: set[tuple[str, str]] = set()  # a family's parts: one reminder
                for enrolment in await store.enrolled_in(tx, course.office.id, course.id):
                    if not await records.mark_reminded(tx, enrolment.id, meeting.day, now):
                        continue
                    seated = enrolment.enrolled_at or enrolment.created_at
                    if seated > meeting.start - AHEAD or now > meeting.start - LATEST:
                        continue
                    who = (enrolment.channel, enrolment.user_id or f"#{enrolment.id}")
                    if who in told:
                        continue
                    told.add(who)
                    v = await person_voice(services, tx, enrolment)
                    await out.send(enrolment, reminder_reply(v, course, meeting))
    if out.queued:
        log.info("queued %d course reminder(s)", out.queued)
        services.outbox.wake()
    return out.queued
