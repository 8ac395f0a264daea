"""Long polling by hand, so that an update is confirmed only after its turn has committed.

python-telegram-bot's Updater confirms what it fetched at once (the next getUpdates call's
offset), so a crash while an update was being handled lost it. Here the offset confirms only
the updates below the oldest one still being handled; a crash means those come again, and
the ones already handled are recognised by their id (the update key the core stores with the
turn) and skipped.

An update can be confirmed as soon as its turn has committed (its replies are in the outbox, and
go out after a crash), not only once they have been sent: the next long poll, which is how the
next person's update comes in, then waits for the flush of that commit only, not for the
replies and their delivery marks as well (docs/performance.md, change 61).

The updates are a sliding window, not batch after batch: while some are being handled (a slow
search, a reply waiting out a 429) the next ones are fetched and started, as soon as half of
the window (`LIMIT` updates above the offset) has room, or every BUSY_POLL while fewer are
waiting. Batch after batch, one reply Telegram was slow to take held up every update behind
its batch for as long.

An update that cannot be read (updates.py) is skipped and logged by its id only (its content
may hold a person's name); the rest are handled. Updates of one chat are handled in order,
different chats at the same time, up to TURNS_AT_ONCE of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import orjson
from telegram import Bot
from telegram.error import InvalidToken

from bot.channels import tls
from bot.channels.telegram.updates import Unreadable, Update, is_id, read

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "callback_query", "chat_member"]
MAX_PAUSE = 30.0
LIMIT = 100  # the Bot API's most updates per getUpdates
CONFIRM_WAIT = 5.0  # s to confirm the handled updates on the way out
BUSY_POLL = 0.02  # s between looks for new updates while some are being handled
# Updates handled at the same time (different chats; the others wait their turn). More does
# not answer faster (the work is on one core) but costs more: a hundred turns at once queue
# for the HTTP connection pool (16), which rescans its queue at every reply; 8 took 5-10 %
# less CPU per update than 100 in bench/load.py.
TURNS_AT_ONCE = 8


class Poller:
    def __init__(
        self,
        bot: Bot,
        handle: Callable[[Update, Callable[[], None]], Awaitable[None]],
        *,
        timeout: float = 30,
        durable: Callable[[], Awaitable[None]] | None = None,
    ):
        self.bot = bot
        self.handle = handle
        self.timeout = timeout
        # flushes what the handled updates' turns committed to the disk, before they are
        # confirmed (the database's `durable`)
        self.durable = durable
        self._http = tls.Session(
            limit=2, timeout=aiohttp.ClientTimeout(sock_connect=10, sock_read=timeout + 10)
        )
        self.offset: int | None = None
        self._flushed_for: int | None = None  # the offset the last flush was made for
        self.polled = asyncio.Event()  # set at the first getUpdates call (start-up is done)
        self._stopping = False
        self._stopped = asyncio.Event()
        self._fetching: asyncio.Task[list[Any]] | None = None
        # the window: updates at or above the offset taken, and which of them are done
        self._taken: set[int] = set()
        self._done: set[int] = set()
        self._progress = asyncio.Event()  # set whenever an update is done
        self._last: dict[object, asyncio.Task[None]] = {}  # each chat's latest update
        self._tasks: set[asyncio.Task[None]] = set()
        self._full = False  # the last fetch brought LIMIT updates: more may be waiting
        self._turns = asyncio.Semaphore(TURNS_AT_ONCE)

    @property
    def url(self) -> str:
        return f"{self.bot.base_url}/getUpdates"

    async def run(self) -> None:
        pause = 1.0
        while not self._stopping:
            await self._room()
            if self._stopping:
                break
            self._fetching = asyncio.create_task(self._fetch())
            try:
                raw = await self._fetching
            except asyncio.CancelledError:
                if self._stopping:
                    break
                raise
            except InvalidToken:
                raise
            except _Refused as exc:
                log.warning("Telegram refused getUpdates (%s); again in %.0f s", exc, exc.pause)
                await self._sleep(exc.pause)
                continue
            except (aiohttp.ClientError, TimeoutError, ValueError, OSError) as exc:
                # any other OSError: the database could not be flushed, nothing is confirmed
                reach = isinstance(exc, aiohttp.ClientError | TimeoutError | ValueError)
                what = (
                    f"cannot reach Telegram ({type(exc).__name__})"
                    if reach
                    else f"cannot flush the database to the disk ({exc}): nothing confirmed"
                )
                log.log(
                    logging.WARNING if reach else logging.ERROR, "%s; again in %.0f s", what, pause
                )
                await self._sleep(pause)
                pause = min(pause * 2, MAX_PAUSE)
                continue
            pause = 1.0
            self._full = len(raw) >= LIMIT
            if raw:
                self._take(raw)
        if self._tasks:  # stopping: what was started is finished first
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        self._advance()

    async def stop(self) -> None:
        """Stop fetching; the updates being handled are finished first. The handled updates
        are confirmed on the way out, so a restart does not fetch them again."""
        self._stopping = True
        self._stopped.set()
        self._progress.set()
        if self._fetching is not None and not self._fetching.done():
            self._fetching.cancel()
        if self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        self._advance()
        if self.offset is not None and await self._flushed():
            # not confirming is safe (the updates come again and are recognised by their id),
            # so a Telegram slow to answer does not hold up the stop
            with contextlib.suppress(
                aiohttp.ClientError, _Refused, InvalidToken, ValueError, TimeoutError
            ):
                await asyncio.wait_for(
                    self._post({"offset": self.offset, "timeout": 0, "limit": 1}), CONFIRM_WAIT
                )
        await self._http.close()

    async def _flushed(self) -> bool:
        """The handled updates' commits flushed to the disk (False: they cannot be now)."""
        try:
            if self.durable is not None:
                await self.durable()
        except OSError as exc:
            log.error("cannot flush the database to the disk (%s): nothing confirmed", exc)
            return False
        return True

    async def _fetch(self) -> list[Any]:
        # a long poll only when nothing is being handled: otherwise the window's own updates
        # are still there to be returned, and the call comes back at once anyway
        timeout = 0 if self._taken else int(self.timeout)
        body: dict[str, Any] = {"timeout": timeout, "allowed_updates": ALLOWED_UPDATES}
        offset = self.offset
        if offset is not None:
            body["offset"] = offset  # before the flush: what it confirms is flushed
            # a look whose offset confirms nothing new needs no flush (what commits meanwhile,
            # a reply's delivery mark, is flushed before the next offset that confirms more)
            if self.durable is not None and offset != self._flushed_for:
                await self.durable()
                self._flushed_for = offset
        self.polled.set()
        return await self._post(body)

    async def _post(self, body: dict[str, Any]) -> list[Any]:
        async with self._http.get().post(self.url, json=body) as response:
            status, content = response.status, await response.read()
        if status in (401, 404):
            raise InvalidToken()
        try:
            data = orjson.loads(content)  # (up to 100 updates: orjson reads them in half the time)
        except ValueError:
            raise _Refused(f"HTTP {status}", 5.0) from None
        if not isinstance(data, dict) or not data.get("ok"):
            found = data if isinstance(data, dict) else {}
            retry = (found.get("parameters") or {}).get("retry_after")
            pause = float(retry) if isinstance(retry, int | float) else 5.0
            raise _Refused(str(found.get("description", status)), pause)
        result = data.get("result")
        return result if isinstance(result, list) else []

    async def _room(self) -> None:
        """Wait until there may be new updates to take: at once when nothing is being handled
        (a long poll follows) or the last fetch was full and half the window is free; else
        after BUSY_POLL, so that a slow update does not hold up the next person's."""
        deadline = asyncio.get_running_loop().time() + BUSY_POLL
        while True:
            self._advance()
            busy = len(self._taken) - len(self._done)
            if self._stopping or not busy:
                return
            room = len(self._taken) <= LIMIT // 2
            if room and self._full:
                return
            self._progress.clear()
            if not room:
                await self._progress.wait()
                continue
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._progress.wait(), left)

    def _advance(self) -> None:
        """The offset to the oldest update still being handled (all below it are done)."""
        if not self._taken:
            return
        waiting = self._taken - self._done
        offset = min(waiting) if waiting else max(self._taken) + 1
        self._taken = {i for i in self._taken if i >= offset}
        self._done = {i for i in self._done if i >= offset}
        self.offset = offset

    def _take(self, raw: list[Any]) -> None:
        """Start the updates not yet taken; one chat's in the order they came."""
        for item in raw:
            found = item.get("update_id") if isinstance(item, dict) else None
            if not is_id(found):
                continue
            update_id = found
            if update_id in self._taken or (self.offset is not None and update_id < self.offset):
                continue
            self._taken.add(update_id)
            update = self._read(item)
            if update is None:
                self._finished(update_id)
                continue
            key = update.chat_id
            task = asyncio.create_task(self._handle_after(self._last.get(key), key, update))
            self._last[key] = task
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _handle_after(
        self, before: asyncio.Task[None] | None, chat: object, update: Update
    ) -> None:
        confirmable = False

        def committed() -> None:
            """The update's turn committed (its replies are in the outbox): it may be
            confirmed, while its replies are still going out."""
            nonlocal confirmable
            if not confirmable:
                confirmable = True
                self._finished(update.id)

        try:
            if before is not None:
                await asyncio.wait([before])
            try:
                async with self._turns:
                    await self.handle(update, committed)
            except Exception:
                log.exception("handling update %s failed", update.id)
        finally:
            if self._last.get(chat) is asyncio.current_task():  # the chat's latest: none waits
                del self._last[chat]
            committed()

    def _finished(self, update_id: int) -> None:
        self._done.add(update_id)
        self._progress.set()

    def _read(self, item: Any) -> Update | None:
        try:
            return read(item)
        except Unreadable:  # skip it, by id only: its content may hold a person's name
            log.warning("skipped update %s: it cannot be read", item.get("update_id"))
            return None

    async def _sleep(self, seconds: float) -> None:
        """A pause that ends early when the bot stops."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopped.wait(), seconds)


class _Refused(Exception):
    def __init__(self, reason: str, pause: float):
        super().__init__(reason)
        self.pause = pause
