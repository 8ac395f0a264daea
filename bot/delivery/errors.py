"""What a channel's sender tells the outbox worker when a platform refuses a message."""

from __future__ import annotations

from typing import Protocol

from bot.core.messages import Reply


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
