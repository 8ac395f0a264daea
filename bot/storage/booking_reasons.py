"""Why staff cancelled a visit at the duty hours (migration 047): a ready reason's code, given
once (bot/features/booking/cancel_why.py), so that the person is told once, whoever presses."""

from __future__ import annotations

from bot.storage import Tx


async def give(tx: Tx, booking_id: int, code: str) -> bool:
    """The reason the person is told for a visit staff cancelled: True the first time only."""
    cursor = await tx.execute(
        "UPDATE bookings SET cancel_reason = ? WHERE id = ? AND status = 'cancelled'"
        " AND cancelled_by = 'staff' AND cancel_reason IS NULL",
        (code, booking_id),
    )
    return cursor.rowcount == 1


async def given(tx: Tx, booking_id: int) -> str | None:
    """The reason given for a visit staff cancelled, if any."""
    row = await tx.fetchone("SELECT cancel_reason FROM bookings WHERE id = ?", (booking_id,))
    return row["cancel_reason"] if row is not None else None
