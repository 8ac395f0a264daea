"""Telegram's limits on every Bot API call: about 30 messages a second for the whole bot, 20 a
minute to a group, about one a second to a person (short bursts allowed, as Telegram's FAQ says),
and its 429s ("retry after") kept where they apply.

A 429 on a call to one chat pauses that chat: until `retry_after` has passed, a call to it fails
at once with the same RetryAfter (no call reaches Telegram), and the callers do what they do on
a 429 (a reply waits in the outbox, which pauses the chat too). A 429 on a call tied to no chat
(a flood of the whole bot) pauses every call the same way. Nothing is retried here, and a 429 is
a warning in the log, not an error.

python-telegram-bot's AIORateLimiter is not used: on any 429 it holds every call of the bot for
`retry_after` (a staff chat's 30 s left every person without an answer for as long) and logs
the last one at ERROR with a traceback. Nor is its `telegram.ext` (ExtBot, Application): the
calls go through the limits in `LimitedBot._do_post`, where ExtBot puts its rate limiter, and
a running bot does without the 60 modules of handlers, filters and persistence it imports
(~2 MB; docs/performance.md, change 80).
`_do_post` is python-telegram-bot's own hook for that (ExtBot overrides it in 22.x); it is not
public API, so pyproject.toml keeps the library below 23 and tests/channels' limits tests
drive it through the fake Bot API server.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Bot
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import RetryAfter

from bot.lazy_imports import aiolimiter_without_metadata

with aiolimiter_without_metadata():
    from aiolimiter import AsyncLimiter

log = logging.getLogger(__name__)

OVERALL_PER_SECOND = 30
GROUP_PER_MINUTE = 20
# To one person: one message a second on average, with bursts of up to PRIVATE_BURST (a person
# tapping through a form gets every answer at once; a backlog of their messages after an outage
# is paced). Telegram tolerates such bursts; sustained faster sending gets 429s.
PRIVATE_BURST = 20
PRIVATE_PERIOD = 20.0
KEPT_CHATS = 4096  # forget idle per-chat limiters beyond this many

Chat = int | str
Result = bool | dict[str, Any] | list[dict[str, Any]]


class Paused(RetryAfter):
    """A call refused here, without reaching Telegram: its chat (or the bot) is paused."""


class TelegramLimits:
    def __init__(self, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.monotonic = monotonic
        self._overall = AsyncLimiter(OVERALL_PER_SECOND, 1)
        self._chats: dict[Chat, AsyncLimiter] = {}
        self._paused: dict[Chat | None, float] = {}  # chat (None: every call) -> when it ends

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None = None,
    ) -> Result:
        chat = _chat(data.get("chat_id"))
        self._refuse_if_paused(chat)
        try:
            if chat is None:  # (answerCallbackQuery, getMe...: not messages)
                return await callback(*args, **kwargs)
            async with self._limiter(chat), self._overall:
                self._refuse_if_paused(chat)  # paused while this call waited for its turn
                return await callback(*args, **kwargs)
        except Paused:
            raise
        except RetryAfter as exc:
            self._pause(chat, endpoint, seconds(exc))
            raise

    def paused_for(self, chat: Chat | None) -> float:
        """Seconds until a call to `chat` (None: to no chat) may reach Telegram again."""
        now = self.monotonic()
        left = max(self._paused.get(None, 0.0), self._paused.get(chat, 0.0)) - now
        for key in [key for key, until in self._paused.items() if until <= now]:
            del self._paused[key]
        return max(0.0, left)

    def _refuse_if_paused(self, chat: Chat | None) -> None:
        left = self.paused_for(chat)
        if left > 0:
            raise Paused(dt.timedelta(seconds=left))

    def _pause(self, chat: Chat | None, endpoint: str, retry_after: float) -> None:
        until = self.monotonic() + retry_after
        self._paused[chat] = max(self._paused.get(chat, 0.0), until)
        if chat is None:
            where = "every call of the bot"
        else:
            where = f"group {chat}" if _is_group(chat) else "a person's chat"  # (no user ids)
        log.warning(
            "Telegram asked to slow down (%s): %s waits %.0f s", endpoint, where, retry_after
        )

    def _limiter(self, chat: Chat) -> AsyncLimiter:
        if len(self._chats) > KEPT_CHATS:
            self._chats = {
                c: limiter
                for c, limiter in self._chats.items()
                if not limiter.has_capacity(limiter.max_rate)
            }
        if chat not in self._chats:
            group = _is_group(chat)
            self._chats[chat] = (
                AsyncLimiter(GROUP_PER_MINUTE, 60)
                if group
                else AsyncLimiter(PRIVATE_BURST, PRIVATE_PERIOD)
            )
        return self._chats[chat]


class LimitedBot(Bot):
    """python-telegram-bot's Bot with every call but getUpdates made within `limits` (as
    ExtBot makes them within its rate limiter, without the rest of ExtBot)."""

    __slots__ = ("limits",)

    def __init__(self, *args: Any, limits: TelegramLimits | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        with self._unfrozen():  # (Bot freezes its attributes once made)
            self.limits = limits

    async def initialize(self) -> None:
        if self.limits is not None:
            await self.limits.initialize()
        await super().initialize()

    async def shutdown(self) -> None:
        if self.limits is not None:
            await self.limits.shutdown()
        await super().shutdown()

    async def _do_post(
        self,
        endpoint: str,
        data: dict[str, Any],
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> Result:
        timeouts = {
            "read_timeout": read_timeout,
            "write_timeout": write_timeout,
            "connect_timeout": connect_timeout,
            "pool_timeout": pool_timeout,
        }
        if endpoint == "getUpdates" or self.limits is None:  # (updates are never limited)
            return await super()._do_post(endpoint, data, **timeouts)
        return await self.limits.process_request(
            super()._do_post, (endpoint, data), timeouts, endpoint, data
        )


def seconds(exc: RetryAfter) -> float:
    """Telegram's `retry_after` in seconds (a timedelta, or an int in older settings)."""
    retry = exc.retry_after
    return retry.total_seconds() if isinstance(retry, dt.timedelta) else float(retry)


def _chat(value: Any) -> Chat | None:
    if value is None:
        return None
    with contextlib.suppress(ValueError, TypeError):
        return int(value)
    return str(value)


def _is_group(chat: Chat) -> bool:
    """Groups and channels: negative ids, or an @username (only they have one to post to)."""
    return isinstance(chat, str) or chat < 0
