"""A booked appointment staff cancelled keeping its time open, while its reason is awaited
(migration 045): when the person gets other times anyway if staff choose none
(bot/features/appointments/cancel_late.py). The reason itself: appointments.give_cancel_reason."""

from __future__ import annotations

import datetime as dt

from bot.storage import Tx, utc_text
from bot.storage.appointments import Appointment, from_row


async def await_reason(tx: Tx, appointment_id: int, due: dt.datetime) -> None:
    """Staff have until `due` to choose why they cancelled it."""
    await tx.execute(
        "UPDATE appointments SET reason_due_at = ? WHERE id = ?", (utc_text(due), appointment_id)
    )


async def overdue(tx: Tx, now: dt.datetime) -> list[Appointment]:
    """Cancelled by staff, the time kept open, no reason given, its moment come (oldest first).
    Giving one (appointments.give_cancel_reason, the job's «late» too) takes it off."""
    rows = await tx.fetchall(
        "SELECT * FROM appointments WHERE status = 'cancelled' AND cancelled_by = 'staff'"
        " AND cancel_reason IS NULL AND reason_due_at IS NOT NULL AND reason_due_at <= ?"
        " ORDER BY reason_due_at",
        (utc_text(now),),
    )
    return [from_row(r) for r in rows]
