"""Facts that expire: on a topic's `valid_until` date the staff chat is asked to check it again.

A periodic job. Each topic and date is reminded once (bot/storage/reviews.py, in the transaction
that queues the message), in the staff language, from 08:00 on that day (not in the night); a
date that passed while the bot was down is reminded when it starts. `infopoint check` warns a
month ahead (bot/content/expiry.py).
"""

from __future__ import annotations

import datetime as dt
import logging

from bot.content.expiry import Expiry
from bot.core import markup
from bot.core.flows import Feature, Job
from bot.core.messages import Reply
from bot.core.services import Services
from bot.core.turn import for_staff
from bot.settings.config import Office
from bot.storage import outbox as outbox_store
from bot.storage import reviews as store

log = logging.getLogger(__name__)

REMIND_FROM = dt.time(8, 0)  # local time: a reminder is not worth waking anyone at night
EVERY_SECONDS = 3600


Due = dict[tuple[str, dt.date], tuple[str, Expiry, Office]]


def due(services: Services, today: dt.date) -> Due:
    """(topic, date) -> (the topic's title, the fact, whose staff check it), in that staff's
    language where it exists. The shared topics are the default office's to check (the
    coordinators' in a network); an office's own topics, "<office>/<topic>", its own staff's."""
    settings = services.settings
    found: Due = {}
    for office in settings.offices.values():
        kb = services.kb_of(office.id)
        for code in sorted(kb.languages, key=lambda c: c != office.staff_language):
            for topic in kb.language(code).topics.values():
                own = topic.id in kb.own
                if not own and office.id != settings.default_office:
                    continue
                key = f"{office.id}/{topic.id}" if own and settings.network else topic.id
                for expiry in topic.expires:
                    if expiry.date <= today:
                        found.setdefault((key, expiry.date), (topic.title, expiry, office))
    return found


def reminder(services: Services, title: str, expiry: Expiry, lang: str) -> Reply:
    t = services.t
    what = markup.literal(expiry.what) if expiry.what else t(lang, "review_what_any")
    return Reply(
        t(
            lang,
            "review_due",
            topic=markup.literal(title),
            date=t.date(lang, expiry.date, "long"),
            what=what,
        )
    )


async def remind(services: Services) -> int:
    """The periodic job: queue the reminders due; returns how many were queued."""
    settings = services.settings
    now = services.clock()
    local = now.astimezone(settings.timezone)
    today = local.date() if local.time() >= REMIND_FROM else local.date() - dt.timedelta(days=1)
    queued = 0
    async with services.db.transaction() as tx:
        for (topic, date), (title, expiry, office) in sorted(due(services, today).items()):
            reply = reminder(services, title, expiry, office.staff_language)
            if "/" not in topic and settings.coordinators_chat_id is not None:
                chat: str | None = str(settings.coordinators_chat_id)  # shared content
            else:
                chat, reply = for_staff(office, reply)
            if chat is None:
                continue  # nobody to tell yet: sent once the staff chat is configured
            if not await store.claim(tx, topic, date, now):
                continue
            await outbox_store.enqueue(tx, now, "telegram", chat, reply)
            queued += 1
    if queued:
        log.info("queued %d content review reminder(s)", queued)
        services.outbox.wake()
    return queued


async def run(services: Services) -> None:
    await remind(services)


FEATURE = Feature("review", jobs=(Job("content review reminders", EVERY_SECONDS, run),))

__all__ = ["FEATURE", "remind"]
