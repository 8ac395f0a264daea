"""When staff last wrote to a person about an appointment request or a course, and whether the
person stopped writing back (bot.core.threads: what they type goes to the staff chat meanwhile).
A callback request's: bot.storage.requests. Times only: what was written is in the outbox."""

from __future__ import annotations

import datetime as dt

from bot.storage import Statement, Tx, utc_text

# --- appointment requests (migration 014) -------------------------------------------------


def request_open(channel: str, user_id: str, since: dt.datetime) -> Statement:
    """The person's appointment request they write to staff about: open (waiting for an
    advisor or for their choice), or staff wrote after `since`; not stopped. Its `id` and
    `thread_at` (when it was last opened)."""
    return (
        "SELECT id, MAX(created_at, COALESCE(last_staff_at, '')) AS thread_at"
        " FROM appointment_requests WHERE channel = ? AND user_id = ? AND forgotten = 0"
        " AND thread_closed_at IS NULL"
        " AND (status IN ('pending', 'offered') OR last_staff_at >= ?)"
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
    """The person's sign-up whose staff wrote after `since` (a message to everyone signed up,
    or a reply), not stopped: its `id` and `thread_at`."""
    return (
        "SELECT id, thread_at FROM enrolments WHERE channel = ? AND user_id = ?"
        " AND thread_at >= ? AND thread_closed_at IS NULL ORDER BY thread_at DESC LIMIT 1",
        (channel, user_id, utc_text(since)),
    )


async def enrolments_staff_wrote(tx: Tx, ids: list[int], now: dt.datetime) -> None:
    """Staff wrote to these people (a message to everyone signed up): one trip."""
    if ids:
        await tx.batch(*((_ENROLMENT_WROTE, (utc_text(now), number)) for number in ids))


async def enrolment_staff_wrote(tx: Tx, enrolment_id: int, now: dt.datetime) -> None:
    await tx.execute(_ENROLMENT_WROTE, (utc_text(now), enrolment_id))


async def enrolment_stopped(tx: Tx, enrolment_id: int, now: dt.datetime) -> None:
    await tx.execute(
        "UPDATE enrolments SET thread_closed_at = ? WHERE id = ?",
        (utc_text(now), enrolment_id),
    )
