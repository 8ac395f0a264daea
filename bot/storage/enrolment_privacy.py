"""What /forget and retention do to enrolments in courses (migrations 011 and 016): the person's
rows deleted; or whose they were (name, phone, children, the person's ids) blanked."""

from __future__ import annotations

import datetime as dt

from bot.storage import Tx
from bot.storage.retention import Cutoffs


async def forget_person(tx: Tx, channel: str, user_id: str) -> int:
    """/forget: every enrolment of the person goes, with its attendance and reminders."""
    cursor = await tx.execute(
        "DELETE FROM enrolments WHERE channel = ? AND user_id = ?", (channel, user_id)
    )
    return int(cursor.rowcount or 0)


async def listed(tx: Tx, subjects: list[str]) -> set[str]:
    """Which of these people («<channel>:<user id>») are on a course's lists now (signed up,
    offered a place or waiting): their sign-up keeps their name, so a staff note's line about
    them may stay (retention, bot.features.privacy.erase)."""
    if not subjects:
        return set()
    marks = ", ".join("?" * len(subjects))
    rows = await tx.fetchall(
        "SELECT DISTINCT channel || ':' || user_id AS subject FROM enrolments"
        f" WHERE status IN ('enrolled', 'offered', 'waiting') AND user_id != ''"
        f" AND channel || ':' || user_id IN ({marks})",
        tuple(subjects),
    )
    return {r["subject"] for r in rows}


async def forget_finished(
    tx: Tx, ends: dict[tuple[str, str], dt.datetime], cutoffs: Cutoffs
) -> int:
    """Retention: enrolments lose whose they were (name, phone, note, their ids) once they left
    the lists before their office's cutoff, or once their course finished before it (`ends`: the
    end of each listed course now; a course no longer listed by the end stored at enrolment)."""
    blank = "UPDATE enrolments SET name = NULL, phone = NULL, children = NULL, user_id = '',"
    blank += " chat_id = '', note = NULL,"
    blank += " token = NULL WHERE (name IS NOT NULL OR phone IS NOT NULL OR user_id != '') AND "
    cut, params = cutoffs.sql("office")
    cursor = await tx.execute(blank + f"ended_at < {cut}", params)
    count = int(cursor.rowcount or 0)
    rows = await tx.fetchall(
        f"SELECT DISTINCT office, service FROM enrolments WHERE course_ends_at < {cut}"
        " AND (name IS NOT NULL OR phone IS NOT NULL OR user_id != '')",
        params,
    )
    listed = [(r["office"], r["service"]) for r in rows]
    unlisted = [key for key in listed if key not in ends]
    finished = [key for key, end in ends.items() if end < cutoffs.of(key[0])]
    for office, service in finished + unlisted:
        cursor = await tx.execute(blank + "office = ? AND service = ?", (office, service))
        count += int(cursor.rowcount or 0)
    return count
