"""What /forget and retention do to appointments with a specialist (bot.storage.appointments):
the person's rows deleted; or, once over, whose they were (name, phone, ids) blanked."""

from __future__ import annotations

from bot.storage import Tx, retention
from bot.storage.appointments import Appointment, from_row
from bot.storage.retention import Cutoffs


async def forget_person(tx: Tx, channel: str, user_id: str) -> int:
    """/forget: delete every appointment of the person (future ones free their seat)."""
    cursor = await tx.execute(
        "DELETE FROM appointments WHERE channel = ? AND user_id = ?", (channel, user_id)
    )
    return cursor.rowcount


async def to_forget(tx: Tx, cutoffs: Cutoffs) -> list[Appointment]:
    """Appointments that still hold a name or phone and are over since before their office's
    cutoff."""
    over, params = retention.over(cutoffs)
    rows = await tx.fetchall(
        f"SELECT * FROM appointments WHERE (name IS NOT NULL OR phone IS NOT NULL) AND {over}",
        params,
    )
    return [from_row(r) for r in rows]


async def forget_older_than(tx: Tx, cutoffs: Cutoffs) -> int:
    """Retention: appointments over since before their office's cutoff lose name, phone, note,
    «for a child» and whose they were (kept as anonymous counts per service and specialist)."""
    over, params = retention.over(cutoffs)
    cursor = await tx.execute(
        "UPDATE appointments SET name = NULL, phone = NULL, user_id = '', chat_id = '',"
        " for_child = 0, note = NULL"
        f" WHERE (name IS NOT NULL OR phone IS NOT NULL OR user_id != '') AND {over}",
        params,
    )
    return cursor.rowcount
