"""Appointments with a specialist: creation under the database's capacity rule (migration 012),
cancellation, times closed by staff. Reminders: bot.storage.appointment_reminders. What /forget
and retention do to them: bot.storage.appointment_privacy. Qualification requests:
bot.storage.appointment_requests."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

import aiosqlite

from bot.storage import Tx, from_utc_text, maybe_utc_text, utc_text

# outbox and message_refs kinds: the staff chat's message that shows an appointment, the one
# that shows a qualification request, and the prompt staff answer with a reason to decline.
REF = "appointment"
REF_REQUEST = "appointment_request"
REF_DECLINE = "appointment_decline"  # asked while the request waited for an advisor
REF_DECLINE_OFFERED = "appointment_decline_offered"  # asked once times were offered
REF_DECLINE_OFF = "appointment_decline_off"  # taken back («Anuluj»)
REF_PRIVATE = "appointment_private"  # older rows: a sensitive service's, to the person (no record)
# To the person about appointment S<id> or request W<id>: a failed delivery is reported to staff
# naming the record; a confidential service's (_PRIVATE) without the message's text.
REF_PERSON = "appointment_person"
REF_PERSON_PRIVATE = "appointment_person_private"
REF_REQUEST_PERSON = "appointment_request_person"
REF_REQUEST_PERSON_PRIVATE = "appointment_request_person_private"
PRIVATE = (REF_PRIVATE, REF_PERSON_PRIVATE, REF_REQUEST_PERSON_PRIVATE)


def to_person(sensitive: bool, request: bool = False) -> str:
    """The ref kind of a message to the person about an appointment (or its `request`)."""
    if request:
        return REF_REQUEST_PERSON_PRIVATE if sensitive else REF_REQUEST_PERSON
    return REF_PERSON_PRIVATE if sensitive else REF_PERSON


STAFF_VIEWS = (REF, REF_REQUEST)  # rewritten by the feature itself on /forget
# Writing both ways about a booked appointment (bot.features.appointments.booked): what the
# person wrote, relayed to the staff chat; a staff member's reply there.
REF_THREAD = "appointment_thread"
REF_STAFF_REPLY = "appointment_staff_reply"
REF_LOOK = "appointment_look"  # the note shown again (/requests): a reply to it reaches the person


class SlotFull(Exception):
    """The specialist's slot has no seat left: the database refused the appointment."""


class AlreadyHeld(Exception):
    """This person already holds this very time with this specialist."""


@dataclass(frozen=True)
class Appointment:
    id: int
    office: str
    service: str
    specialist: str
    request_id: int | None
    channel: str
    user_id: str
    chat_id: str
    language: str
    place: str | None
    remote: str | None
    day: dt.date
    starts_at: dt.datetime
    ends_at: dt.datetime
    name: str | None
    phone: str | None
    sensitive: bool
    status: str
    created_at: dt.datetime
    cancelled_by: str | None
    thread_at: dt.datetime | None = None  # staff last wrote to the person (a reply to the note)
    staff_wrote_by: str | None = None  # ... who did (migration 023)
    last_person_at: dt.datetime | None = None  # the person last wrote back to staff
    for_child: bool = False  # booked from a request «for my child» (migration 034)
    visit_language: str | None = None  # as asked (migration 036; None: before it was)
    cancel_reason: str | None = None  # why staff cancelled it, as told (migration 044)
    need: str | None = None  # its request's matter, as described (read by `get` alone)
    note: str | None = None  # the bracket after the name, for staff (migration 048)

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True)
class NewAppointment:
    office: str
    service: str
    specialist: str
    channel: str
    user_id: str
    chat_id: str
    language: str
    place: str | None
    remote: str | None
    day: dt.date
    starts_at: dt.datetime
    ends_at: dt.datetime
    name: str
    phone: str
    sensitive: bool
    token: str | None = None
    request_id: int | None = None
    for_child: bool = False
    visit_language: str | None = None
    note: str | None = None


