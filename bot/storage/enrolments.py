"""Enrolments in courses and events: seats under the database's rule, the waiting list, offers,
/forget and retention (migration 011; the courses' other records: bot.storage.courses)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

import aiosqlite

from bot.storage import Tx, course_seats, from_utc_text, maybe_utc_text, utc_text

HOLDING = ("enrolled", "offered")  # hold a seat
ACTIVE = ("enrolled", "offered", "waiting")  # on the course's lists
_ACTIVE_SQL = "('enrolled', 'offered', 'waiting')"
# a message to the person about their sign-up (ref id: the enrolment): one they cannot get is
# reported to staff naming the course (bot/delivery/about_course.py)
REF_PERSON = "course_person"
_LISTED_SQL = "SELECT * FROM enrolments WHERE office = ? AND service = ? AND status = ? ORDER BY "


class EnrolmentClosed(Exception):
    """Staff closed enrolment for this course: the database refused the row."""


class AlreadyEnrolled(Exception):
    """This person is already on the course's lists."""


@dataclass(frozen=True)
class Child:
    """A child a parent signed up (config `for: children`)."""

    name: str
    age: int


@dataclass(frozen=True)
class Enrolment:
    id: int
    office: str
    service: str
    channel: str
    user_id: str
    chat_id: str
    language: str
    name: str | None
    phone: str | None
    status: str
    token: str | None
    created_at: dt.datetime
    enrolled_at: dt.datetime | None
    offered_until: dt.datetime | None
    ended_at: dt.datetime | None
    course_ends_at: dt.datetime
    people: int = 1  # seats this sign-up takes (migration 016)
    children: tuple[Child, ...] = ()
    part_of: int | None = None  # part of another sign-up of theirs (migration 019)
    together: bool = False  # waits for seats for all its people at once
    admitted_by: str | None = None  # a staff member admitted them past the seats
    note: str | None = None  # the bracket after the name, for staff (migration 048)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE

    @property
    def course(self) -> tuple[str, str]:
        return self.office, self.service


@dataclass(frozen=True)
class NewEnrolment:
    office: str
    service: str
    channel: str
    user_id: str
    chat_id: str
    language: str
    name: str
    phone: str
    token: str | None
    course_ends_at: dt.datetime
    people: int = 1
    children: tuple[Child, ...] = ()
    together: bool = False
    part_of: int | None = None
    note: str | None = None


async def set_seats(tx: Tx, office: str, service: str, seats: int) -> None:
    """The course's seats now (the trigger reads them): the config's `seats`, or staff's
    number set over them while it holds (course_seats.py)."""
    seats = await course_seats.now(tx, office, service, seats)
    await tx.execute(
        "INSERT INTO course_seats (office, service, seats) VALUES (?, ?, ?)"
        " ON CONFLICT (office, service) DO UPDATE SET seats = excluded.seats",
        (office, service, seats),
    )


async def enrol(tx: Tx, now: dt.datetime, new: NewEnrolment, seats: int) -> Enrolment:
    """A seat if the database has one for them, else a place at the end of the waiting list.

    SQLite undoes just the refused statement, so the caller's transaction stays usable."""
    await set_seats(tx, new.office, new.service, seats)
    try:
        row_id = await insert(tx, now, new, "enrolled")
    except sqlite3.IntegrityError as exc:
        if "no seat left" not in str(exc):
            raise refusal(exc) from None
        try:
            row_id = await insert(tx, now, new, "waiting")
        except sqlite3.IntegrityError as again:
            raise refusal(again) from None
    found = await get(tx, row_id)
    assert found is not None
    return found


def refusal(exc: sqlite3.IntegrityError) -> Exception:
    if "enrolment closed" in str(exc):
        return EnrolmentClosed()
    if "UNIQUE" in str(exc):
        return AlreadyEnrolled()
    return exc


async def insert(tx: Tx, now: dt.datetime, new: NewEnrolment, status: str) -> int:
    return await tx.insert(
        "INSERT INTO enrolments (office, service, channel, user_id, chat_id, language, name,"
        " phone, status, token, created_at, enrolled_at, course_ends_at, people, children,"
        " together, part_of, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new.office,
            new.service,
            new.channel,
            new.user_id,
            new.chat_id,
            new.language,
            new.name,
            new.phone,
            status,
            new.token,
            utc_text(now),
            utc_text(now) if status == "enrolled" else None,
            utc_text(new.course_ends_at),
            new.people,
            children_json(new.children),
            int(new.together),
            new.part_of,
            new.note,
        ),
    )


def children_json(children: tuple[Child, ...]) -> str | None:
    return json.dumps([[c.name, c.age] for c in children]) if children else None


async def get(tx: Tx, enrolment_id: int) -> Enrolment | None:
    row = await tx.fetchone("SELECT * FROM enrolments WHERE id = ?", (enrolment_id,))
    return _enrolment(row) if row else None


async def by_token(tx: Tx, channel: str, user_id: str, token: str) -> Enrolment | None:
    row = await tx.fetchone(
        "SELECT * FROM enrolments WHERE channel = ? AND user_id = ? AND token = ?",
        (channel, user_id, token),
    )
    return _enrolment(row) if row else None


async def all_for(tx: Tx, channel: str, user_id: str, *, active: bool = False) -> list[Enrolment]:
    """The person's enrolments, oldest first; `active`: only their places on courses' lists."""
    only = f" AND status IN {_ACTIVE_SQL}" if active else ""
    rows = await tx.fetchall(
        f"SELECT * FROM enrolments WHERE channel = ? AND user_id = ?{only} ORDER BY id",
        (channel, user_id),
    )
    return [_enrolment(r) for r in rows]


