"""A callback or help request's details rewritten after it was made: the same person's other
requests it names (bot.features.callback.linked), a note the person added (noting.py)."""

from __future__ import annotations

from bot.storage import Tx
from bot.storage.requests import Detail, _column, get


async def set_details(tx: Tx, request_id: int, details: tuple[Detail, ...]) -> None:
    """The request's details rewritten (the same person's other requests it names, say)."""
    await tx.execute(
        "UPDATE callback_requests SET details = ? WHERE id = ? AND forgotten_at IS NULL",
        (_column(details), request_id),
    )


async def add_detail(tx: Tx, request_id: int, detail: Detail) -> None:
    """`detail` added to the request's (a note the person added to it); none once forgotten."""
    request = await get(tx, request_id)
    if request is not None and not request.forgotten:
        details = _column((*request.details, detail))
        await tx.execute(
            "UPDATE callback_requests SET details = ? WHERE id = ?", (details, request_id)
        )
