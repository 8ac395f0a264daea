"""Which topics staff were reminded to check again, per `valid_until` date (bot/features/review)."""

from __future__ import annotations

import datetime as dt

from bot.storage import Tx, utc_text


async def claim(tx: Tx, topic: str, valid_until: dt.date, now: dt.datetime) -> bool:
    """Record the reminder for `topic` and `valid_until`; False when it was already sent."""
    cursor = await tx.execute(
        "INSERT OR IGNORE INTO content_reviews (topic, valid_until, reminded_at) VALUES (?, ?, ?)",
        (topic, valid_until.isoformat(), utc_text(now)),
    )
    return cursor.rowcount == 1


async def reminded(tx: Tx) -> list[tuple[str, dt.date]]:
    rows = await tx.fetchall("SELECT topic, valid_until FROM content_reviews ORDER BY valid_until")
    return [(row["topic"], dt.date.fromisoformat(row["valid_until"])) for row in rows]
