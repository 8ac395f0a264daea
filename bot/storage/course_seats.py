"""A course's seats set by staff at run time (/seats, migration 038), over the config's.

The rule: staff's number holds while the config's `seats:` is what it was when they set it; once
the config says another number (the deployer changed it and restarted), the config's holds and
staff's is forgotten. Staff setting the config's own number forget theirs too. The seats the
triggers check (`course_seats`) are written from `now` (enrolments.set_seats)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.storage import Tx, utc_text


@dataclass(frozen=True)
class SetByStaff:
    seats: int
    by: str | None


async def staff_set(tx: Tx, office: str, service: str, config_seats: int) -> SetByStaff | None:
    """Staff's seats for the course while they hold (the config still says `config_seats` as
    when they were set); a number set under another config is forgotten here (None)."""
    row = await tx.fetchone(
        "SELECT seats, config_seats, set_by FROM course_seats_set WHERE office = ? AND service = ?",
        (office, service),
    )
    if row is None:
        return None
    if int(row["config_seats"]) != config_seats:  # the config changed since: it wins
        await forget(tx, office, service)
        return None
    return SetByStaff(int(row["seats"]), row["set_by"])


async def now(tx: Tx, office: str, service: str, config_seats: int) -> int:
    """The course's seats now: staff's, while they hold, else the config's."""
    found = await staff_set(tx, office, service, config_seats)
    return found.seats if found is not None else config_seats


async def set_seats(
    tx: Tx,
    when: dt.datetime,
    office: str,
    service: str,
    seats: int,
    config_seats: int,
    by: str | None,
) -> None:
    """Staff set the seats (the config's own number: theirs is forgotten, the config holds)."""
    if seats == config_seats:
        await forget(tx, office, service)
        return
    await tx.execute(
        "INSERT INTO course_seats_set (office, service, seats, config_seats, set_by, set_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (office, service) DO UPDATE SET"
        " seats = excluded.seats, config_seats = excluded.config_seats,"
        " set_by = excluded.set_by, set_at = excluded.set_at",
        (office, service, seats, config_seats, by, utc_text(when)),
    )


async def forget(tx: Tx, office: str, service: str) -> None:
    await tx.execute(
        "DELETE FROM course_seats_set WHERE office = ? AND service = ?", (office, service)
    )
