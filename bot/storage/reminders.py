"""The reminders of a booked visit or appointment (bot.core.reminders): which are due, a day and
an hour before, and that each was sent; the same columns on either table (migrations 003, 012)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

import aiosqlite

from bot.storage import Tx, utc_text
from bot.storage.moves import Table

COLUMNS = {"day": "reminded_day_at", "hour": "reminded_hour_at"}
R = TypeVar("R")


async def due(
    tx: Tx,
    table: Table,
    read: Callable[[aiosqlite.Row], R],
    kind: str,
    now: dt.datetime,
    ahead: dt.timedelta,
) -> list[R]:
    """Active records starting within `ahead` from now whose `kind` reminder is not yet done."""
    column = COLUMNS[kind]
    rows = await tx.fetchall(
        f"SELECT * FROM {table} WHERE status = 'active' AND {column} IS NULL"
        " AND starts_at <= ? ORDER BY starts_at",
        (utc_text(now + ahead),),
    )
    return [read(r) for r in rows]


async def mark(tx: Tx, table: Table, record_id: int, kind: str, now: dt.datetime) -> None:
    column = COLUMNS[kind]
    await tx.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (utc_text(now), record_id))
