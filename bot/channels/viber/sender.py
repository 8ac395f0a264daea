"""The outbox's way into Viber: Viber's statuses become RetryLater / Undeliverable."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable

from bot.channels.viber.adapter import ViberChannel
from bot.channels.viber.client import (
    NEVER,
    NOT_SUBSCRIBED,
    OUR_MISTAKE,
    TOO_MANY_REQUESTS,
    ViberApiError,
    ViberUnreachable,
)
from bot.core.messages import Reply
from bot.delivery.errors import RetryLater, Undeliverable
from bot.storage import viber as store

log = logging.getLogger(__name__)


class ViberSender:
    """The outbox's way into Viber: statuses become RetryLater / Undeliverable."""

    def __init__(self, channel: ViberChannel):
        self.channel = channel

    async def send(self, chat_id: str, reply: Reply) -> str:
        channel = self.channel
        async with channel.db.transaction() as tx:
            user = await store.get(tx, chat_id)
        if user is not None and not user.subscribed:
            raise Undeliverable("the person unsubscribed from the bot on Viber")
        token = ""
        for body in await channel.bodies(chat_id, [reply], keep=True):
            token = await self._call(chat_id, functools.partial(channel.client.send, chat_id, body))
        return token

    async def edit(self, chat_id: str, message_id: str, reply: Reply) -> None:
        # Viber cannot edit a sent message: the new version is sent as a new one.
        await self.send(chat_id, reply)

    async def _call(self, chat_id: str, make: Callable[[], Awaitable[str]]) -> str:
        try:
            return str(await make())
        except ViberUnreachable as exc:
            raise RetryLater(f"network: {type(exc).__name__}") from None
        except ViberApiError as exc:
            if exc.status == TOO_MANY_REQUESTS:
                raise RetryLater("Viber asked to slow down", 30.0) from None
            if exc.status in NEVER:
                if exc.status == NOT_SUBSCRIBED:
                    async with self.channel.db.transaction() as tx:
                        await store.unsubscribe(tx, chat_id, self.channel.clock())
                raise Undeliverable(str(exc)) from None
            if exc.status in OUR_MISTAKE:
                log.error("Viber refused a message as malformed: %s", exc)
                raise Undeliverable(str(exc)) from None
            log.error("Viber refused the bot (%s): check VIBER_AUTH_TOKEN and the account", exc)
            raise RetryLater(str(exc)) from None
