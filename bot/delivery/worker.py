"""The outbox worker: delivers queued messages with retries, back-off and per-chat rate limits.

Messages are written in the transaction of the action that caused them (bot.storage.outbox);
this worker sends them afterwards through whichever channel adapter owns the chat. A message is
marked delivered only after the platform accepted it, so a crash or an outage never loses one.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import datetime as dt
import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Protocol

from bot.core.messages import Reply
from bot.storage import Database
from bot.storage import outbox as store

log = logging.getLogger(__name__)

GROUP_PER_MINUTE = 20  # Telegram: at most 20 messages a minute to one group
PRIVATE_PER_SECOND = 1
MAX_BACKOFF = 300.0


class RetryLater(Exception):
    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.retry_after = retry_after


class Undeliverable(Exception):
    """The platform will never accept this message (user blocked the bot, unsubscribed...)."""


class NothingToEdit(Undeliverable):
    """An edit of a message that was never sent: final, even in the staff chat."""


class Sender(Protocol):
    async def send(self, chat_id: str, reply: Reply) -> str: ...

    async def edit(self, chat_id: str, message_id: str, reply: Reply) -> None: ...


class RateLimiter:
    """Sliding windows per chat; `monotonic` is injectable for tests of bursts."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic):
        self.monotonic = monotonic
        self.sent: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)

    def _limit(self, chat_id: str) -> tuple[int, float]:
        return (GROUP_PER_MINUTE, 60.0) if chat_id.startswith("-") else (PRIVATE_PER_SECOND, 1.0)

    def wait_time(self, chat_id: str) -> float:
        count, window = self._limit(chat_id)
        stamps = self.sent[chat_id]
        now = self.monotonic()
        while stamps and now - stamps[0] >= window:
            stamps.popleft()
        return 0.0 if len(stamps) < count else window - (now - stamps[0])

    def record(self, chat_id: str) -> None:
        self.sent[chat_id].append(self.monotonic())


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
    ):
        self.db = db
        self.senders = senders
        self.clock = clock
        # Chats whose errors are never final (the staff chat): requests wait there, not vanish.
        self.keep_trying = keep_trying_chats or set()
        self.on_undeliverable = on_undeliverable
        self.limiter = RateLimiter()
        self.idle_poll = idle_poll
        self._wake = asyncio.Event()
        self._stopping = False

    def wake(self) -> None:
        self._wake.set()

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
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), timeout)
            except TimeoutError:
                pass

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()


def _backoff(attempts: int) -> float:
    return float(min(2 ** min(attempts, 10), MAX_BACKOFF))
