"""Long polling by hand, so that an update is confirmed only after its turn has committed.

python-telegram-bot's Updater confirms what it fetched at once (the next getUpdates call's
offset), so a crash while an update was being handled lost it. Here the offset moves past a
batch only when every update in it has been handled; a crash means the batch comes again, and
the updates already handled are recognised by their id (bot.storage.updates) and skipped.

An update the library cannot read is skipped and logged by its id only (its content may hold a
person's name); the rest of its batch is handled. Updates of one chat are handled in order,
different chats at the same time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from telegram import Bot, Update
from telegram.error import InvalidToken

from bot.channels import tls

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "callback_query", "chat_member"]
MAX_PAUSE = 30.0


class Poller:
    def __init__(
        self,
        bot: Bot,
        handle: Callable[[Update], Awaitable[None]],
        *,
        timeout: float = 30,
        http: httpx.AsyncClient | None = None,
    ):
        self.bot = bot
        self.handle = handle
        self.timeout = timeout
        self.http = http or httpx.AsyncClient(
            timeout=httpx.Timeout(timeout + 10, connect=10), verify=tls.context()
        )
        self.offset: int | None = None
        self.polled = asyncio.Event()  # set at the first getUpdates call (start-up is done)
        self._stopping = False
        self._stopped = asyncio.Event()
        self._fetching: asyncio.Task[list[Any]] | None = None

    @property
    def url(self) -> str:
        return f"{self.bot.base_url}/getUpdates"

    async def run(self) -> None:
        pause = 1.0
        while not self._stopping:
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
            except (httpx.HTTPError, ValueError) as exc:
                log.warning(
                    "cannot reach Telegram (%s); again in %.0f s", type(exc).__name__, pause
                )
                await self._sleep(pause)
                pause = min(pause * 2, MAX_PAUSE)
                continue
            pause = 1.0
            if raw:
                await self._batch(raw)

    async def stop(self) -> None:
        """Stop fetching; a batch being handled is finished first. The handled updates are
        confirmed on the way out, so a restart does not fetch them again."""
        self._stopping = True
        self._stopped.set()
        if self._fetching is not None and not self._fetching.done():
            self._fetching.cancel()
        if self.offset is not None:
            with contextlib.suppress(httpx.HTTPError, _Refused, InvalidToken, ValueError):
                await self._post({"offset": self.offset, "timeout": 0, "limit": 1})
        await self.http.aclose()

    async def _fetch(self) -> list[Any]:
        body: dict[str, Any] = {"timeout": int(self.timeout), "allowed_updates": ALLOWED_UPDATES}
        if self.offset is not None:
            body["offset"] = self.offset
        self.polled.set()
        return await self._post(body)

    async def _post(self, body: dict[str, Any]) -> list[Any]:
        response = await self.http.post(self.url, json=body)
        if response.status_code in (401, 404):
            raise InvalidToken()
        try:
            data = json.loads(response.content)
        except ValueError:
            raise _Refused(f"HTTP {response.status_code}", 5.0) from None
        if not isinstance(data, dict) or not data.get("ok"):
            found = data if isinstance(data, dict) else {}
            retry = (found.get("parameters") or {}).get("retry_after")
            pause = float(retry) if isinstance(retry, int | float) else 5.0
            raise _Refused(str(found.get("description", response.status_code)), pause)
        result = data.get("result")
        return result if isinstance(result, list) else []

    async def _batch(self, raw: list[Any]) -> None:
        by_chat: dict[object, list[Update]] = defaultdict(list)
        for item in raw:
            update = self._read(item)
            if update is not None:
                chat = update.effective_chat
                by_chat[chat.id if chat else None].append(update)
        await asyncio.gather(*(self._in_order(updates) for updates in by_chat.values()))
        ids = [i["update_id"] for i in raw if isinstance(i, dict) and _is_id(i.get("update_id"))]
        if ids:
            self.offset = max(ids) + 1

    def _read(self, item: Any) -> Update | None:
        update_id = item.get("update_id") if isinstance(item, dict) else None
        try:
            return Update.de_json(item, self.bot)
        except Exception:  # noqa: BLE001 - whatever the library chokes on: skip it, by id only
            log.warning("skipped update %s: python-telegram-bot cannot read it", update_id)
            return None

    async def _in_order(self, updates: list[Update]) -> None:
        for update in updates:
            try:
                await self.handle(update)
            except Exception:
                log.exception("handling update %s failed", update.update_id)

    async def _sleep(self, seconds: float) -> None:
        """A pause that ends early when the bot stops."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopped.wait(), seconds)


class _Refused(Exception):
    def __init__(self, reason: str, pause: float):
        super().__init__(reason)
        self.pause = pause


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
