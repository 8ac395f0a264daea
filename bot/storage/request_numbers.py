"""A callback or help request found by its number as staff read it (T3: a callback request's
third, P3: a help request's): each kind is numbered on its own since migration 052, its
numbers given in requests.create."""

from __future__ import annotations

from bot.storage import Tx
from bot.storage.requests import Request, _request


async def numbered(tx: Tx, helps: bool, number: int) -> Request | None:
    """The callback request (`helps` False: «T3») or help request («P3») of that number."""
    row = await tx.fetchone(
        "SELECT * FROM callback_requests WHERE number = ? AND (service IS NOT NULL) = ?",
        (number, int(helps)),
    )
    return _request(row) if row else None
