"""Appointment requests' personal data: /forget deletes the person's, retention blanks the
need, name, phone, note and whose it was once a request is old (its office's cutoff), and withdraws
one still open then (bot.features.appointments.privacy)."""

from __future__ import annotations

from bot.storage import Tx
from bot.storage.appointment_requests import Request, from_row
from bot.storage.retention import Cutoffs


async def forget_person(tx: Tx, channel: str, user_id: str) -> int:
    cursor = await tx.execute(
        "DELETE FROM appointment_requests WHERE channel = ? AND user_id = ?", (channel, user_id)
    )
    return cursor.rowcount


def _old(cutoffs: Cutoffs) -> tuple[str, tuple[str, ...]]:
    """Closed since before its office's cutoff, or open and untouched since before it (staff
    writing to the person about it touches it)."""
    cut, params = cutoffs.sql("office")
    touched = "MAX(created_at, COALESCE(decided_at, ''), COALESCE(last_staff_at, ''))"
    return f"forgotten = 0 AND COALESCE(closed_at, {touched}) < {cut}", params


async def to_forget(tx: Tx, cutoffs: Cutoffs) -> list[Request]:
    old, params = _old(cutoffs)
    rows = await tx.fetchall(f"SELECT * FROM appointment_requests WHERE {old}", params)
    return [from_row(r) for r in rows]


async def forget_older_than(tx: Tx, cutoffs: Cutoffs) -> int:
    """Retention: the need, name, phone, note and whose it was go; an open request is withdrawn."""
    old, params = _old(cutoffs)
    cursor = await tx.execute(
        "UPDATE appointment_requests SET name = NULL, phone = NULL, description = NULL,"
        " for_child = 0, note = NULL,"
        " user_id = '', chat_id = '', reason_text = NULL, forgotten = 1,"
        " status = CASE WHEN status IN ('pending', 'offered') THEN 'withdrawn' ELSE status END"
        f" WHERE {old}",
        params,
    )
    return cursor.rowcount
