"""Callback requests: create, change status, the written thread with staff, forgetting.

A help request (bot.features.assist) is a callback request with a `service` and its form's
answers (`details`); staff handle both alike.

Forgetting keeps the row (topic, service, languages, status, times, rating: anonymous counts for
reporting) and clears every personal column, plus the texts of outbox messages about the request.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from bot.core.messages import Reply
from bot.storage import Statement, Tx, from_utc_text, maybe_utc_text, utc_text
from bot.storage.retention import Cutoffs

OPEN = ("open", "taken")
CLOSED = ("done", "unreachable", "withdrawn")
# outbox ref kinds: the staff message that shows a request (edited in place), other messages
# in the staff chat about it (relayed user texts, staff replies), and messages to the user.
REF_STAFF = "request"
REF_THREAD = "request_thread"
REF_STAFF_REPLY = "request_staff_reply"  # a staff member's own message (the bot cannot edit it)
REF_USER = "request_user"
REF_LOOK = "request_look"  # the card shown again (/request N): a reply to it reaches the person


@dataclass(frozen=True)
class Detail:
    """One answered field of a help request's form: the field's id and type, and the value as
    the form stores it (a date as YYYY-MM-DD, a time as HH:MM, a phone as E.164...)."""

    id: str
    type: str
    value: str


@dataclass(frozen=True)
class Request:
    id: int
    channel: str
    user_id: str | None
    chat_id: str | None
    language: str
    call_language: str
    topic: str
    description: str | None
    name: str | None
    phone: str | None
    time_window: str
    urgent: bool
    status: str
    staff_name: str | None
    closed_by: str | None
    created_at: dt.datetime
    taken_at: dt.datetime | None
    closed_at: dt.datetime | None
    last_staff_reply_at: dt.datetime | None
    rating: int | None
    forgotten: bool
    office: str = ""
    service: str | None = None  # a help request's service id; None for a callback request
    details: tuple[Detail, ...] = ()  # a help request's answers (empty once forgotten)
    last_staff_reply_by: str | None = None  # who wrote to the person last (with the time above)
    last_person_at: dt.datetime | None = None  # the person last wrote to staff in its thread
    category: str | None = None  # topic "other": the category chosen before the matter typed
    number: int = 0  # among its kind's: a callback request's T3, a help request's P3 (052)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN


async def create(tx: Tx, now: dt.datetime, draft: str, **fields: Any) -> tuple[int, bool]:
    """Insert once per draft token; returns (id, created). A repeated draft returns the first."""
    existing = await tx.fetchone("SELECT id FROM callback_requests WHERE draft = ?", (draft,))
    if existing:
        return int(existing["id"]), False
    columns = ["draft", "created_at", *fields]
    values = [draft, utc_text(now), *(_column(v) for v in fields.values())]
    marks = ", ".join("?" * len(columns))
    # each kind numbered on its own (callback requests T1, T2 …, help requests P1 …: 052)
    number = (
        "(SELECT COALESCE(MAX(number), 0) + 1 FROM callback_requests"
        " WHERE (service IS NULL) = (? IS NULL))"
    )
    new_id = await tx.insert(
        f"INSERT INTO callback_requests ({', '.join(columns)}, number) VALUES ({marks}, {number})",
        [*values, fields.get("service")],
    )
    return new_id, True


async def get(tx: Tx, request_id: int) -> Request | None:
    row = await tx.fetchone("SELECT * FROM callback_requests WHERE id = ?", (request_id,))
    return _request(row) if row else None


async def open_requests(tx: Tx, office: str | None) -> list[Request]:
    """An office's open requests (None: every office's), urgent first, then oldest first:
    the order staff should work in."""
    rows = await tx.fetchall(
        "SELECT * FROM callback_requests WHERE status IN ('open', 'taken')"
        " AND (? IS NULL OR office = ?) ORDER BY urgent DESC, created_at, id",
        (office, office),
    )
    return [_request(r) for r in rows]


async def help_on_days(tx: Tx, office: str) -> list[Request]:
    """An office's help requests not yet taken, taken or arranged (open, taken, done), their data
    not erased: those with a day are in the staff's /today and /week (bot.features.assist.days)."""
    rows = await tx.fetchall(
        "SELECT * FROM callback_requests WHERE status IN ('open', 'taken', 'done')"
        " AND service IS NOT NULL AND forgotten_at IS NULL AND office = ? ORDER BY id",
        (office,),
    )
    return [_request(r) for r in rows]