async def of_course(tx: Tx, office: str, service: str) -> list[Enrolment]:
    """Everyone on the course's lists: enrolled (by when the seat became theirs), offered, then
    the waiting list in its order."""
    rows = await tx.fetchall(
        f"SELECT * FROM enrolments WHERE office = ? AND service = ? AND status IN {_ACTIVE_SQL}"
        " ORDER BY CASE status WHEN 'enrolled' THEN 0 WHEN 'offered' THEN 1 ELSE 2 END,"
        " COALESCE(enrolled_at, offered_at, created_at), id",
        (office, service),
    )
    return [_enrolment(r) for r in rows]


async def counts(tx: Tx, office: str) -> dict[str, dict[str, int]]:
    """service -> status -> how many people, for the office's active enrolments."""
    rows = await tx.fetchall(
        f"SELECT service, status, SUM(people) AS n FROM enrolments WHERE office = ?"
        f" AND status IN {_ACTIVE_SQL} GROUP BY service, status",
        (office,),
    )
    out: dict[str, dict[str, int]] = {}
    for row in rows:
        out.setdefault(row["service"], {})[row["status"]] = int(row["n"])
    return out


async def taken(tx: Tx, office: str, service: str) -> tuple[int, int]:
    """Seats held (enrolled, or offered to someone who may still confirm), and sign-ups waiting."""
    row = await tx.fetchone(
        "SELECT COALESCE(SUM((status IN ('enrolled', 'offered')) * people), 0) AS held,"
        " COALESCE(SUM(status = 'waiting'), 0) AS waiting FROM enrolments"
        " WHERE office = ? AND service = ?",
        (office, service),
    )
    return (int(row["held"]), int(row["waiting"])) if row else (0, 0)


async def position(tx: Tx, enrolment: Enrolment) -> int:
    """Their number on the waiting list (1: offered the next free seat)."""
    row = await tx.fetchone(
        "SELECT COUNT(*) AS n FROM enrolments WHERE office = ? AND service = ?"
        " AND status = 'waiting' AND id <= ?",
        (enrolment.office, enrolment.service, enrolment.id),
    )
    return int(row["n"]) if row else 0


async def waiting_in(tx: Tx, office: str, service: str) -> list[Enrolment]:
    """The course's waiting list in its order (the first is number 1)."""
    return await _listed(tx, office, service, "waiting", "id")


async def take(tx: Tx, now: dt.datetime, enrolment_id: int) -> bool:
    """An offered seat taken before its deadline; False when it is no longer theirs."""
    cursor = await tx.execute(
        "UPDATE enrolments SET status = 'enrolled', enrolled_at = ?"
        " WHERE id = ? AND status = 'offered' AND offered_until > ?",
        (utc_text(now), enrolment_id, utc_text(now)),
    )
    return cursor.rowcount == 1


async def finish(tx: Tx, now: dt.datetime, enrolment_id: int, status: str) -> Enrolment | None:
    """Off the lists ('left', 'removed', 'declined', 'lapsed'): the row as it was before, or
    None when it was not on them any more (a second tap)."""
    before = await get(tx, enrolment_id)
    if before is None or not before.active:
        return None
    cursor = await tx.execute(
        f"UPDATE enrolments SET status = ?, ended_at = ? WHERE id = ? AND status IN {_ACTIVE_SQL}",
        (status, utc_text(now), enrolment_id),
    )
    return before if cursor.rowcount == 1 else None


async def offers_past(tx: Tx, now: dt.datetime) -> list[Enrolment]:
    """Offered seats whose deadline has passed."""
    rows = await tx.fetchall(
        "SELECT * FROM enrolments WHERE status = 'offered' AND offered_until <= ? ORDER BY id",
        (utc_text(now),),
    )
    return [_enrolment(r) for r in rows]


async def with_waiting(tx: Tx) -> list[tuple[str, str]]:
    """Courses (office, service) with someone on the waiting list."""
    rows = await tx.fetchall(
        "SELECT DISTINCT office, service FROM enrolments WHERE status = 'waiting'"
        " ORDER BY office, service"
    )
    return [(r["office"], r["service"]) for r in rows]


async def enrolled_in(tx: Tx, office: str, service: str) -> list[Enrolment]:
    return await _listed(tx, office, service, "enrolled", "enrolled_at, id")


async def _listed(tx: Tx, office: str, service: str, status: str, order: str) -> list[Enrolment]:
    rows = await tx.fetchall(_LISTED_SQL + order, (office, service, status))
    return [_enrolment(r) for r in rows]


def _enrolment(row: aiosqlite.Row) -> Enrolment:
    return Enrolment(
        id=row["id"],
        office=row["office"],
        service=row["service"],
        channel=row["channel"],
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        language=row["language"],
        name=row["name"],
        phone=row["phone"],
        status=row["status"],
        token=row["token"],
        created_at=from_utc_text(row["created_at"]),
        enrolled_at=maybe_utc_text(row["enrolled_at"]),
        offered_until=maybe_utc_text(row["offered_until"]),
        ended_at=maybe_utc_text(row["ended_at"]),
        course_ends_at=from_utc_text(row["course_ends_at"]),
        people=int(row["people"]),
        children=tuple(Child(n, a) for n, a in json.loads(row["children"] or "[]")),
        part_of=row["part_of"],
        together=bool(row["together"]),
        admitted_by=row["admitted_by"],
        note=row["note"],
    )
