"""When staff last wrote to a person about an appointment request, a course or a visit, and
whether the person stopped writing back (bot.core.threads: what they type goes to the staff
chat meanwhile). A callback request's: bot.storage.requests. Times only: what was written is in
the outbox."""

from __future__ import annotations

import datetime as dt

from bot.storage import Statement, Tx, appointments, bookings, from_utc_text, utc_text

# --- appointment requests (migration 014) -------------------------------------------------


def request_open(channel: str, user_id: str, since: dt.datetime) -> Statement:
    """The person's appointment request they write to staff about: open (waiting for an
    advisor or for their choice), or booked and a staff member wrote to the person (a reply to
    the card, not an offer: staff_wrote_at) after `since`; not stopped, and
    never once declined, withdrawn or closed (as a closed callback request). Its `id` and
    `thread_at` (when it was last opened), `sent_only`: no staff wrote to the person yet (an
    offer or a decision counts)."""
    return (
        "SELECT id, MAX(created_at, COALESCE(last_staff_at, '')) AS thread_at, 0 AS first_only,"
        " last_staff_at IS NULL AS sent_only FROM appointment_requests"
        " WHERE channel = ? AND user_id = ? AND forgotten = 0"
        " AND thread_closed_at IS NULL"
        " AND (status IN ('pending', 'offered') OR (status = 'booked' AND staff_wrote_at >= ?))"
        " ORDER BY thread_at DESC, id DESC LIMIT 1",
        (channel, user_id, utc_text(since)),
    )


async def request_staff_wrote(tx: Tx, request_id: int, now: dt.datetime) -> None:
    await tx.execute(
        "UPDATE appointment_requests SET last_staff_at = ?, thread_closed_at = NULL WHERE id = ?",
        (utc_text(now), request_id),
    )


async def request_stopped(tx: Tx, request_id: int, now: dt.datetime) -> None:
    await tx.execute(
        "UPDATE appointment_requests SET thread_closed_at = ? WHERE id = ?",
        (utc_text(now), request_id),
    )


# --- a course's sign-ups: after a message to everyone, or a staff reply --------------------

_ENROLMENT_WROTE = "UPDATE enrolments SET thread_at = ?, thread_closed_at = NULL WHERE id = ?"


def enrolment_open(channel: str, user_id: str, since: dt.datetime) -> Statement:
    """The person's sign-up whose staff wrote after `since` (a reply to them, or a message to
    everyone signed up they have not answered yet), not stopped: its `id`, `thread_at` and
    `first_only` (only the message to everyone: its first answer alone goes to staff)."""
    return (
        "SELECT id, MAX(COALESCE(thread_at, ''), COALESCE(note_at, '')) AS thread_at,"
        " COALESCE(thread_at, '') < ? AS first_only, 0 AS sent_only FROM enrolments"
        " WHERE channel = ? AND user_id = ? AND (thread_at >= ? OR note_at >= ?)"
        " AND thread_closed_at IS NULL ORDER BY 2 DESC LIMIT 1",
        (utc_text(since), channel, user_id, utc_text(since), utc_text(since)),
    )


async def enrolments_noted(tx: Tx, ids: list[int], now: dt.datetime) -> None:
    """Staff wrote to everyone signed up: their first answer may go to staff (one trip)."""
    sql = "UPDATE enrolments SET note_at = ?, thread_closed_at = NULL WHERE id = ?"
    if ids:
        await tx.batch(*((sql, (utc_text(now), number)) for number in ids))


async def enrolment_answered(tx: Tx, enrolment_id: int, now: dt.datetime) -> None:
    """The person answered the message to everyone: their next texts are the bot's again."""
    await tx.execute("UPDATE enrolments SET note_at = NULL WHERE id = ?", (enrolment_id,))


async def request_person_wrote(tx: Tx, request_id: int, now: dt.datetime) -> None:
    """An appointment request's person wrote to staff (staff's /requests shows when)."""
    sql = "UPDATE appointment_requests SET last_person_at = ? WHERE id = ?"
    await tx.execute(sql, (utc_text(now), request_id))


