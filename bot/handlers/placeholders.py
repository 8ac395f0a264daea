"""Until the callback and booking flows exist, their buttons still lead somewhere useful."""

from __future__ import annotations

from bot.core import Reply
from bot.dispatch import Router, Turn
from bot.handlers.hours import hours_reply


async def _not_yet(turn: Turn, key: str) -> list[Reply]:
    reply = hours_reply(turn)
    reply.text = f"{turn.t(key)}\n\n{reply.text}"
    return [reply]


def register(router: Router) -> None:
    async def callback(turn: Turn, args: list[str] | None = None) -> list[Reply]:
        return await _not_yet(turn, "callback_not_yet")

    async def book(turn: Turn, args: list[str] | None = None) -> list[Reply]:
        return await _not_yet(turn, "booking_not_yet")

    router.commands.setdefault("callback", callback)
    router.payloads.setdefault("cb", callback)
    router.commands.setdefault("book", book)
    router.commands.setdefault("mybookings", book)
    router.payloads.setdefault("bk", book)
