"""What a visit (`bookings`) and an appointment (`appointments`) are alike in: a person's time,
active until cancelled. The person's upcoming ones, all of theirs, a cancel; each table's module
reads its rows (bot.storage.bookings, bot.storage.appointments). Reminders:
bot.storage.reminders; moves: bot.storage.moves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

import aiosqlite

from bot.storage import Tx, utc_text
from bot.storage.moves import Table

R = TypeVar("R")
Read = Callable[[aiosqlite.Row], R]


async def upcoming_for(
    tx: Tx, table: Table, read: Read[R], channel: str, user_id: str, now: dt.datetime
) -> list[R]:
    """The person's active ones that have not started, in time order."""
    rows = await tx.fetchall(
        f"SELECT * FROM {table} WHERE channel = ? AND user_id = ? AND status = 'active'"
        " AND starts_at > ? ORDER BY starts_at",
        (channel, user_id, utc_text(now)),
    )
    return [read(r) for r in rows]


async def all_for(tx: Tx, table: Table, read: Read[R], channel: str, user_id: str) -> list[R]:
    """The person's, any status, in time order."""
    rows = await tx.fetchall(
        f"SELECT * FROM {table} WHERE channel = ? AND user_id = ? ORDER BY starts_at",
        (channel, user_id),
    )
    return [read(r) for r in rows]


async def cancel(tx: Tx, table: Table, record_id: int, now: dt.datetime, by: str) -> bool:
    """True when this call cancelled it; False when it was not active (a second tap)."""
    cursor = await tx.execute(
        f"UPDATE {table} SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?"
        " WHERE id = ? AND status = 'active'",
        (utc_text(now), by, record_id),
    )
    return cursor.rowcount == 1
