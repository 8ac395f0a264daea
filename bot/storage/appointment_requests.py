"""Qualification requests for appointments: the person's need, the advisor's decision (times
offered, or declined with a reason), the person's choice. Every change is one conditional
UPDATE, so two staff members tapping at once cannot both decide."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import aiosqlite

from bot.storage import Tx, from_utc_text, maybe_utc_text, utc_text

OPEN = ("pending", "offered")
ENDED = ("declined", "withdrawn", "closed")  # no more writing back: texts are the bot's
# the request's thread (bot.core.threads): the person's texts relayed, a staff member's reply
REF_THREAD = "appointment_request_thread"
REF_STAFF_REPLY = "appointment_request_staff_reply"
REF_LOOK = "appointment_request_look"  # the card shown again: a reply to it reaches the person
_WROTE = "last_staff_at = ?, thread_closed_at = NULL"  # staff wrote to the person: a thread
Time = tuple[str, str]  # (specialist id, slot key)


@dataclass(frozen=True)
class Request:
    id: int
    office: str
    service: str
    channel: str
    user_id: str
    chat_id: str
    language: str
    name: str | None
    phone: str | None
    description: str | None
    urgent: bool
    sensitive: bool
    status: str
    chosen: tuple[Time, ...]
    offered: tuple[Time, ...]
    offer_any: bool
    staff_name: str | None
    reason_code: str | None
    reason_text: str | None
    appointment_id: int | None
    created_at: dt.datetime
    decided_at: dt.datetime | None
    forgotten: bool
    last_person_at: dt.datetime | None = None  # the person last wrote to staff in its thread
    staff_wrote_by: str | None = None  # who wrote to the person last (a reply to the card) ...
    staff_wrote_at: dt.datetime | None = None  # ... and when
    reoffered: bool = False  # the bot offered these times: staff cancelled its appointment
    for_child: bool = False  # a confidential service: the parent said it is for their child
    visit_language: str | None = None  # as asked on its summary (migration 036)
    note: str | None = None  # the bracket after the name, for staff (migration 049)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    @property
    def key(self) -> tuple[str, str | None, str]:
        """Whose it is, where: (channel, user id, office)."""
        return self.channel, self.user_id, self.office


@dataclass(frozen=True)
class NewRequest:
    office: str
    service: str
    token: str
    channel: str
    user_id: str
    chat_id: str
    language: str
    name: str
    phone: str
    description: str | None
    urgent: bool
    sensitive: bool
    for_child: bool = False
    visit_language: str | None = None
    note: str | None = None


async def create(tx: Tx, now: dt.datetime, new: NewRequest) -> tuple[int, bool]:
    """Insert once per send token; returns (id, created). A repeated token returns the first."""
    found = await tx.fetchone("SELECT id FROM appointment_requests WHERE token = ?", (new.token,))
    if found:
        return int(found["id"]), False
    new_id = await tx.insert(
        "INSERT INTO appointment_requests (office, service, token, channel, user_id, chat_id,"
        " language, name, phone, description, urgent, sensitive, for_child, created_at,"
        " visit_language, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new.office,
            new.service,
            new.token,
            new.channel,
            new.user_id,
            new.chat_id,
            new.language,
            new.name,
            new.phone,
            new.description,
            int(new.urgent),
            int(new.sensitive),
            int(new.for_child),
            utc_text(now),
            new.visit_language,
            new.note,
        ),
    )
    return new_id, True


async def get(tx: Tx, request_id: int) -> Request | None:
    row = await tx.fetchone("SELECT * FROM appointment_requests WHERE id = ?", (request_id,))
    return from_row(row) if row else None


async def by_token(tx: Tx, token: str) -> Request | None:
    row = await tx.fetchone("SELECT * FROM appointment_requests WHERE token = ?", (token,))
    return from_row(row) if row else None


async def open_for(tx: Tx, channel: str, user_id: str) -> list[Request]:
    """The person's requests still waiting for an advisor or for their choice of a time."""
    rows = await tx.fetchall(
        "SELECT * FROM appointment_requests WHERE channel = ? AND user_id = ?"
        " AND status IN ('pending', 'offered') ORDER BY id",
        (channel, user_id),
    )
    return [from_row(r) for r in rows]


async def all_for(tx: Tx, channel: str, user_id: str) -> list[Request]:
    rows = await tx.fetchall(
        "SELECT * FROM appointment_requests WHERE channel = ? AND user_id = ? ORDER BY id",
        (channel, user_id),
    )
    return [from_row(r) for r in rows]


async def awaiting_choice(tx: Tx, office: str) -> list[Request]:
    """An office's requests whose times were offered and the person has not chosen yet."""
    rows = await tx.fetchall(
        "SELECT * FROM appointment_requests WHERE office = ? AND status = 'offered' ORDER BY id",
        (office,),
    )
    return [from_row(r) for r in rows]


async def pending(tx: Tx, office: str) -> list[Request]:
    """An office's requests waiting for an advisor: urgent first, then oldest first."""
    rows = await tx.fetchall(
        "SELECT * FROM appointment_requests WHERE office = ? AND status = 'pending'"
        " ORDER BY urgent DESC, id",
        (office,),
    )
    return [from_row(r) for r in rows]


async def set_chosen(tx: Tx, request_id: int, chosen: list[Time]) -> None:
    await tx.execute(
        "UPDATE appointment_requests SET chosen = ? WHERE id = ? AND status = 'pending'",
        (json.dumps(chosen), request_id),
    )