async def of_user(tx: Tx, channel: str, user_id: str) -> list[Request]:
    rows = await tx.fetchall(
        "SELECT * FROM callback_requests WHERE channel = ? AND user_id = ? ORDER BY id",
        (channel, user_id),
    )
    return [_request(r) for r in rows]


async def set_status(
    tx: Tx, request_id: int, status: str, now: dt.datetime, staff_name: str | None
) -> None:
    moment = utc_text(now)
    if status == "taken":
        await tx.execute(
            "UPDATE callback_requests SET status = ?, staff_name = ?, taken_at = ? WHERE id = ?",
            (status, staff_name, moment, request_id),
        )
        return
    await tx.execute(
        "UPDATE callback_requests SET status = ?, closed_by = ?, closed_at = ? WHERE id = ?",
        (status, staff_name, moment, request_id),
    )


async def reopen(tx: Tx, request_id: int, closed_since: dt.datetime) -> bool:
    """A request staff closed (done, not reachable) at or after closed_since is open again:
    taken by whoever had taken it, else new. False when it was not (so nobody is told twice)."""
    cursor = await tx.execute(
        "UPDATE callback_requests SET status = CASE WHEN staff_name IS NULL THEN 'open'"
        " ELSE 'taken' END, closed_by = NULL, closed_at = NULL WHERE id = ?"
        " AND status IN ('done', 'unreachable') AND forgotten_at IS NULL AND closed_at >= ?",
        (request_id, utc_text(closed_since)),
    )
    return cursor.rowcount == 1


async def withdraw(tx: Tx, request_id: int, now: dt.datetime) -> bool:
    """The person withdrew an open request (it stays for staff as withdrawn); False when it was
    no longer open. Their texts stop going to staff."""
    cursor = await tx.execute(
        "UPDATE callback_requests SET status = 'withdrawn', closed_at = ?, thread_closed_at = ?"
        " WHERE id = ? AND status IN ('open', 'taken')",
        (utc_text(now), utc_text(now), request_id),
    )
    return cursor.rowcount > 0


async def by_draft(tx: Tx, draft: str) -> Request | None:
    """The request a confirmation token made, if any (a second tap of "Send")."""
    row = await tx.fetchone("SELECT * FROM callback_requests WHERE draft = ?", (draft,))
    return _request(row) if row else None


async def set_rating(tx: Tx, request_id: int, rating: int) -> None:
    await tx.execute("UPDATE callback_requests SET rating = ? WHERE id = ?", (rating, request_id))


async def staff_replied(tx: Tx, request_id: int, now: dt.datetime) -> None:
    await tx.execute(
        "UPDATE callback_requests SET last_staff_reply_at = ?, thread_closed_at = NULL"
        " WHERE id = ?",
        (utc_text(now), request_id),
    )


async def staff_wrote(tx: Tx, request_id: int, staff_name: str) -> None:
    """Who wrote to the person (staff_replied keeps when)."""
    await tx.execute(
        "UPDATE callback_requests SET last_staff_reply_by = ? WHERE id = ?",
        (staff_name, request_id),
    )


def open_thread(channel: str, user_id: str, since: dt.datetime) -> Statement:
    """The open request sent, or whose staff wrote to this user, after `since`, the latest, if
    any: its `id`, `thread_at` (when it was sent or staff last wrote: a note typed right
    after sending is the new request's, not an older thread's; bot.core.threads.ThreadKind.
    open_query) and `sent_only` (no staff wrote yet). A closed one has no thread."""
    return (
        "SELECT id, MAX(created_at, COALESCE(last_staff_reply_at, '')) AS thread_at,"
        " 0 AS first_only, last_staff_reply_at IS NULL AS sent_only FROM callback_requests"
        " WHERE channel = ? AND user_id = ? AND (created_at >= ? OR last_staff_reply_at >= ?)"
        " AND status IN ('open', 'taken') AND thread_closed_at IS NULL"
        " ORDER BY thread_at DESC, id DESC LIMIT 1",
        (channel, user_id, utc_text(since), utc_text(since)),
    )


async def close_thread(tx: Tx, request_id: int, now: dt.datetime) -> None:
    await tx.execute(
        "UPDATE callback_requests SET thread_closed_at = ? WHERE id = ?",
        (utc_text(now), request_id),
    )


