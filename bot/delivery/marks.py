"""What the platform accepted, written down in the outbox (the worker's and the adapter's
sends, bot.delivery.worker): one message marked delivered at once (`one`), with the reference
a staff reply to it is found by; a turn's replies sent right after its commit marked by a group
commit (`sent`: marks that wait for the database together are written in one transaction, or
ride the commit of the unit that holds it now: docs/performance.md, change 24); a record's
message remembered (`remember`: a staff reply to it finds the record). Marked as soon as
possible: a crash between "accepted" and "marked" sends a message once more after a restart.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable

from bot.storage import Database, message_refs
from bot.storage import outbox as store


class Marks:
    def __init__(self, db: Database, clock: Callable[[], dt.datetime]):
        self.db = db
        self.clock = clock
        self._waiting: list[tuple[int, str | None]] = []  # accepted, waiting to be marked
        self._marking = asyncio.Lock()

    async def one(self, item: store.Item, message_id: str | None) -> None:
        """The platform accepted it: marked at once, to leave as little room as possible for a
        crash between "accepted" and "marked" (which would send it once more after a restart)."""
        async with self.db.transaction() as tx:
            now = self.clock()
            store.mark_delivered(tx, item.id, now, message_id)
            if message_id and item.ref_kind and item.ref_id is not None:
                await message_refs.remember(
                    tx, now, item.channel, item.chat_id, message_id, item.ref_kind, item.ref_id
                )

    async def sent(self, sent: list[tuple[int, str | None]]) -> None:
        """(outbox item, platform message id) pairs the platform accepted; back when they are
        marked. Marks that wait for the database together are written in one transaction (a
        group commit): each is still written at the first moment the database is free, but
        under load one commit marks many replies, not one (docs/performance.md, change 24)."""
        self._waiting.extend(sent)
        async with self._marking:
            if not self._waiting:
                return  # the one before wrote ours with its own
            if not await self._ride():
                async with self.db.transaction() as tx:
                    marks, self._waiting = self._waiting, []
                    store.mark_all_delivered(tx, marks, self.clock())

    async def _ride(self) -> bool:
        """The marks waiting, made with the commit of the unit that holds the database now (a
        turn, under load): no trip of their own, and no later than they would have waited for
        it. False: no unit to ride, or it failed (the marks wait again)."""
        marks, self._waiting = self._waiting, []
        now = self.clock()
        riding = self.db.ride(lambda tx: store.mark_all_delivered(tx, marks, now))
        if riding is not None and await riding:
            return True
        self._waiting[:0] = marks
        return False

    async def remember(
        self, channel: str, chat_id: str, message_id: str, kind: str, ref: int
    ) -> None:
        """A record's message accepted: a staff reply to it finds the record."""
        async with self.db.transaction() as tx:
            await message_refs.remember(tx, self.clock(), channel, chat_id, message_id, kind, ref)
