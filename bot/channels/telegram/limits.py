"""Telegram's limits on every Bot API call: about 30 messages a second for the whole bot, 20 a
minute to a group, about one a second to a person (short bursts allowed, as Telegram's FAQ says).

python-telegram-bot's AIORateLimiter keeps the first two, and on a 429 ("retry after") it holds
every request of the bot for that long and tries once more; the per-person pace is added here.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.ext import AIORateLimiter

# To one person: one message a second on average, with bursts of up to PRIVATE_BURST (a person
# tapping through a form gets every answer at once; a backlog of their messages after an outage
# is paced). Telegram tolerates such bursts; sustained faster sending gets 429s.
PRIVATE_BURST = 20
PRIVATE_PERIOD = 20.0
KEPT_CHATS = 4096  # forget idle per-person limiters beyond this many


class TelegramLimits(AIORateLimiter):
    def __init__(self) -> None:
        super().__init__(
            overall_max_rate=30,
            overall_time_period=1,
            group_max_rate=20,
            group_time_period=60,
            max_retries=1,
        )
        self._people: dict[int, AsyncLimiter] = {}

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        chat = data.get("chat_id")
        if isinstance(chat, int) and chat > 0:
            async with self._person(chat):
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
        return await super().process_request(
            callback, args, kwargs, endpoint, data, rate_limit_args
        )

    def _person(self, chat: int) -> AsyncLimiter:
        if len(self._people) > KEPT_CHATS:
            self._people = {
                c: limiter
                for c, limiter in self._people.items()
                if not limiter.has_capacity(PRIVATE_BURST)
            }
        if chat not in self._people:
            self._people[chat] = AsyncLimiter(PRIVATE_BURST, PRIVATE_PERIOD)
        return self._people[chat]
