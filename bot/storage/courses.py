"""What staff keep about courses beside the enrolments (migration 011): enrolment closed early,
attendance per meeting, reminders done, and the prompts of messages to everyone enrolled."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.storage import Tx, maybe_utc_text, utc_text

REF_NOTE = "course_note"  # message_refs: the staff chat's "reply with the text" prompt
# The thread after a message to everyone (bot.core.threads): a person's text relayed to the
# staff chat (ref id: the enrolment; edited away once retention_days old, as a note about a
# person is: bot.storage.erasure), and a staff member's own reply there.
REF_THREAD = "course_thread"
REF_STAFF_REPLY = "course_staff_reply"
# the message to everyone as one person got it (ref id: their enrolment): a platform reply to it
# is an answer for staff
REF_NOTE_PERSON = "course_note_person"


# --- closing enrolment ----------------------------------------------------------------------


async def close(tx: Tx, office: str, service: str, now: dt.datetime, by: str | None) -> bool:
    cursor = await tx.execute(
        "INSERT OR IGNORE INTO course_closures (office, service, closed_at, closed_by)"
        " VALUES (?, ?, ?, ?)",
        (office, service, utc_text(now), by),
    )
    return cursor.rowcount == 1


async def reopen(tx: Tx, office: str, service: str) -> bool:
    cursor = await tx.execute(
        "DELETE FROM course_closures WHERE office = ? AND service = ?", (office, service)
    )
    return cursor.rowcount == 1


async def closed(tx: Tx, office: str) -> set[str]:
    """The office's courses whose enrolment staff closed."""
    rows = await tx.fetchall("SELECT service FROM course_closures WHERE office = ?", (office,))
    return {r["service"] for r in rows}


# --- attendance and reminders ---------------------------------------------------------------


async def toggle_present(tx: Tx, enrolment_id: int, meeting: dt.date, now: dt.datetime) -> bool:
    """Present <-> not marked; returns whether they are marked present now."""
    cursor = await tx.execute(
        "DELETE FROM course_attendance WHERE enrolment_id = ? AND meeting = ?",
        (enrolment_id, meeting.isoformat()),
    )
    if cursor.rowcount:
        return False
    await tx.execute(
        "INSERT INTO course_attendance (enrolment_id, meeting, marked_at) VALUES (?, ?, ?)",
        (enrolment_id, meeting.isoformat(), utc_text(now)),
    )
    return True


async def present(tx: Tx, office: str, service: str, meeting: dt.date) -> set[int]:
    rows = await tx.fetchall(
        "SELECT a.enrolment_id FROM course_attendance a JOIN enrolments e"
        " ON e.id = a.enrolment_id WHERE e.office = ? AND e.service = ? AND a.meeting = ?",
        (office, service, meeting.isoformat()),
    )
    return {int(r["enrolment_id"]) for r in rows}


async def attended(tx: Tx, enrolment_id: int) -> list[dt.date]:
    rows = await tx.fetchall(
        "SELECT meeting FROM course_attendance WHERE enrolment_id = ? ORDER BY meeting",
        (enrolment_id,),
    )
    return [dt.date.fromisoformat(r["meeting"]) for r in rows]


async def mark_reminded(tx: Tx, enrolment_id: int, meeting: dt.date, now: dt.datetime) -> bool:
    """True the first time for this enrolment and meeting (the reminder is theirs to send)."""
    cursor = await tx.execute(
        "INSERT OR IGNORE INTO course_reminders (enrolment_id, meeting, done_at) VALUES (?, ?, ?)",
        (enrolment_id, meeting.isoformat(), utc_text(now)),
    )
    return cursor.rowcount == 1


# --- staff messages to everyone enrolled ----------------------------------------------------


AUDIENCES = ("enrolled", "waiting", "all")  # signed up; waiting (or offered a seat); both


@dataclass(frozen=True)
class Note:
    id: int
    office: str
    service: str
    sent_at: dt.datetime | None
    recipients: int | None
    audience: str = "enrolled"


async def new_note(
    tx: Tx, now: dt.datetime, office: str, service: str, audience: str = "enrolled"
) -> int:
    return await tx.insert(
        "INSERT INTO course_notes (office, service, created_at, audience) VALUES (?, ?, ?, ?)",
        (office, service, utc_text(now), audience),
    )


async def get_note(tx: Tx, note_id: int) -> Note | None:
    row = await tx.fetchone("SELECT * FROM course_notes WHERE id = ?", (note_id,))
    if row is None:
        return None
    sent = row["sent_at"]
    return Note(
        row["id"], row["office"], row["service"], maybe_utc_text(sent),
        row["recipients"], row["audience"],
    )  # fmt: skip


async def note_sent(tx: Tx, note_id: int, now: dt.datetime, recipients: int) -> bool:
    """True when this call sent it (a prompt sends one message, once)."""
    cursor = await tx.execute(
        "UPDATE course_notes SET sent_at = ?, recipients = ? WHERE id = ? AND sent_at IS NULL",
        (utc_text(now), recipients, note_id),
    )
    return cursor.rowcount == 1
