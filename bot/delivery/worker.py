"""The outbox worker: delivers queued messages with retries, back-off and per-chat rate limits.

Messages are written in the transaction of the action that caused them (the outbox table,
bot.storage.outbox); this worker sends them afterwards through whichever channel adapter owns
the chat. A message is marked delivered only after the platform accepted it, so a crash or an
outage never loses one.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import inspect
import logging
from collections.abc import Awaitable, Callable

from bot.core.messages import Reply
from bot.delivery.errors import NothingToEdit, RetryLater, Sender, Undeliverable
from bot.delivery.limits import RateLimiter
from bot.delivery.signal import OutboxSignal
from bot.storage import Database
from bot.storage import outbox as store

log = logging.getLogger(__name__)

MAX_BACKOFF = 300.0


class OutboxWorker:
    def __init__(
        self,
        db: Database,
        senders: dict[str, Sender],
        clock: Callable[[], dt.datetime],
        *,
        keep_trying_chats: set[str] | None = None,
        # Told of every message dropped as undeliverable (may be a coroutine function).
        on_undeliverable: Callable[[store.Item, str], None | Awaitable[None]] | None = None,
        idle_poll: float = 5.0,
        signal: OutboxSignal | None = None,
    ):
        self.db = db
        self.senders = senders
        self.clock = clock
        # Chats whose errors are never final (the staff chat): requests wait there, not vanish.
        self.keep_trying = keep_trying_chats or set()
        self.on_undeliverable = on_undeliverable
        self.limiter = RateLimiter()
        self.idle_poll = idle_poll
        self.signal = signal or OutboxSignal()
        self._stopping = False

    def wake(self) -> None:
        self.signal.wake()

    async def run_once(self) -> float | None:
        """Deliver what is due; return seconds until something is due again (None: nothing)."""
        async with self.db.transaction() as tx:
            items = await store.due(tx, self.clock(), list(self.senders))
        soonest: float | None = None
        for item in items:
            wait = self.limiter.wait_time(item.chat_id)
            if wait > 0:
                soonest = wait if soonest is None else min(soonest, wait)
                continue
            await self._deliver(item)
        async with self.db.transaction() as tx:
            next_at = await store.next_due_at(tx, list(self.senders))
        if next_at is not None:
            delay = max(0.0, (next_at - self.clock()).total_seconds())
            soonest = delay if soonest is None else min(soonest, delay)
        return soonest

    async def _deliver(self, item: store.Item) -> None:
        sender = self.senders[item.channel]
        try:
            if item.action == "edit":
                async with self.db.transaction() as tx:
                    message_id = await store.message_for(
                        tx, item.channel, item.chat_id, item.ref_kind or "", item.ref_id or 0
                    )
                    waiting = message_id is None and await store.send_pending_for(
                        tx, item.channel, item.chat_id, item.ref_kind or "", item.ref_id or 0
                    )
                if message_id is None and not waiting:
                    # The message was never sent (or its sending failed for good): there is
                    # nothing to edit, and retrying forever would only fill the log.
                    raise NothingToEdit("no message to edit")
                if message_id is None:
                    raise RetryLater(
                        "the message to edit is not delivered yet",
                        max(2.0, _backoff(item.attempts)),
                    )
                self.limiter.record(item.chat_id)
                await sender.edit(item.chat_id, message_id, item.reply)
                new_id = None
            else:
                reply = await self._with_reply_target(item)
                self.limiter.record(item.chat_id)
                new_id = await sender.send(item.chat_id, reply)
        except RetryLater as exc:
            delay = exc.retry_after if exc.retry_after is not None else _backoff(item.attempts)
            log.warning("outbox item %s: %s; retrying in %.1fs", item.id, exc, delay)
            async with self.db.transaction() as tx:
                await store.postpone(
                    tx, item.id, self.clock() + dt.timedelta(seconds=delay), str(exc)
                )
            return
        except Undeliverable as exc:
            async with self.db.transaction() as tx:
                if item.chat_id in self.keep_trying and not isinstance(exc, NothingToEdit):
                    log.error(
                        "outbox item %s: staff chat refused it (%s); will retry", item.id, exc
                    )
                    await store.postpone(
                        tx, item.id, self.clock() + dt.timedelta(seconds=MAX_BACKOFF), str(exc)
                    )
                    return
                log.warning("outbox item %s undeliverable: %s", item.id, exc)
                await store.mark_failed(tx, item.id, self.clock(), str(exc))
            if self.on_undeliverable:
                try:
                    result = self.on_undeliverable(item, str(exc))
                    if inspect.isawaitable(result):
                        await result
                except Exception:
                    log.exception("reporting undeliverable outbox item %s failed", item.id)
            return
        async with self.db.transaction() as tx:
            now = self.clock()
            await store.mark_delivered(tx, item.id, now)
            if new_id is not None and item.ref_kind and item.ref_id is not None:
                await store.remember_message(
                    tx, now, item.channel, item.chat_id, new_id, item.ref_kind, item.ref_id
                )

    async def _with_reply_target(self, item: store.Item) -> Reply:
        """Resolve reply_to_ref to the platform id of that record's message in this chat.

        Not delivered (yet): the message goes out as a plain one rather than wait.
        """
        ref = item.reply.reply_to_ref
        if ref is None or item.reply.reply_to_message_id is not None:
            return item.reply
        async with self.db.transaction() as tx:
            message_id = await store.message_for(tx, item.channel, item.chat_id, ref[0], ref[1])
        return dataclasses.replace(item.reply, reply_to_message_id=message_id)

    async def run(self) -> None:
        """Loop until `stop()`; sleeps until the next due item, a wake-up, or idle_poll."""
        while not self._stopping:
            try:
                delay = await self.run_once()
            except Exception:
                log.exception("outbox worker pass failed")
                delay = self.idle_poll
            timeout = self.idle_poll if delay is None else min(max(delay, 0.05), self.idle_poll)
            self.signal.event.clear()
            try:
                await asyncio.wait_for(self.signal.event.wait(), timeout)
            except TimeoutError:
                pass

    def stop(self) -> None:
        self._stopping = True
        self.signal.wake()


def _backoff(attempts: int) -> float:
    return float(min(2 ** min(attempts, 10), MAX_BACKOFF))
