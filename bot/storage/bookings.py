"""Bookings of visits: creation under the database's capacity rule, cancellation. Reminders:
bot.storage.reminders."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

import aiosqlite

from bot.storage import Tx, booked, from_utc_text, maybe_utc_text, retention, utc_text
from bot.storage.retention import Cutoffs

REF = "booking"  # outbox and message_refs: the staff message that shows a booking
# Writing both ways about a visit (bot.features.booking.thread): what the person wrote, relayed
# to the staff chat; a staff member's reply there; a staff message in the person's chat.
REF_THREAD = "booking_thread"
REF_STAFF_REPLY = "booking_staff_reply"
REF_PERSON = "booking_person"
REF_LOOK = "booking_look"  # the card shown again (/requests): a reply to it reaches the person


class SlotFull(Exception):
    """The slot has no seat left (or its duty was cancelled): the database refused the booking."""


class AlreadyHeld(Exception):
    """This person already holds this very slot."""


@dataclass(frozen=True)
class Booking:
    id: int
    channel: str
    user_id: str
    chat_id: str
    language: str
    place: str
    day: dt.date
    starts_at: dt.datetime
    ends_at: dt.datetime
    topic: str
    name: str | None
    phone: str | None
    status: str
    created_at: dt.datetime
    cancelled_by: str | None
    office: str = ""
    description: str | None = None  # topic 'other': what it is about, as the person wrote it
    thread_at: dt.datetime | None = None  # staff last wrote to the person (a reply to the card)
    staff_wrote_by: str | None = None  # ... who did (migration 022)
    last_person_at: dt.datetime | None = None  # the person last wrote back to staff
    visit_language: str | None = None  # the visit's language, as asked (migration 036)
    note: str | None = None  # typed at the summary for staff (migration 046)
    came: bool | None = None  # the person came, as staff marked it; None: not marked (050)
    came_asked_at: dt.datetime | None = None  # its card asks it since (051: came_card.py)

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True)
class NewBooking:
    channel: str
    user_id: str
    chat_id: str
    language: str
    place: str
    day: dt.date
    starts_at: dt.datetime
    ends_at: dt.datetime
    topic: str
    name: str
    phone: str
    office: str
    description: str | None = None
    visit_language: str | None = None
    note: str | None = None


async def create(tx: Tx, now: dt.datetime, new: NewBooking, capacity: int) -> int:
    """Insert a booking; the trigger in migration 003 refuses it when the slot is full.

    SQLite undoes just the refused statement, so the caller's transaction stays usable.
    """
    start = utc_text(new.starts_at)
    await tx.execute(
        "INSERT INTO booking_slots (place, starts_at, capacity) VALUES (?, ?, ?)"
        " ON CONFLICT (place, starts_at) DO UPDATE SET capacity = excluded.capacity",
        (new.place, start, capacity),
    )
    try:
        return await tx.insert(
            "INSERT INTO bookings (channel, user_id, chat_id, language, place, day, starts_at,"
            " ends_at, topic, name, phone, created_at, office, description, visit_language, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new.channel,
                new.user_id,
                new.chat_id,
                new.language,
                new.place,
                new.day.isoformat(),
                start,
                utc_text(new.ends_at),
                new.topic,
                new.name,
                new.phone,
                utc_text(now),
                new.office,
                new.description,
                new.visit_language,
                new.note,
            ),
        )
    except sqlite3.IntegrityError as exc:
        if "booking:" in str(exc):
            raise SlotFull(str(exc)) from None
        if "UNIQUE" in str(exc):
            raise AlreadyHeld() from None
        raise


async def get(tx: Tx, booking_id: int) -> Booking | None:
    row = await tx.fetchone("SELECT * FROM bookings WHERE id = ?", (booking_id,))
    return from_row(row) if row else None


async def upcoming_for(tx: Tx, channel: str, user_id: str, now: dt.datetime) -> list[Booking]:
    return await booked.upcoming_for(tx, "bookings", from_row, channel, user_id, now)


async def all_for(tx: Tx, channel: str, user_id: str) -> list[Booking]:
    return await booked.all_for(tx, "bookings", from_row, channel, user_id)


async def between(
    tx: Tx, first: dt.date, last: dt.date, office: str | None, status: str = "active"
) -> list[Booking]:
    """An office's active bookings (None: every office's; or 'cancelled' ones) on local days
    first..last, in time order (the staff's lists)."""
    rows = await tx.fetchall(
        "SELECT * FROM bookings WHERE status = ? AND day BETWEEN ? AND ?"
        " AND (? IS NULL OR office = ?) ORDER BY starts_at, id",
        (status, first.isoformat(), last.isoformat(), office, office),
    )
    return [from_row(r) for r in rows]


async def on_duty(tx: Tx, place: str, day: dt.date) -> list[Booking]:
    rows = await tx.fetchall(
        "SELECT * FROM bookings WHERE status = 'active' AND place = ? AND day = ?"
        " ORDER BY starts_at, id",
        (place, day.isoformat()),
    )
    return [from_row(r) for r in rows]


async def taken(tx: Tx, start: dt.datetime, end: dt.datetime) -> dict[tuple[str, dt.datetime], int]:
    """Active bookings per (place, start) for slots starting in [start, end)."""
    rows = await tx.fetchall(
        "SELECT place, starts_at, COUNT(*) AS n FROM bookings WHERE status = 'active'"
        " AND starts_at >= ? AND starts_at < ? GROUP BY place, starts_at",
        (utc_text(start), utc_text(end)),
    )
    return {(r["place"], from_utc_text(r["starts_at"])): int(r["n"]) for r in rows}


async def cancel(tx: Tx, booking_id: int, now: dt.datetime, by: str) -> bool:
    """True when this call cancelled it; False when it was not active (a second tap)."""
    return await booked.cancel(tx, "bookings", booking_id, now, by)


async def close_duty(tx: Tx, place: str, day: dt.date, now: dt.datetime) -> bool:
    cursor = await tx.execute(
        "INSERT OR IGNORE INTO duty_closures (place, day, created_at) VALUES (?, ?, ?)",
        (place, day.isoformat(), utc_text(now)),
    )
    return cursor.rowcount == 1


async def reopen_duty(tx: Tx, place: str, day: dt.date) -> bool:
    cursor = await tx.execute(
        "DELETE FROM duty_closures WHERE place = ? AND day = ?", (place, day.isoformat())
    )
    return cursor.rowcount == 1


async def closed_duties(tx: Tx, first: dt.date, last: dt.date) -> set[tuple[str, dt.date]]:
    rows = await tx.fetchall(
        "SELECT place, day FROM duty_closures WHERE day BETWEEN ? AND ?",
        (first.isoformat(), last.isoformat()),
    )
    return {(r["place"], dt.date.fromisoformat(r["day"])) for r in rows}


async def close_slot(
    tx: Tx, place: str, starts_at: dt.datetime, booking_id: int, now: dt.datetime
) -> bool:
    """Staff cancelled the visit at this time: nobody may book it (the trigger of migration 021)."""
    cursor = await tx.execute(
        "INSERT OR IGNORE INTO slot_closures (place, starts_at, booking_id, created_at)"
        " VALUES (?, ?, ?, ?)",
        (place, utc_text(starts_at), booking_id, utc_text(now)),
    )
    return cursor.rowcount == 1


async def reopen_slot(tx: Tx, place: str, starts_at: dt.datetime) -> bool:
    cursor = await tx.execute(
        "DELETE FROM slot_closures WHERE place = ? AND starts_at = ?",
        (place, utc_text(starts_at)),
    )
    return cursor.rowcount == 1


async def closed_slots(
    tx: Tx, start: dt.datetime, end: dt.datetime
) -> dict[tuple[str, dt.datetime], int | None]:
    """Times closed by staff, starting in [start, end): (place, UTC start) -> the cancelled
    visit that closed it."""
    rows = await tx.fetchall(
        "SELECT place, starts_at, booking_id FROM slot_closures"
        " WHERE starts_at >= ? AND starts_at < ?",
        (utc_text(start), utc_text(end)),
    )
    return {(r["place"], from_utc_text(r["starts_at"])): r["booking_id"] for r in rows}


# --- privacy --------------------------------------------------------------------------------


async def set_came(tx: Tx, booking_id: int, came: bool) -> None:
    """Staff marked whether the person came (bot.features.booking.came)."""
    await tx.execute("UPDATE bookings SET came = ? WHERE id = ?", (int(came), booking_id))


async def started_unasked(tx: Tx, now: dt.datetime) -> list[Booking]:
    """Active visits whose time has started and whose card does not ask yet whether the person
    came (bot.features.booking.came_card)."""
    rows = await tx.fetchall(
        "SELECT * FROM bookings WHERE status = 'active' AND came_asked_at IS NULL"
        " AND starts_at <= ? ORDER BY starts_at",
        (utc_text(now),),
    )
    return [from_row(r) for r in rows]


async def set_came_asked(tx: Tx, booking_id: int, now: dt.datetime) -> None:
    await tx.execute(
        "UPDATE bookings SET came_asked_at = ? WHERE id = ?", (utc_text(now), booking_id)
    )


async def forget_person(tx: Tx, channel: str, user_id: str) -> int:
    """/forget: delete every booking of the person (future ones free their seat)."""
    cursor = await tx.execute(
        "DELETE FROM bookings WHERE channel = ? AND user_id = ?", (channel, user_id)
    )
    return cursor.rowcount


async def to_forget(tx: Tx, cutoffs: Cutoffs) -> list[Booking]:
    """Bookings that still hold a name, phone, description or note and are over since before
    their office's cutoff."""
    over, params = retention.over(cutoffs)
    rows = await tx.fetchall(
        "SELECT * FROM bookings WHERE (name IS NOT NULL OR phone IS NOT NULL"
        f" OR description IS NOT NULL OR note IS NOT NULL) AND {over}",
        params,
    )
    return [from_row(r) for r in rows]


async def forget_older_than(tx: Tx, cutoffs: Cutoffs) -> int:
    """Retention: visits that ended (or were cancelled) before their office's cutoff lose whose
    they were: name, phone, what they wrote about it and the person's ids (kept as anonymous
    counts of visits)."""
    over, params = retention.over(cutoffs)
    cursor = await tx.execute(
        "UPDATE bookings SET name = NULL, phone = NULL, description = NULL, note = NULL,"
        " user_id = '', chat_id = '' WHERE (name IS NOT NULL OR phone IS NOT NULL"
        f" OR description IS NOT NULL OR note IS NOT NULL OR user_id != '') AND {over}",
        params,
    )
    return cursor.rowcount


def from_row(row: aiosqlite.Row) -> Booking:
    """A visit read from its row (bot.storage.reminders reads them too)."""
    return Booking(
        id=row["id"],
        channel=row["channel"],
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        language=row["language"],
        place=row["place"],
        day=dt.date.fromisoformat(row["day"]),
        starts_at=from_utc_text(row["starts_at"]),
        ends_at=from_utc_text(row["ends_at"]),
        topic=row["topic"],
        name=row["name"],
        phone=row["phone"],
        status=row["status"],
        created_at=from_utc_text(row["created_at"]),
        cancelled_by=row["cancelled_by"],
        office=row["office"] or "",
        description=row["description"],
        thread_at=maybe_utc_text(row["thread_at"]),
        staff_wrote_by=row["staff_wrote_by"],
        last_person_at=maybe_utc_text(row["last_person_at"]),
        visit_language=row["visit_language"],
        note=row["note"],
        came=None if row["came"] is None else bool(row["came"]),
        came_asked_at=maybe_utc_text(row["came_asked_at"]),
    )