async def create(tx: Tx, now: dt.datetime, new: NewAppointment, capacity: int) -> int:
    """Insert an appointment; the trigger of migration 012 refuses it when the slot is full.
    SQLite undoes just the refused statement, so the caller's transaction stays usable."""
    start = utc_text(new.starts_at)
    await tx.execute(
        "INSERT INTO appointment_slots (specialist, starts_at, capacity) VALUES (?, ?, ?)"
        " ON CONFLICT (specialist, starts_at) DO UPDATE SET capacity = excluded.capacity",
        (new.specialist, start, capacity),
    )
    try:
        return await tx.insert(
            "INSERT INTO appointments (office, service, specialist, request_id, channel, user_id,"
            " chat_id, language, place, remote, day, starts_at, ends_at, name, phone, sensitive,"
            " for_child, token, created_at, visit_language, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new.office,
                new.service,
                new.specialist,
                new.request_id,
                new.channel,
                new.user_id,
                new.chat_id,
                new.language,
                new.place,
                new.remote,
                new.day.isoformat(),
                start,
                utc_text(new.ends_at),
                new.name,
                new.phone,
                int(new.sensitive),
                int(new.for_child),
                new.token,
                utc_text(now),
                new.visit_language,
                new.note,
            ),
        )
    except sqlite3.IntegrityError as exc:
        if "appointment:" in str(exc):
            raise SlotFull(str(exc)) from None
        if "UNIQUE" in str(exc):
            raise AlreadyHeld() from None
        raise


async def get(tx: Tx, appointment_id: int) -> Appointment | None:
    """The appointment, with the matter its request described (`need`), for the staff's note."""
    row = await tx.fetchone(
        "SELECT a.*, r.description AS need FROM appointments a LEFT JOIN appointment_requests r"
        " ON r.id = a.request_id WHERE a.id = ?",
        (appointment_id,),
    )
    return from_row(row) if row else None


async def by_token(tx: Tx, token: str) -> Appointment | None:
    row = await tx.fetchone("SELECT * FROM appointments WHERE token = ?", (token,))
    return from_row(row) if row else None


async def upcoming_for(tx: Tx, channel: str, user_id: str, now: dt.datetime) -> list[Appointment]:
    rows = await tx.fetchall(
        "SELECT * FROM appointments WHERE channel = ? AND user_id = ? AND status = 'active'"
        " AND starts_at > ? ORDER BY starts_at",
        (channel, user_id, utc_text(now)),
    )
    return [from_row(r) for r in rows]


async def all_for(tx: Tx, channel: str, user_id: str) -> list[Appointment]:
    rows = await tx.fetchall(
        "SELECT * FROM appointments WHERE channel = ? AND user_id = ? ORDER BY starts_at",
        (channel, user_id),
    )
    return [from_row(r) for r in rows]


async def between(tx: Tx, first: dt.date, last: dt.date, office: str) -> list[Appointment]:
    """An office's active appointments on local days first..last, in time order."""
    rows = await tx.fetchall(
        "SELECT * FROM appointments WHERE status = 'active' AND day BETWEEN ? AND ?"
        " AND office = ? ORDER BY starts_at, id",
        (first.isoformat(), last.isoformat(), office),
    )
    return [from_row(r) for r in rows]


async def taken(
    tx: Tx, specialists: Iterable[str], start: dt.datetime, end: dt.datetime
) -> dict[tuple[str, dt.datetime], int]:
    """Active appointments per (specialist, start) for slots starting in [start, end)."""
    wanted = sorted(set(specialists))
    if not wanted:
        return {}
    marks = ", ".join("?" * len(wanted))
    rows = await tx.fetchall(
        "SELECT specialist, starts_at, COUNT(*) AS n FROM appointments WHERE status = 'active'"
        f" AND specialist IN ({marks}) AND starts_at >= ? AND starts_at < ?"
        " GROUP BY specialist, starts_at",
        (*wanted, utc_text(start), utc_text(end)),
    )
    return {(r["specialist"], from_utc_text(r["starts_at"])): int(r["n"]) for r in rows}


