"""One child of a family's sign-up changed without touching the others (migrations 016, 019):
taken off (the parent, or staff), or a brother or sister added later (the parent's name and
phone, if changed then, on the whole sign-up)."""

from __future__ import annotations

import datetime as dt

from bot.storage import Tx, utc_text
from bot.storage import enrolments as store
from bot.storage.enrolments import ACTIVE, Enrolment


async def take_off(
    tx: Tx, now: dt.datetime, family: Enrolment, index: int, status: str
) -> Enrolment | None:
    """The child at `index` of a sign-up of several children off the lists ('left' or
    'removed'): a row of its own with that status (`part_of` the sign-up, with a copy of the
    family's attendance, so past meetings' sheets still show the child), the sign-up keeping
    the others, and its seats or its number. None when the sign-up is not as it was read."""
    now_row = await store.get(tx, family.id)
    kids = family.children
    if (
        now_row is None
        or now_row != family
        or family.status not in ACTIVE
        or len(kids) < 2
        or len(kids) != family.people
        or not 0 <= index < len(kids)
    ):
        return None
    ended = await tx.insert(
        "INSERT INTO enrolments (office, service, channel, user_id, chat_id, language, name,"
        " phone, status, created_at, enrolled_at, ended_at, course_ends_at, people, children,"
        " part_of, note) SELECT office, service, channel, user_id, chat_id, language, name,"
        " phone, ?, created_at, enrolled_at, ?, course_ends_at, 1, ?, id, note FROM enrolments"
        " WHERE id = ?",
        (status, utc_text(now), store.children_json((kids[index],)), family.id),
    )
    rest = tuple(c for i, c in enumerate(kids) if i != index)
    await tx.execute(
        "UPDATE enrolments SET people = people - 1, children = ? WHERE id = ?",
        (store.children_json(rest), family.id),
    )
    await tx.execute(
        "INSERT INTO course_attendance (enrolment_id, meeting, marked_at)"
        " SELECT ?, meeting, marked_at FROM course_attendance WHERE enrolment_id = ?",
        (ended, family.id),
    )
    return await store.get(tx, ended)


async def set_person(tx: Tx, family: Enrolment, name: str, phone: str) -> None:
    """The parent's name and phone, changed while adding a child, on every row of the family's
    sign-up still on the course's lists (the person's rows on this course)."""
    await tx.execute(
        "UPDATE enrolments SET name = ?, phone = ? WHERE office = ? AND service = ?"
        " AND channel = ? AND user_id = ? AND status IN (?, ?, ?)",
        (name, phone, family.office, family.service, family.channel, family.user_id, *ACTIVE),
    )
