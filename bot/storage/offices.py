"""Records from before offices existed belong to the default office."""

from __future__ import annotations

from bot.storage import Tx

TABLES = ("callback_requests", "bookings", "unanswered")


async def adopt(tx: Tx, default_office: str) -> int:
    """Give every record without an office the default one; returns how many changed."""
    changed = 0
    for table in TABLES:
        cursor = await tx.execute(
            f"UPDATE {table} SET office = ? WHERE office IS NULL",  # noqa: S608 - our names
            (default_office,),
        )
        changed += int(cursor.rowcount or 0)
    return changed