async def cancel(tx: Tx, appointment_id: int, now: dt.datetime, by: str) -> bool:
    """True when this call cancelled it; False when it was not active (a second tap)."""
    cursor = await tx.execute(
        "UPDATE appointments SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?"
        " WHERE id = ? AND status = 'active'",
        (utc_text(now), by, appointment_id),
    )
    return cursor.rowcount == 1


async def give_cancel_reason(tx: Tx, appointment_id: int, code: str) -> bool:
    """Staff told the person why they cancelled it, keeping its time open (a closed time's
    cancel said why: the specialist will not be there): True the first time only."""
    cursor = await tx.execute(
        "UPDATE appointments SET cancel_reason = ? WHERE id = ? AND status = 'cancelled'"
        " AND cancelled_by = 'staff' AND cancel_reason IS NULL AND NOT EXISTS (SELECT 1"
        " FROM appointment_closures c WHERE c.appointment_id = appointments.id)",
        (code, appointment_id),
    )
    return cursor.rowcount == 1


async def close_time(
    tx: Tx, specialist: str, starts_at: dt.datetime, appointment_id: int, now: dt.datetime
) -> None:
    """Staff cancelled the appointment at this time: nobody may book it (migration 024)."""
    await tx.execute(
        "INSERT OR IGNORE INTO appointment_closures (specialist, starts_at, appointment_id,"
        " created_at) VALUES (?, ?, ?, ?)",
        (specialist, utc_text(starts_at), appointment_id, utc_text(now)),
    )


async def reopen_time(tx: Tx, specialist: str, starts_at: dt.datetime) -> bool:
    cursor = await tx.execute(
        "DELETE FROM appointment_closures WHERE specialist = ? AND starts_at = ?",
        (specialist, utc_text(starts_at)),
    )
    return cursor.rowcount == 1


async def closed_times(
    tx: Tx, start: dt.datetime, end: dt.datetime
) -> dict[tuple[str, dt.datetime], int | None]:
    """Times closed by staff, starting in [start, end): (specialist, UTC start) -> the
    cancelled appointment that closed it."""
    rows = await tx.fetchall(
        "SELECT specialist, starts_at, appointment_id FROM appointment_closures"
        " WHERE starts_at >= ? AND starts_at < ?",
        (utc_text(start), utc_text(end)),
    )
    return {(r["specialist"], from_utc_text(r["starts_at"])): r["appointment_id"] for r in rows}


def from_row(row: aiosqlite.Row) -> Appointment:
    """An appointment read from its row (bot.storage.appointment_privacy reads them too)."""
    return Appointment(
        id=row["id"],
        office=row["office"],
        service=row["service"],
        specialist=row["specialist"],
        request_id=row["request_id"],
        channel=row["channel"],
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        language=row["language"],
        place=row["place"],
        remote=row["remote"],
        day=dt.date.fromisoformat(row["day"]),
        starts_at=from_utc_text(row["starts_at"]),
        ends_at=from_utc_text(row["ends_at"]),
        name=row["name"],
        phone=row["phone"],
        sensitive=bool(row["sensitive"]),
        status=row["status"],
        created_at=from_utc_text(row["created_at"]),
        cancelled_by=row["cancelled_by"],
        thread_at=maybe_utc_text(row["thread_at"]),
        staff_wrote_by=row["staff_wrote_by"],
        last_person_at=maybe_utc_text(row["last_person_at"]),
        for_child=bool(row["for_child"]),
        visit_language=row["visit_language"],
        cancel_reason=row["cancel_reason"],
        note=row["note"],
        need=row["need"] if "need" in row.keys() else None,
    )
