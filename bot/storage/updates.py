"""Updates whose turn has committed, by id: a redelivered update is recognised and skipped."""

from __future__ import annotations

import datetime as dt

from bot.storage import Tx, utc_text


async def first_time(tx: Tx, key: str, now: dt.datetime) -> bool:
    """Record the update; False when it was handled before (the turn then does nothing)."""
    cursor = await tx.execute(
        "INSERT OR IGNORE INTO handled_updates (key, handled_at) VALUES (?, ?)",
        (key, utc_text(now)),
    )
    return cursor.rowcount == 1


async def forget_before(tx: Tx, moment: dt.datetime) -> int:
    cursor = await tx.execute(
        "DELETE FROM handled_updates WHERE handled_at < ?", (utc_text(moment),)
    )
    return int(cursor.rowcount or 0)
