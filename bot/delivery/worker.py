"""The outbox worker: delivers queued messages with retries, back-off and per-chat rate limits.

Messages are written in the transaction of the action that caused them (the outbox table,
bot.storage.outbox); this worker sends them afterwards through whichever channel adapter owns
the chat. A message is marked delivered only after the platform accepted it, so a crash or an
outage never loses one.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import logging
from collections.abc import Awaitable, Callable

from bot.core.outgoing import Queued
from bot.delivery import targets
from bot.delivery.errors import NothingToEdit, RetryLater, Sender, Undeliverable
from bot.delivery.limits import RateLimiter
from bot.delivery.marks import Marks
from bot.delivery.signal import OutboxSignal
from bot.storage import Database
from bot.storage import outbox as store

log = logging.getLogger(__name__)

MAX_BACKOFF = 300.0
PASSES = 50  # looks at what is due in one run_once, while each finds something to send


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
        self.paused: dict[str, float] = {}  # chat -> monotonic time its pause (429) ends
        # chats whose replies were handed to the worker, or that it must retry, and may still
        # wait: a later turn's replies there go behind them, not past them (the order a person
        # reads them in); the chats of what the worker is sending now, likewise
        self.behind: set[str] = set()
        self._taken: set[str] = set()
        self._behind_claim: set[str] = set()  # chats waiting for a sender to finish (outlook)
        self.idle_poll = idle_poll
        self.signal = signal or OutboxSignal()
        self._stopping = False
        self.marks = Marks(db, clock)  # what the platform accepted, written down

    def wake(self) -> None:
        self.signal.wake()

    async def run_once(self) -> float | None:
        """Deliver what may go now; return seconds until something may go again (None:
        nothing waits). A chat that is paused (a 429) or at its rate limit is left out of the
        look at what is due, so its backlog holds up no other chat, and its work wakes the
        worker when the chat may send again, not before."""
        channels = list(self.senders)
        for _ in range(PASSES):
            async with self.db.transaction() as tx:
                items = await store.due(tx, self.clock(), channels, skip=self._held())
                self._taken = {item.chat_id for item in items}
            sent = 0
            skipped: list[int] = []
            stopped: set[str] = set()  # chats that send no more in this pass (their order)
            try:
                for item in items:
                    if item.chat_id in stopped or self._wait(item.chat_id) > 0:  # at its limit
                        stopped.add(item.chat_id)
                        skipped.append(item.id)
                        continue
                    if not await self._deliver(item):
                        stopped.add(item.chat_id)
                    sent += 1
            finally:
                self._taken = set()
            if skipped:
                async with self.db.transaction() as tx:
                    await store.unclaim(tx, skipped)
            if not sent or self._stopping:
                break
        held = self._held()
        asked = sorted(self.behind)
        async with self.db.transaction() as tx:
            seen = await store.outlook(tx, self.clock(), channels, list(held), asked)
            self._behind_claim = seen.behind_claim
            # the chats whose handed-over replies have all gone: direct again
            self.behind -= set(asked) - seen.pending
        now = self.clock()
        waits = [
            max(held.get(chat, 0.0) if chat else 0.0, (at - now).total_seconds())
            for chat, at in seen.due.items()
        ]
        return max(0.0, min(waits)) if waits else None

    def _held(self) -> dict[str, float]:
        """Chats that may not send now: seconds until each may."""
        held = self.limiter.busy()
        for chat in list(self.paused):
            if (left := self._paused(chat)) > 0:
                held[chat] = max(held.get(chat, 0.0), left)
        return held

    def _wait(self, chat_id: str) -> float:
        return max(self.limiter.wait_time(chat_id), self._paused(chat_id))

    def _paused(self, chat_id: str) -> float:
        """Seconds this chat is still paused after the platform said to slow down (a 429)."""
        until = self.paused.get(chat_id)
        if until is None:
            return 0.0
        left = until - self.limiter.monotonic()
        if left <= 0:
            del self.paused[chat_id]
            return 0.0
        return left

    async def _deliver(self, item: store.Item) -> bool:
        """Send or edit it; False: it waits for a retry, and so does the rest of its chat."""
        sender = self.senders[item.channel]
        try:
            if item.action == "edit":
                message_id = await targets.edit_target(self.db, item)
                if message_id is None:  # its message is after it (a lower priority): after it
                    delay = max(2.0, _backoff(item.attempts))
                    await self._release(item, delay, "the message to edit is not sent yet", True)
                    return True
                self.limiter.record(item.chat_id)
                await sender.edit(item.chat_id, message_id, item.reply)
                new_id = None
            else:
                reply = await targets.with_reply_target(self.db, item)
                self.limiter.record(item.chat_id)
                new_id = await sender.send(item.chat_id, reply)
        except RetryLater as exc:
            delay = exc.retry_after if exc.retry_after is not None else _backoff(item.attempts)
            if exc.retry_after is not None:  # the whole chat waits, not only this message
                self.paused[item.chat_id] = self.limiter.monotonic() + exc.retry_after
            log.warning("outbox item %s: %s; retrying in %.1fs", item.id, exc, delay)
            self.behind.add(item.chat_id)  # a later turn's replies there go behind it
            await self._release(item, delay, str(exc))
            return False
        except Undeliverable as exc:
            await self._undeliverable(item, exc)
            return True
        await self.marks.one(item, new_id)
        return True

    async def _release(
        self, item: store.Item, delay: float, reason: str, aside: bool = False
    ) -> None:
        async with self.db.transaction() as tx:
            until = self.clock() + dt.timedelta(seconds=delay)
            await store.release(tx, item.id, until, reason, aside=aside)

    async def send_now(self, channel: str, chat_id: str, queued: list[Queued]) -> None:
        """A turn's replies, right after its commit, in order. Each one the platform accepted is
        marked delivered at once, in the background while the next one goes out: a crash
        between "accepted" and "marked" sends it once more after a restart, so that gap is
        kept to one short commit (not the seconds a turn's later replies may wait for the
        chat's rate limit). What cannot go now (a 429, a 5xx, no network) is handed to the
        worker with everything after it, so the order holds and nothing is lost."""
        sender = self.senders.get(channel)
        if self.ahead(chat_id):
            await self.hand_over(chat_id, queued, "behind earlier messages to this chat", None)
            return
        marks: list[asyncio.Task[None]] = []
        try:
            for index, reply in enumerate(queued):
                if sender is None:
                    await self.hand_over(chat_id, queued[index:], f"no sender for {channel}", None)
                    return
                try:
                    self.limiter.record(chat_id)
                    message_id = await sender.send(chat_id, reply.reply)
                except RetryLater as exc:
                    if exc.retry_after is not None:
                        self.paused[chat_id] = self.limiter.monotonic() + exc.retry_after
                    await self.hand_over(chat_id, queued[index:], str(exc), exc.retry_after)
                    return
                except Undeliverable as exc:
                    if reply.item:
                        await self._undeliverable(_item(reply, channel, chat_id), exc)
                    continue
                except Exception as exc:  # a bug or an unexpected answer: the worker retries
                    log.exception("sending a reply failed; the outbox keeps it")
                    await self.hand_over(chat_id, queued[index:], type(exc).__name__, None)
                    return
                if reply.item:
                    marks.append(asyncio.create_task(self.mark_sent([(reply.item, message_id)])))
                if reply.reply.record and message_id:  # a staff reply to it finds the record
                    where = (channel, chat_id, message_id, *reply.reply.record)
                    marks.append(asyncio.create_task(self.marks.remember(*where)))
        finally:
            if marks:
                await asyncio.gather(*marks)

    def ahead(self, chat_id: str) -> bool:
        """Whether earlier messages to this chat wait in the outbox or are being sent by the
        worker: a turn's replies there are handed over to go behind them (`hand_over`)."""
        return chat_id in self.behind or chat_id in self._taken

    async def mark_sent(self, sent: list[tuple[int, str | None]]) -> None:
        """(outbox item, platform message id) pairs the platform accepted; back when they are
        marked (by a group commit: marks.py)."""
        await self.marks.sent(sent)
        if self._behind_claim:  # a chat's messages may wait for these: the worker looks again
            self.wake()

    async def hand_over(
        self, chat_id: str, queued: list[Queued], reason: str, after: float | None
    ) -> None:
        """Held replies the adapter could not send: the worker takes them (after `after` s),
        and the chat's later replies go behind them (`behind`)."""
        ids = [reply.item for reply in queued if reply.item]
        if not ids:
            return
        self.behind.add(chat_id)
        until = self.clock() + dt.timedelta(seconds=after or 0)
        log.warning("%d repl(ies) wait in the outbox: %s", len(ids), reason)
        async with self.db.transaction() as tx:
            for item_id in ids:
                await store.release(tx, item_id, until, reason)
        self.wake()

    async def _undeliverable(self, item: store.Item, exc: Undeliverable) -> None:
        async with self.db.transaction() as tx:
            if (
                item.chat_id in self.keep_trying
                and item.action == "send"
                and not isinstance(exc, NothingToEdit)
            ):
                # a request must reach staff however long the chat refuses it; an edit the
                # platform refuses (a message too old, or not the bot's) never will
                log.error("outbox item %s: staff chat refused it (%s); will retry", item.id, exc)
                until = self.clock() + dt.timedelta(seconds=MAX_BACKOFF)
                await store.release(tx, item.id, until, str(exc), aside=True)  # holds up none
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


def _item(queued: Queued, channel: str, chat_id: str) -> store.Item:
    return store.Item(queued.item, channel, chat_id, "send", queued.reply, None, None, 0, _EPOCH)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _backoff(attempts: int) -> float:
    return float(min(2 ** min(attempts, 10), MAX_BACKOFF))