async def callback_person_wrote(tx: Tx, request_id: int, now: dt.datetime) -> None:
    """A callback or help request's person wrote to staff (/requests shows when)."""
    sql = "UPDATE callback_requests SET last_person_at = ? WHERE id = ?"
    await tx.execute(sql, (utc_text(now), request_id))


async def person_took_back(
    tx: Tx, table: str, record_id: int, at: dt.datetime, before: dt.datetime | None
) -> bool:
    """A callback, help or appointment request's person took back what they wrote at `at`: it
    was last written to `before` again (None: never), unless they wrote since; whether so."""
    assert table in ("callback_requests", "appointment_requests")  # our own names only
    return await tx.changed_one(
        f"UPDATE {table} SET last_person_at = ? WHERE id = ? AND last_person_at = ?",  # noqa: S608
        (utc_text(before) if before else None, record_id, utc_text(at)),
    )


def unrated(channel: str, user_id: str, since: dt.datetime) -> Statement:
    """The person's callback or help request closed as done after `since` and not rated yet
    (the bot asked «how helpful were we?»): its `id`, the latest."""
    return (
        "SELECT id FROM callback_requests WHERE channel = ? AND user_id = ?"
        " AND status = 'done' AND rating IS NULL AND closed_at >= ?"
        " ORDER BY closed_at DESC LIMIT 1",
        (channel, user_id, utc_text(since)),
    )


async def enrolment_staff_wrote(tx: Tx, enrolment_id: int, now: dt.datetime) -> None:
    await tx.execute(_ENROLMENT_WROTE, (utc_text(now), enrolment_id))


async def enrolment_stopped(tx: Tx, enrolment_id: int, now: dt.datetime) -> None:
    await tx.execute(
        "UPDATE enrolments SET thread_closed_at = ? WHERE id = ?",
        (utc_text(now), enrolment_id),
    )


async def enrolments_talking(
    tx: Tx, ids: list[int], replied_since: dt.datetime, noted_since: dt.datetime
) -> dt.datetime | None:
    """When staff last wrote about any of these sign-ups while they and the person are writing:
    a staff reply after `replied_since`, or a message to everyone after `noted_since` not yet
    answered; not stopped. None: they are not writing."""
    if not ids:
        return None
    marks = ", ".join("?" * len(ids))
    since = (utc_text(replied_since), utc_text(noted_since))
    row = await tx.fetchone(
        "SELECT MAX(MAX(CASE WHEN thread_at >= ? THEN thread_at ELSE '' END),"
        f" MAX(CASE WHEN note_at >= ? THEN note_at ELSE '' END)) AS at FROM enrolments"
        f" WHERE id IN ({marks}) AND thread_closed_at IS NULL",
        (*since, *ids),
    )
    return from_utc_text(row["at"]) if row is not None and row["at"] else None


async def enrolments_stopped(tx: Tx, ids: list[int], now: dt.datetime) -> None:
    """The person left the course: what they write is the bot's (one trip)."""
    sql = "UPDATE enrolments SET thread_closed_at = ?, note_at = NULL WHERE id = ?"
    if ids:
        await tx.batch(*((sql, (utc_text(now), number)) for number in ids))


# --- a visit at the duty hours (migration 020): after a staff reply to its card --------------


def booking_open(channel: str, user_id: str, since: dt.datetime) -> Statement:
    """The person's visit, not cancelled, whose staff wrote after `since` and that they did not
    stop writing about: its `id` and `thread_at`."""
    return (
        "SELECT id, thread_at, 0 AS first_only, 0 AS sent_only FROM bookings"
        " WHERE channel = ? AND user_id = ?"
        " AND status = 'active' AND thread_at >= ? AND thread_closed_at IS NULL"
        " ORDER BY thread_at DESC, id DESC LIMIT 1",
        (channel, user_id, utc_text(since)),
    )


async def booking_staff_wrote(tx: Tx, booking_id: int, now: dt.datetime) -> None:
    await tx.execute(
        "UPDATE bookings SET thread_at = ?, thread_closed_at = NULL WHERE id = ?",
        (utc_text(now), booking_id),
    )


