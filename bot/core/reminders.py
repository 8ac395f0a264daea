"""The reminders of a booked record (a visit, an appointment): the day before (24 hours ahead)
and an hour before, in the person's language. A periodic job of each feature: which reminders
are done is stored on the record in the same transaction that queues the message, so a restart
neither loses nor repeats one; a reminder that could no longer be useful (booked inside its
window, or the bot was down), or one whose person is forgotten, is marked done and not sent.
Each feature says in a `Reminders` which table holds its records and what a reminder says."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

import aiosqlite

from bot.core import moved
from bot.core.messages import Reply
from bot.core.services import Services
from bot.core.turn import subject_of
from bot.storage import outbox as outbox_store
from bot.storage import reminders as store
from bot.storage import sessions as session_store
from bot.storage.moves import Table

log = logging.getLogger(__name__)

# kind -> (how long before the record it is due, the latest it is still worth sending)
KINDS: dict[str, tuple[dt.timedelta, dt.timedelta]] = {
    "day": (dt.timedelta(hours=24), dt.timedelta(hours=2)),
    "hour": (dt.timedelta(hours=1), dt.timedelta(minutes=5)),
}


class Record(moved.Record, Protocol):
    """What is reminded of: a visit, an appointment (what is moved, and more)."""

    @property
    def chat_id(self) -> str: ...

    @property
    def language(self) -> str: ...

    @property
    def created_at(self) -> dt.datetime: ...


R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class Reminders(Generic[R]):
    """One feature's reminders."""

    what: str  # in the log: «queued 2 visit reminder(s)»
    table: Table
    read: Callable[[aiosqlite.Row], R]  # a record from its row
    reply: Callable[[Services, R, str, str], Reply]  # (services, record, language, kind)
    ref_kind: Callable[[R], str]  # undelivered: reported naming the record

    async def send_due(self, services: Services) -> None:
        """The periodic job."""
        await self.queue_due(services)

    async def queue_due(self, services: Services) -> int:
        """Queue every due reminder; returns how many were queued."""
        now = services.clock()
        queued = 0
        async with services.db.transaction() as tx:
            for kind, (ahead, latest) in KINDS.items():
                for record in await store.due(tx, self.table, self.read, kind, now, ahead):
                    await store.mark(tx, self.table, record.id, kind, now)
                    booked_inside = record.created_at > record.starts_at - ahead
                    if booked_inside or now > record.starts_at - latest or not record.user_id:
                        continue
                    session = await session_store.find(tx, record.channel, record.user_id)
                    lang = (session.language if session else None) or record.language
                    await outbox_store.enqueue(
                        tx,
                        now,
                        record.channel,
                        record.chat_id,
                        self.reply(services, record, lang, kind),
                        ref_kind=self.ref_kind(record),
                        ref_id=record.id,
                        subject=subject_of(record.channel, record.user_id),
                    )
                    queued += 1
        if queued:
            log.info("queued %d %s reminder(s)", queued, self.what)
            services.outbox.wake()
        return queued
