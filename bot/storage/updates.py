"""Updates whose turn has committed, by id: a redelivered update is recognised and skipped."""

from __future__ import annotations

import datetime as dt

from bot.storage import Statement, Tx, utc_text


def record(key: str, now: dt.datetime) -> Statement:
    """Record the update: it changes no row when the update was handled before (`first_time`;
    the core runs it in one trip with loading the session, Tx.batch)."""
    return "INSERT OR IGNORE INTO handled_updates (key, handled_at) VALUES (?, ?)", (
        key,
        utc_text(now),
    )


async def first_time(tx: Tx, key: str, now: dt.datetime) -> bool:
    """Record the update; False when it was handled before (the turn then does nothing)."""
    return (await tx.execute(*record(key, now))).rowcount == 1


async def forget_before(tx: Tx, moment: dt.datetime) -> int:
    cursor = await tx.execute(
        "DELETE FROM handled_updates WHERE handled_at < ?", (utc_text(moment),)
    )
    return int(cursor.rowcount or 0)