async def forget(tx: Tx, request_id: int, now: dt.datetime) -> None:
    """Clear the personal columns (an open request is withdrawn) and the texts about it.

    Messages to the user are deleted (they need not arrive any more); relayed texts in the staff
    chat are blanked. The staff message itself: see rewrite_staff_messages.
    """
    await tx.execute(
        "UPDATE callback_requests SET user_id = NULL, chat_id = NULL, name = NULL, phone = NULL,"
        " description = NULL, details = NULL, forgotten_at = ?,"
        " status = CASE WHEN status IN ('open', 'taken') THEN 'withdrawn' ELSE status END,"
        " closed_at = COALESCE(closed_at, ?) WHERE id = ?",
        (utc_text(now), utc_text(now), request_id),
    )
    await tx.execute("DELETE FROM outbox WHERE ref_kind = ? AND ref_id = ?", (REF_USER, request_id))
    await tx.execute(
        "DELETE FROM outbox WHERE ref_kind = ? AND ref_id = ? AND delivered_at IS NULL",
        (REF_THREAD, request_id),
    )
    await tx.execute(
        "UPDATE outbox SET reply = ? WHERE ref_kind = ? AND ref_id = ?",
        (json.dumps(Reply("…").to_json()), REF_THREAD, request_id),
    )


async def rewrite_staff_messages(tx: Tx, request_id: int, reply: Reply) -> None:
    """Every queued or kept text of the request's staff message becomes `reply`.

    The rows stay: a pending edit still finds the message it edits.
    """
    await tx.execute(
        "UPDATE outbox SET reply = ? WHERE ref_kind = ? AND ref_id = ?",
        (json.dumps(reply.to_json(), ensure_ascii=False), REF_STAFF, request_id),
    )


async def unposted_open(tx: Tx) -> list[Request]:
    """Open requests that never reached the outbox (no staff chat was configured then)."""
    rows = await tx.fetchall(
        "SELECT * FROM callback_requests r WHERE status IN ('open', 'taken') AND NOT EXISTS"
        " (SELECT 1 FROM outbox o WHERE o.ref_kind = ? AND o.ref_id = r.id) AND NOT EXISTS"
        " (SELECT 1 FROM message_refs m WHERE m.ref_kind = ? AND m.ref_id = r.id) ORDER BY id",
        (REF_STAFF, REF_STAFF),
    )
    return [_request(r) for r in rows]


async def due_for_forgetting(tx: Tx, cutoffs: Cutoffs, limit: int = 100) -> list[int]:
    """Requests closed before their office's cutoff and not yet forgotten."""
    cut, params = cutoffs.sql("office")
    rows = await tx.fetchall(
        "SELECT id FROM callback_requests WHERE forgotten_at IS NULL AND closed_at IS NOT NULL"
        f" AND closed_at < {cut} ORDER BY closed_at LIMIT ?",
        (*params, limit),
    )
    return [int(r["id"]) for r in rows]


def _column(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, tuple | list):  # details
        return json.dumps([dataclasses.asdict(d) for d in value], ensure_ascii=False)
    return value


def _details(text: str | None) -> tuple[Detail, ...]:
    if not text:
        return ()
    try:
        items = json.loads(text)
        return tuple(Detail(str(i["id"]), str(i["type"]), str(i["value"])) for i in items)
    except (ValueError, KeyError, TypeError):
        return ()


def _request(row: Any) -> Request:
    return Request(
        id=int(row["id"]),
        channel=row["channel"],
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        language=row["language"],
        call_language=row["call_language"],
        topic=row["topic"],
        description=row["description"],
        name=row["name"],
        phone=row["phone"],
        time_window=row["time_window"],
        urgent=bool(row["urgent"]),
        status=row["status"],
        staff_name=row["staff_name"],
        closed_by=row["closed_by"],
        created_at=from_utc_text(row["created_at"]),
        taken_at=maybe_utc_text(row["taken_at"]),
        closed_at=maybe_utc_text(row["closed_at"]),
        last_staff_reply_at=maybe_utc_text(row["last_staff_reply_at"]),
        rating=row["rating"],
        forgotten=row["forgotten_at"] is not None,
        office=row["office"] or "",
        service=row["service"],
        details=_details(row["details"]),
        last_staff_reply_by=row["last_staff_reply_by"],
        last_person_at=maybe_utc_text(row["last_person_at"]),
        category=row["category"],
        number=int(row["number"] or row["id"]),
    )
