"""A course's meetings as the people on its lists were last told them (migration 041), and what
changed since: the meetings moved, dropped or added (bot/features/courses/moved.py tells the
people once the bot runs with the new config; `infopoint check` names the changes first)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from bot.storage import Tx, from_utc_text, utc_text

Span = tuple[dt.datetime, dt.datetime]  # a meeting's start and end (aware)


@dataclass(frozen=True)
class Change:
    was: Span | None  # None: a meeting added
    now: Span | None  # None: a meeting dropped


def changes(was: list[Span], now: list[Span], after: dt.datetime) -> list[Change]:
    """The meetings still to come that changed: those no longer in `now` paired in order with
    the new ones (moved), the rest dropped or added."""
    gone = [m for m in was if m not in now and m[0] > after]
    new = [m for m in now if m not in was and m[0] > after]
    out = [Change(a, b) for a, b in zip(gone, new, strict=False)]
    out += [Change(a, None) for a in gone[len(new) :]]
    out += [Change(None, b) for b in new[len(gone) :]]
    return sorted(out, key=lambda c: (c.was or c.now or (after, after))[0])


def encode(meetings: list[Span]) -> str:
    return json.dumps([[utc_text(a), utc_text(b)] for a, b in meetings])


def decode(text: str) -> list[Span]:
    return [(from_utc_text(a), from_utc_text(b)) for a, b in json.loads(text)]


async def told(tx: Tx, office: str, service: str) -> list[Span] | None:
    """The meetings last kept for the course (None: none yet)."""
    row = await tx.fetchone(
        "SELECT meetings FROM course_meetings WHERE office = ? AND service = ?", (office, service)
    )
    return decode(row["meetings"]) if row else None


async def keep(tx: Tx, office: str, service: str, meetings: list[Span], now: dt.datetime) -> None:
    await tx.execute(
        "INSERT INTO course_meetings (office, service, meetings, kept_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (office, service) DO UPDATE SET meetings = excluded.meetings,"
        " kept_at = excluded.kept_at",
        (office, service, encode(meetings), utc_text(now)),
    )
    await tx.execute(  # the sign-ups' own end of the course (retention, `infopoint check`)
        "UPDATE enrolments SET course_ends_at = ? WHERE office = ? AND service = ?"
        " AND status IN ('enrolled', 'offered', 'waiting')",
        (utc_text(meetings[-1][1]), office, service),
    )
