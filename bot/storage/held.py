"""What the database holds per office and per course, read before the bot starts (`infopoint
check`, `infopoint run`): the open records of each office, the sign-ups of each course (with
the end of the course when they signed up), the people whose office each is. Read only:
nothing is written or migrated, and a table an older database lacks is left out."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.storage import from_utc_text, utc_text
from bot.storage.course_meetings import Span, decode

REQUESTS, VISITS, APPOINTMENTS, APPOINTMENT_REQUESTS = (
    "requests",
    "visits",
    "appointments",
    "appointment requests",
)
SIGN_UPS, PEOPLE = "sign-ups", "people"

# kind -> office, course (sign-ups), the course's end when they signed up, how many
_QUERIES = (
    (
        REQUESTS,
        "SELECT office, '', '', COUNT(*) FROM callback_requests"
        " WHERE status IN ('open', 'taken') AND office IS NOT NULL GROUP BY office",
    ),
    (
        VISITS,
        "SELECT office, '', '', COUNT(*) FROM bookings"
        " WHERE status = 'active' AND ends_at > :now AND office IS NOT NULL GROUP BY office",
    ),
    (
        APPOINTMENTS,
        "SELECT office, '', '', COUNT(*) FROM appointments"
        " WHERE status = 'active' AND ends_at > :now GROUP BY office",
    ),
    (
        APPOINTMENT_REQUESTS,
        "SELECT office, '', '', COUNT(*) FROM appointment_requests"
        " WHERE status IN ('pending', 'offered') GROUP BY office",
    ),
    (
        SIGN_UPS,
        "SELECT office, service, course_ends_at, COUNT(*) FROM enrolments"
        " WHERE status IN ('enrolled', 'offered', 'waiting') AND course_ends_at > :now"
        " GROUP BY office, service, course_ends_at",
    ),
    (
        PEOPLE,
        "SELECT json_extract(data, '$.office') AS o, '', '', COUNT(*) FROM sessions"
        " WHERE o IS NOT NULL GROUP BY o",
    ),
)


@dataclass(frozen=True)
class Held:
    kind: str  # REQUESTS … PEOPLE
    office: str
    count: int
    course: str = ""  # sign-ups: the course's id
    ends_at: dt.datetime | None = None  # sign-ups: the course's end when they signed up


# a visit (D) and an appointment (S) still to come: letter, office, number, start
_UPCOMING = (
    (
        "D",
        "SELECT office, id, starts_at FROM bookings WHERE status = 'active'"
        " AND ends_at > :now AND office IS NOT NULL ORDER BY starts_at, id",
    ),
    (
        "S",
        "SELECT office, id, starts_at FROM appointments WHERE status = 'active'"
        " AND ends_at > :now ORDER BY starts_at, id",
    ),
)


@dataclass(frozen=True)
class Upcoming:
    """A visit or an appointment still to come, by its number as staff type it (D4, S2)."""

    letter: str
    office: str
    number: int
    starts_at: dt.datetime


def read(path: Path, now: dt.datetime) -> list[Held]:
    """Every kind's count per office (and course); raises sqlite3.Error when the file cannot
    be read at all."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    found = []
    try:
        for kind, sql in _QUERIES:
            try:
                rows = conn.execute(sql, {"now": utc_text(now)}).fetchall()
            except sqlite3.OperationalError as exc:  # an older database, without the table
                if "no such" not in str(exc):
                    raise
                continue
            for office, course, ends, count in rows:
                ends_at = from_utc_text(ends) if ends else None
                found.append(Held(kind, str(office), int(count or 0), str(course), ends_at))
    finally:
        conn.close()
    return found


def upcoming(path: Path, now: dt.datetime) -> list[Upcoming]:
    """Every office's visits and appointments still to come, by time."""
    return [
        Upcoming(letter, str(office), int(number), from_utc_text(starts))
        for letter, sql in _UPCOMING
        for office, number, starts in _rows(path, sql, now)
    ]


def told(path: Path) -> dict[tuple[str, str], list[Span]]:
    """Each course's meetings as its people were last told them (migration 041), by office
    and course."""
    sql = "SELECT office, service, meetings FROM course_meetings"
    rows = _rows(path, sql, dt.datetime.now(dt.UTC))
    return {(str(office), str(course)): decode(str(kept)) for office, course, kept in rows}


def _rows(path: Path, sql: str, now: dt.datetime) -> list[tuple[Any, Any, Any]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, {"now": utc_text(now)}).fetchall()
    except sqlite3.OperationalError as exc:  # an older database, without the table
        if "no such" not in str(exc):
            raise
        return []
    finally:
        conn.close()
