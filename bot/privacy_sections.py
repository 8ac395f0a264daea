"""What /mydata shows and /forget deletes: one Section per feature that stores personal data.

To add your feature, write two coroutines and add one line to SECTIONS:

    async def show(turn: Turn) -> str | None
        Markup (a bold title line, then the details; everything the user typed wrapped in
        markup.literal) in turn.lang; None when nothing of this user is stored.
    async def forget(turn: Turn) -> None
        Delete or anonymise this user's data (turn.incoming.channel, turn.incoming.user_id) in
        turn.tx, and queue any staff-chat edits with turn.to_staff(...). Must be safe to run twice.

Both run inside the user's turn (one transaction). The session (language, saved name and phone,
consent) is handled by bot.handlers.privacy itself.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.core.dispatch import Turn
from bot.handlers import booking_privacy, callback_privacy, viber_privacy


@dataclass(frozen=True)
class Section:
    name: str
    show: Callable[[Turn], Awaitable[str | None]]
    forget: Callable[[Turn], Awaitable[None]]


SECTIONS: tuple[Section, ...] = (
    Section("callback_requests", callback_privacy.show, callback_privacy.forget),
    Section("bookings", booking_privacy.show, booking_privacy.forget),
    Section("viber", viber_privacy.show, viber_privacy.forget),
)