async def offer(
    tx: Tx, request_id: int, now: dt.datetime, staff: str, times: list[Time], any_time: bool
) -> bool:
    """Pending -> offered (staff chose times, or any free time); False if decided meanwhile."""
    return await tx.changed_one(
        "UPDATE appointment_requests SET status = 'offered', offered = ?, offer_any = ?,"
        f" staff_name = ?, decided_at = ?, chosen = '[]', reoffered_at = NULL, {_WROTE}"
        " WHERE id = ? AND status = 'pending'",
        (json.dumps(times), int(any_time), staff, utc_text(now), utc_text(now), request_id),
    )


async def reoffer(tx: Tx, request_id: int, times: list[Time], now: dt.datetime) -> bool:
    """Booked -> offered again by the bot: staff cancelled its appointment; the approval stands
    and the person picks another time (`times`, else any free one)."""
    return await tx.changed_one(
        "UPDATE appointment_requests SET status = 'offered', offered = ?, offer_any = ?,"
        " appointment_id = NULL, closed_at = NULL, reoffered_at = ?"
        " WHERE id = ? AND status = 'booked' AND forgotten = 0",
        (json.dumps(times), int(not times), utc_text(now), request_id),
    )


async def decline(
    tx: Tx, request_id: int, now: dt.datetime, staff: str, code: str | None, text: str | None
) -> bool:
    """Pending or offered -> declined, with a reason; False if already decided."""
    return await tx.changed_one(
        "UPDATE appointment_requests SET status = 'declined', staff_name = ?, reason_code = ?,"
        f" reason_text = ?, decided_at = ?, closed_at = ?, {_WROTE}"
        " WHERE id = ? AND status IN ('pending', 'offered')",
        (staff, code, text, utc_text(now), utc_text(now), utc_text(now), request_id),
    )


async def close(tx: Tx, request_id: int, now: dt.datetime, staff: str) -> bool:
    """Pending or offered -> closed by staff (settled otherwise); False if no longer open."""
    return await tx.changed_one(
        "UPDATE appointment_requests SET status = 'closed', staff_name = ?, decided_at = ?,"
        f" closed_at = ?, {_WROTE} WHERE id = ? AND status IN ('pending', 'offered')",
        (staff, utc_text(now), utc_text(now), utc_text(now), request_id),
    )


async def other_times(tx: Tx, request_id: int) -> bool:
    """Offered -> pending again: staff choose other times to offer (the person said none
    suits, say); the times offered before can no longer be taken. False if not offered."""
    return await tx.changed_one(
        "UPDATE appointment_requests SET status = 'pending', chosen = '[]'"
        " WHERE id = ? AND status = 'offered'",
        (request_id,),
    )


async def withdraw(tx: Tx, request_id: int, now: dt.datetime) -> bool:
    """The person withdrew it: their texts stop going to staff too."""
    return await tx.changed_one(
        "UPDATE appointment_requests SET status = 'withdrawn', closed_at = ?,"
        " thread_closed_at = ? WHERE id = ? AND status IN ('pending', 'offered')",
        (utc_text(now), utc_text(now), request_id),
    )


async def booked(tx: Tx, request_id: int, appointment_id: int, ends_at: dt.datetime) -> bool:
    """Offered -> booked; the request's data is kept as long as its appointment's."""
    return await tx.changed_one(
        "UPDATE appointment_requests SET status = 'booked', appointment_id = ?, closed_at = ?"
        " WHERE id = ? AND status = 'offered'",
        (appointment_id, utc_text(ends_at), request_id),
    )


async def moved(tx: Tx, request_id: int, appointment_id: int, ends_at: dt.datetime) -> None:
    """Its appointment moved to another time (no new approval): the new one is the request's."""
    sql = "UPDATE appointment_requests SET appointment_id = ?, closed_at = ? WHERE id = ?"
    await tx.execute(sql, (appointment_id, utc_text(ends_at), request_id))


async def staff_wrote(tx: Tx, request_id: int, staff_name: str, now: dt.datetime) -> None:
    """Who wrote to the person about the request, and when (a reply to its card)."""
    await tx.execute(
        "UPDATE appointment_requests SET staff_wrote_by = ?, staff_wrote_at = ? WHERE id = ?",
        (staff_name, utc_text(now), request_id),
    )


def _times(text: str) -> tuple[Time, ...]:
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple((str(a), str(b)) for a, b in data if a and b)


def from_row(row: aiosqlite.Row) -> Request:
    decided = row["decided_at"]
    return Request(
        id=row["id"],
        office=row["office"],
        service=row["service"],
        channel=row["channel"],
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        language=row["language"],
        name=row["name"],
        phone=row["phone"],
        description=row["description"],
        urgent=bool(row["urgent"]),
        sensitive=bool(row["sensitive"]),
        status=row["status"],
        chosen=_times(row["chosen"]),
        offered=_times(row["offered"]),
        offer_any=bool(row["offer_any"]),
        staff_name=row["staff_name"],
        reason_code=row["reason_code"],
        reason_text=row["reason_text"],
        appointment_id=row["appointment_id"],
        created_at=from_utc_text(row["created_at"]),
        decided_at=maybe_utc_text(decided),
        forgotten=bool(row["forgotten"]),
        last_person_at=maybe_utc_text(row["last_person_at"]),
        staff_wrote_by=row["staff_wrote_by"],
        staff_wrote_at=maybe_utc_text(row["staff_wrote_at"]),
        reoffered=row["reoffered_at"] is not None,
        for_child=bool(row["for_child"]),
        visit_language=row["visit_language"],
        note=row["note"],
    )
