"""Updates whose turn has committed, by id: a redelivered update is recognised and skipped."""

from __future__ import annotations

import datetime as dt

from bot.storage import Statement, Tx, utc_text


def record(key: str, now: dt.datetime) -> Statement:
    """Record the update: it changes no row when the update was handled before (the turn then
    does nothing; the core runs it in one trip with loading the session, Tx.batch)."""
    return "INSERT OR IGNORE INTO handled_updates (key, handled_at) VALUES (?, ?)", (
        key,
        utc_text(now),
    )


async def forget_before(tx: Tx, moment: dt.datetime) -> int:
    cursor = await tx.execute(
        "DELETE FROM handled_updates WHERE handled_at < ?", (utc_text(moment),)
    )
    return int(cursor.rowcount or 0)