async def booking_stopped(tx: Tx, booking_id: int, now: dt.datetime) -> None:
    await tx.execute(
        "UPDATE bookings SET thread_closed_at = ? WHERE id = ?", (utc_text(now), booking_id)
    )


async def booking_written(tx: Tx, booking_id: int, staff_name: str, now: dt.datetime) -> None:
    """A staff member wrote to the person about the visit (its card says who, migration 022)."""
    await tx.execute(
        "UPDATE bookings SET staff_wrote_by = ?, thread_at = ? WHERE id = ?",
        (staff_name, utc_text(now), booking_id),
    )


async def booking_person_wrote(tx: Tx, booking_id: int, now: dt.datetime) -> None:
    """A visit's person wrote to staff (/requests lists it until staff answer)."""
    sql = "UPDATE bookings SET last_person_at = ? WHERE id = ?"
    await tx.execute(sql, (utc_text(now), booking_id))


async def bookings_answered_by_person(
    tx: Tx, office: str | None, now: dt.datetime
) -> list[bookings.Booking]:
    """An office's visits (None: every office's), not cancelled and not over, whose person
    wrote to staff after staff last wrote to them: what /requests lists, oldest first."""
    rows = await tx.fetchall(
        "SELECT id FROM bookings WHERE status = 'active' AND ends_at > ?"
        " AND last_person_at > COALESCE(thread_at, '') AND (? IS NULL OR office = ?)"
        " ORDER BY last_person_at, id",
        (utc_text(now), office, office),
    )
    found = [await bookings.get(tx, int(r["id"])) for r in rows]
    return [b for b in found if b is not None]


# --- a booked appointment with a specialist (migration 023): after a staff reply to its note --


def appointment_open(channel: str, user_id: str, since: dt.datetime) -> Statement:
    """The person's appointment, not cancelled, whose staff wrote after `since` and that they
    did not stop writing about: its `id` and `thread_at`."""
    return (
        "SELECT id, thread_at, 0 AS first_only, 0 AS sent_only FROM appointments"
        " WHERE channel = ? AND user_id = ? AND status = 'active' AND thread_at >= ?"
        " AND thread_closed_at IS NULL"
        " ORDER BY thread_at DESC, id DESC LIMIT 1",
        (channel, user_id, utc_text(since)),
    )


async def appointment_staff_wrote(tx: Tx, appointment_id: int, now: dt.datetime) -> None:
    await tx.execute(
        "UPDATE appointments SET thread_at = ?, thread_closed_at = NULL WHERE id = ?",
        (utc_text(now), appointment_id),
    )


async def appointment_written(
    tx: Tx, appointment_id: int, staff_name: str, now: dt.datetime
) -> None:
    """A staff member wrote to the person about the appointment (its note says who)."""
    await tx.execute(
        "UPDATE appointments SET staff_wrote_by = ?, thread_at = ? WHERE id = ?",
        (staff_name, utc_text(now), appointment_id),
    )


async def appointment_stopped(tx: Tx, appointment_id: int, now: dt.datetime) -> None:
    await tx.execute(
        "UPDATE appointments SET thread_closed_at = ? WHERE id = ?",
        (utc_text(now), appointment_id),
    )


async def appointment_person_wrote(tx: Tx, appointment_id: int, now: dt.datetime) -> None:
    """An appointment's person wrote to staff (when: kept with it)."""
    sql = "UPDATE appointments SET last_person_at = ? WHERE id = ?"
    await tx.execute(sql, (utc_text(now), appointment_id))


async def appointments_answered_by_person(
    tx: Tx, office: str | None, now: dt.datetime
) -> list[appointments.Appointment]:
    """An office's booked appointments (None: every office's), not cancelled and not over,
    whose person wrote to staff after staff last wrote to them: what /requests lists."""
    rows = await tx.fetchall(
        "SELECT id FROM appointments WHERE status = 'active' AND ends_at > ?"
        " AND last_person_at > COALESCE(thread_at, '') AND (? IS NULL OR office = ?)"
        " ORDER BY last_person_at, id",
        (utc_text(now), office, office),
    )
    found = [await appointments.get(tx, int(r["id"])) for r in rows]
    return [a for a in found if a is not None]
