"""The reminders of booked appointments with a specialist: which are due (a day and an hour
before), and that each was sent (migration 012's columns). The appointments:
bot.storage.appointments."""

from __future__ import annotations

import datetime as dt

from bot.storage import Tx, utc_text
from bot.storage.appointments import Appointment, from_row

REMINDER_COLUMNS = {"day": "reminded_day_at", "hour": "reminded_hour_at"}


async def reminders_due(
    tx: Tx, kind: str, now: dt.datetime, ahead: dt.timedelta
) -> list[Appointment]:
    column = REMINDER_COLUMNS[kind]
    rows = await tx.fetchall(
        f"SELECT * FROM appointments WHERE status = 'active' AND {column} IS NULL"
        " AND starts_at <= ? ORDER BY starts_at",
        (utc_text(now + ahead),),
    )
    return [from_row(r) for r in rows]


async def mark_reminded(tx: Tx, appointment_id: int, kind: str, now: dt.datetime) -> None:
    column = REMINDER_COLUMNS[kind]
    await tx.execute(
        f"UPDATE appointments SET {column} = ? WHERE id = ?", (utc_text(now), appointment_id)
    )
