"""The outbox's way into Telegram: Bot API errors become RetryLater / Undeliverable."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from bot.channels.telegram.limits import seconds
from bot.channels.telegram.render import edit_reply, send_reply
from bot.core.messages import Reply
from bot.delivery.errors import RetryLater, Undeliverable


class TelegramSender:
    """The outbox's way into Telegram: platform errors become RetryLater / Undeliverable."""

    def __init__(self, bot: Bot):
        self.bot = bot

    async def send(self, chat_id: str, reply: Reply) -> str:
        """Replace `reply.edit_message_id` when it can be edited in place, else send anew."""
        if reply.edit_message_id and await self._call(
            edit_reply(self.bot, int(chat_id), int(reply.edit_message_id), reply)
        ):
            return reply.edit_message_id
        message_id = await self._call(send_reply(self.bot, int(chat_id), reply))
        return str(message_id) if message_id else ""

    async def edit(self, chat_id: str, message_id: str, reply: Reply) -> None:
        await self._call(edit_reply(self.bot, int(chat_id), int(message_id), reply))

    @staticmethod
    async def _call(coro: Awaitable[Any]) -> Any:
        try:
            return await coro
        except RetryAfter as exc:
            raise RetryLater("Telegram asked to slow down", seconds(exc)) from None
        except Forbidden as exc:
            raise Undeliverable(f"forbidden: {exc.message}") from None
        except BadRequest as exc:
            raise Undeliverable(f"bad request: {exc.message}") from None
        except NetworkError as exc:  # timeouts, 5xx, connection refused
            raise RetryLater(f"network: {exc.message}") from None
