"""A visit (`bookings`) or an appointment (`appointments`) the person moved to another time
is cancelled and a new one made (features/booking/move.py, features/appointments/move.py): the
old one keeps the new one's id (`moved_to`, migration 025), so that a staff reply to the old
card reaches the person about the new time."""

from __future__ import annotations

from typing import Literal

from bot.storage import Tx

Table = Literal["bookings", "appointments"]


async def set_moved(tx: Tx, table: Table, old_id: int, new_id: int) -> None:
    """The person moved `old_id` to another time: it became `new_id`."""
    await tx.execute(f"UPDATE {table} SET moved_to = ? WHERE id = ?", (new_id, old_id))


async def current_id(tx: Tx, table: Table, record_id: int) -> int:
    """The record `record_id` is now: itself, or the one it was moved to (again and again)."""
    for _ in range(20):  # (a chain of moves; a loop cannot be made, but never spin)
        row = await tx.fetchone(f"SELECT moved_to FROM {table} WHERE id = ?", (record_id,))
        if row is None or row["moved_to"] is None:
            break
        record_id = int(row["moved_to"])
    return record_id


async def earlier_ids(tx: Tx, table: Table, record_id: int) -> list[int]:
    """The records moved, one after another, to `record_id`: the one it was moved from, the
    one that was moved from, and so on (none: it was never moved to)."""
    found: list[int] = []
    for _ in range(20):  # (as current_id: never spin)
        row = await tx.fetchone(f"SELECT id FROM {table} WHERE moved_to = ?", (record_id,))
        if row is None:
            break
        record_id = int(row["id"])
        found.append(record_id)
    return found


async def targets(tx: Tx, table: Table, ids: list[int]) -> dict[int, int]:
    """Of the records `ids`, those moved: each one's latest record (moved again and again)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = await tx.fetchall(
        f"SELECT id, moved_to FROM {table} WHERE id IN ({marks}) AND moved_to IS NOT NULL", ids
    )
    return {int(r["id"]): await current_id(tx, table, int(r["moved_to"])) for r in rows}
