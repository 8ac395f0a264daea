"""A course's waiting list moving up (migration 019): free seats go to the first sign-up that
fits in them; a family that needs more seats than are free is offered them for its first
people (unless it waits `together`), keeping its number for the rest; a sign-up split between
seats now and the waiting list; staff admitting someone past the seats.

The seat triggers have the last word on every seat (bot/storage/enrolments.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

from bot.storage import Tx, utc_text
from bot.storage import enrolments as store
from bot.storage.enrolments import Enrolment, NewEnrolment


async def free_seats(tx: Tx, office: str, service: str) -> int:
    """The course's seats (as last written from config) not held by anyone: may be below zero
    when staff admitted people past them."""
    row = await tx.fetchone(
        "SELECT COALESCE((SELECT seats FROM course_seats WHERE office = ? AND service = ?), 0)"
        " - COALESCE((SELECT SUM(people) FROM enrolments WHERE office = ? AND service = ?"
        " AND status IN ('enrolled', 'offered')), 0) AS free",
        (office, service, office, service),
    )
    return int(row["free"]) if row else 0


def blocks(waiting: list[Enrolment], free: int) -> bool:
    """Someone on the waiting list would be offered a free seat before a newcomer: a sign-up
    that fits in the free seats, or one that may be split. A family that waits `together` for
    more seats than are free does not (the trigger's rule, in Python, for the course's page)."""
    return any(not w.together or w.people <= free for w in waiting)


async def offer_next(
    tx: Tx, now: dt.datetime, office: str, service: str, until: dt.datetime
) -> Enrolment | None:
    """A free seat offered until `until`, first come, first served: to the first sign-up on the
    waiting list that fits in the free seats, or that needs more seats and may be split (offered
    the free ones for its first people, `offer_part`); one that waits together is passed over
    (keeping its number: it chose places for all at once), so the next in line has the seats,
    a family that may be split before a single person behind it. Seats nobody behind a family
    waiting together can have are held for that family once (bot/features/courses/waiting.py
    `tell_free`). None when no seat is free or nobody can have one."""
    free = await free_seats(tx, office, service)
    if free <= 0:
        return None
    for waiting in await store.waiting_in(tx, office, service):
        if waiting.people <= free:
            try:
                await tx.execute(
                    "UPDATE enrolments SET status = 'offered', offered_at = ?, offered_until = ?"
                    " WHERE id = ? AND status = 'waiting'",
                    (utc_text(now), utc_text(until), waiting.id),
                )
            except sqlite3.IntegrityError as exc:
                if "no seat left" in str(exc):
                    return None
                raise
            return await store.get(tx, waiting.id)
        if not waiting.together or not await held_once(tx, waiting):
            return await offer_part(tx, now, waiting, free, until)
    return None


async def offer_part(
    tx: Tx, now: dt.datetime, family: Enrolment, count: int, until: dt.datetime
) -> Enrolment | None:
    """The first `count` people of a waiting sign-up (its first children) offered seats, as a
    row of its own (`part_of` the sign-up); the sign-up keeps the rest, and its number."""
    kids = family.children
    try:
        part = await tx.insert(
            "INSERT INTO enrolments (office, service, channel, user_id, chat_id, language, name,"
            " phone, status, created_at, offered_at, offered_until, course_ends_at, people,"
            " children, part_of, note) SELECT office, service, channel, user_id, chat_id,"
            " language, name, phone, 'offered', ?, ?, ?, course_ends_at, ?, ?, id, note"
            " FROM enrolments"
            " WHERE id = ? AND status = 'waiting'",
            (
                utc_text(now), utc_text(now), utc_text(until), count,
                store.children_json(kids[:count]), family.id,
            ),
        )  # fmt: skip
    except sqlite3.IntegrityError as exc:
        if "no seat left" in str(exc):
            return None
        raise
    await tx.execute(
        "UPDATE enrolments SET people = people - ?, children = ? WHERE id = ?",
        (count, store.children_json(kids[count:]), family.id),
    )
    return await store.get(tx, part)


async def take_free(
    tx: Tx, now: dt.datetime, family: Enrolment, picked: tuple[int, ...]
) -> Enrolment | None:
    """Free places (held by nobody) taken by a sign-up still waiting, for some of its people:
    its children at `picked` (a group: as many of its people), signed up now as a row of its own
    (`part_of` the sign-up, which keeps the others and its number). None when the places are no
    longer free or the sign-up is not as it was read (nothing is written)."""
    kids = family.children
    count = len(picked)
    if not 0 < count < family.people or (kids and len(kids) != family.people):
        return None
    now_kids = tuple(kids[i] for i in picked) if kids else ()
    rest = tuple(c for i, c in enumerate(kids) if i not in picked)
    try:
        cursor = await tx.execute(
            "INSERT INTO enrolments (office, service, channel, user_id, chat_id, language, name,"
            " phone, status, created_at, enrolled_at, course_ends_at, people, children, part_of,"
            " note) SELECT office, service, channel, user_id, chat_id, language, name, phone,"
            " 'enrolled', ?, ?, course_ends_at, ?, ?, id, note FROM enrolments"
            " WHERE id = ? AND status = 'waiting' AND people = ?",
            (
                utc_text(now), utc_text(now), count, store.children_json(now_kids), family.id,
                family.people,
            ),
        )  # fmt: skip
    except sqlite3.IntegrityError as exc:
        if "no seat left" in str(exc):
            return None
        raise
    taken = await store.get(tx, cursor.lastrowid) if cursor.rowcount == 1 else None
    if taken is None:
        return None
    await tx.execute(
        "UPDATE enrolments SET people = people - ?, children = ? WHERE id = ?",
        (count, store.children_json(rest), family.id),
    )
    return taken


async def held_once(tx: Tx, family: Enrolment) -> bool:
    """Places were held for some of this sign-up's people before (offered to it: taken, turned
    down or let lapse): it holds up those behind it at most once."""
    row = await tx.fetchone(
        "SELECT 1 FROM enrolments WHERE part_of = ? AND offered_at IS NOT NULL LIMIT 1",
        (family.id,),
    )
    return row is not None


async def rest_of(tx: Tx, part: Enrolment) -> Enrolment | None:
    """The sign-up still waiting whose first people `part` offers seats to; None: `part` is a
    place offered on its own."""
    if part.status != "offered" or part.part_of is None:
        return None
    rest = await store.get(tx, part.part_of)
    return rest if rest is not None and rest.status == "waiting" else None


async def merge_back(tx: Tx, now: dt.datetime, part: Enrolment, status: str) -> Enrolment | None:
    """Seats offered for the first people of a sign-up, turned down ('declined') or not taken
    in time ('lapsed'): the offer ends so, its people go back to the sign-up, and it waits
    together from now on (it is not offered seats for part of them again). The sign-up as it
    is now; None when `part` was not such an offer."""
    rest = await rest_of(tx, part)
    if rest is None or await store.finish(tx, now, part.id, status) is None:
        return None
    await tx.execute(
        "UPDATE enrolments SET people = people + ?, children = ?, together = 1 WHERE id = ?",
        (part.people, store.children_json(part.children + rest.children), rest.id),
    )
    return await store.get(tx, rest.id)


async def enrol_split(
    tx: Tx, now: dt.datetime, new: NewEnrolment, seats: int, now_count: int
) -> tuple[Enrolment, Enrolment] | None:
    """A sign-up of more people than the free seats, split as the person chose: the first
    `now_count` signed up, the rest on the waiting list (a row `part_of` the first). None when
    the seats were taken meanwhile (nothing is written)."""
    await store.set_seats(tx, new.office, new.service, seats)
    first = dataclasses.replace(new, people=now_count, children=new.children[:now_count])
    try:
        seated = await store.insert(tx, now, first, "enrolled")
    except sqlite3.IntegrityError as exc:
        if "no seat left" in str(exc):
            return None
        raise store.refusal(exc) from None
    rest = dataclasses.replace(
        new,
        token=None,
        people=new.people - now_count,
        children=new.children[now_count:],
        part_of=seated,
    )
    waiting = await store.insert(tx, now, rest, "waiting")
    both = await store.get(tx, seated), await store.get(tx, waiting)
    assert both[0] is not None and both[1] is not None
    return both[0], both[1]


async def admit(tx: Tx, now: dt.datetime, enrolment_id: int, by: str) -> bool:
    """Staff admit someone waiting anyway, past the course's seats; False when they were not
    waiting any more."""
    cursor = await tx.execute(
        "UPDATE enrolments SET status = 'enrolled', enrolled_at = ?, admitted_by = ?"
        " WHERE id = ? AND status = 'waiting'",
        (utc_text(now), by, enrolment_id),
    )
    return cursor.rowcount == 1


async def swap_in(tx: Tx, part: Enrolment, rest: Enrolment, index: int) -> bool:
    """Seats offered for a family's first children (`part`), given to another child of the
    family instead, as the parent chose: the rest's child at `index` moves into the offer, first,
    and the offer's last child goes back to the front of the rest (each keeps its number of
    people). False when the offer or the rest is not as it was (nothing is written)."""
    if not 0 <= index < len(rest.children) or not part.children:
        return False
    if part.status != "offered" or rest.status != "waiting" or part.part_of != rest.id:
        return False  # (the rows as read in this transaction: nothing changes them meanwhile)
    chosen = rest.children[index]
    offered = (chosen, *part.children[:-1])
    back = (part.children[-1], *rest.children[:index], *rest.children[index + 1 :])
    for row, kids in ((part, offered), (rest, back)):
        await tx.execute(
            "UPDATE enrolments SET children = ? WHERE id = ?", (store.children_json(kids), row.id)
        )
    return True
