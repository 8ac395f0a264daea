"""The outbox's part of /forget and retention: which delivered messages show a person, so that
they are edited away, and their stored text dropped."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core import markup
from bot.core.messages import Reply
from bot.storage import Tx, utc_text
from bot.storage.appointment_requests import REF_LOOK as APPOINTMENT_LOOK
from bot.storage.appointments import REF_DECLINE, REF_DECLINE_OFFERED
from bot.storage.courses import REF_THREAD as COURSE_THREAD
from bot.storage.outbox import PENDING, as_json
from bot.storage.requests import REF_LOOK as REQUEST_LOOK
from bot.storage.retention import Cutoffs

# Messages tied to a record that its feature does not rewrite when the record is forgotten:
# what a person wrote after a course's message to everyone, a card shown again (/request N),
# the question why an appointment request is declined (a reply to it is the reason)
NOT_REWRITTEN = (
    COURSE_THREAD,
    REQUEST_LOOK,
    APPOINTMENT_LOOK,
    REF_DECLINE,
    REF_DECLINE_OFFERED,
)


@dataclass(frozen=True)
class Shown:
    """A delivered message about a person: where it is, to edit it away."""

    channel: str
    chat_id: str
    message_id: str
    ref_kind: str | None
    ref_id: int | None = None
    names: str = ""  # the record a note was about, nobody's data in it (`Reply.names`)
    item_id: int = 0  # its outbox row (shown_about)
    others: Reply | None = None  # a note that names others too, line by line (`Reply.marks`)
    topic: int | None = None  # the forum topic it is in (a supergroup several offices share)


async def shown_about(tx: Tx, subject: str, chat_id: str) -> list[Shown]:
    """Delivered messages about this person (a note, a prompt about their record), oldest first."""
    rows = await tx.fetchall(
        "SELECT id, channel, chat_id, message_id, ref_kind, ref_id, reply FROM outbox"
        " WHERE subject = ? AND chat_id = ? AND action = 'send' AND delivered_at IS NOT NULL"
        " AND message_id IS NOT NULL ORDER BY id",
        (subject, chat_id),
    )
    return [
        Shown(
            r["channel"],
            r["chat_id"],
            r["message_id"],
            r["ref_kind"],
            r["ref_id"],
            _names(r["reply"]),
            r["id"],
            _others(r["reply"], subject),
            _topic(r["reply"]),
        )
        for r in rows
    ]


def _topic(stored: str | None) -> int | None:
    """The forum topic a stored message was sent to (`Reply.topic_id`)."""
    try:
        topic = json.loads(stored).get("topic_id") if stored else None
    except (ValueError, AttributeError):
        return None
    return topic if isinstance(topic, int) else None


def _lined(stored: str | None) -> Reply | None:
    """A stored note whose lines are each one person's, each with what it becomes without them
    (`Mark.instead`: a course's note naming a leaver and the person offered the place)."""
    if not stored or '"marks"' not in stored:
        return None
    reply = Reply.from_json(json.loads(stored))
    return reply if any(m.instead for m in reply.marks) else None


async def waiting_marked(tx: Tx, chat_id: str, subject: str) -> list[tuple[int, Reply, bool]]:
    """Messages still waiting to be sent to a (staff) chat whose lines are marked person by
    person (`Reply.marks`) and mark this person's: a note about them that names others too, a
    list that shows them among others; each with whether it is about them (its subject)."""
    rows = await tx.fetchall(
        f"SELECT id, reply, subject FROM outbox WHERE chat_id = ? AND action = 'send' AND {PENDING}"
        " AND reply LIKE '%\"marks\"%' ORDER BY id",
        (chat_id,),
    )
    found = []
    for r in rows:
        reply = Reply.from_json(json.loads(r["reply"]))
        if any(m.subject == subject and m.lines for m in reply.marks):
            found.append((r["id"], reply, r["subject"] == subject))
    return found


async def blank_edits_showing(tx: Tx, chat_id: str, subject: str, needles: list[str]) -> None:
    """Delivered edits in a chat whose stored text shows this person among others (a list or
    a note masked for someone else before: `Reply.shows`, its marks, their phone or full name):
    they keep only their ids, as every delivered message about the person does."""
    rows = await tx.fetchall(
        "SELECT id, reply FROM outbox WHERE chat_id = ? AND action = 'edit'"
        " AND delivered_at IS NOT NULL",
        (chat_id,),
    )
    for r in rows:
        reply = Reply.from_json(json.loads(r["reply"]))
        marked = any(m.subject == subject for m in reply.marks)
        text = markup.to_plain(reply.text)
        if subject in reply.shows or marked or any(n in text for n in needles if n):
            await tx.execute(
                "UPDATE outbox SET reply = ? WHERE id = ?", (as_json(Reply("")), r["id"])
            )


async def blank_edits_of(tx: Tx, shown: Shown) -> None:
    """Retention: the edits delivered to a message (a note that kept someone's line before)
    keep only their ids, as the message's own row does once edited again."""
    await tx.execute(
        "UPDATE outbox SET reply = ? WHERE channel = ? AND chat_id = ? AND action = 'edit'"
        " AND delivered_at IS NOT NULL AND json_extract(reply, '$.edit_message_id') = ?",
        (as_json(Reply("")), shown.channel, shown.chat_id, shown.message_id),
    )


async def keep_waiting(tx: Tx, item_id: int, reply: Reply, subject: str) -> None:
    """A message still to be sent, without this person's lines (`reply`): it goes to staff so,
    about nobody alone if it was about them (what waits about them is deleted: forget_subject)."""
    await tx.execute(
        "UPDATE outbox SET reply = ?, subject = CASE WHEN subject = ? THEN NULL ELSE subject END"
        " WHERE id = ?",
        (as_json(reply), subject, item_id),
    )


def _others(stored: str | None, subject: str) -> Reply | None:
    """A stored note whose lines name other people too, each theirs (`Reply.marks`)."""
    if not stored or '"marks"' not in stored:
        return None
    reply = Reply.from_json(json.loads(stored))
    return reply if any(m.subject != subject and m.lines for m in reply.marks) else None


async def keep_for_others(tx: Tx, item_id: int, reply: Reply) -> None:
    """A note about this person that names others too: it keeps their lines (`reply`), about
    nobody alone now, so that their own /forget still finds it (by `Reply.shows`)."""
    await tx.execute(
        "UPDATE outbox SET reply = ?, subject = NULL WHERE id = ?", (as_json(reply), item_id)
    )


def _names(stored: str | None) -> str:
    """The record a stored note names (`Reply.names`), if it is still there."""
    try:
        names = json.loads(stored).get("names", "") if stored else ""
    except (ValueError, AttributeError):
        return ""
    return names if isinstance(names, str) else ""


@dataclass(frozen=True)
class Listed:
    """A delivered list that shows a person among others: its outbox id, where it is, its look."""

    item_id: int
    shown: Shown
    reply: Reply
    stale: bool = False  # the message was edited in place since (a course's card, then a sheet)


async def shown_in_chat_with(
    tx: Tx, chat_id: str, needles: list[str], skip_subject: str
) -> list[Listed]:
    """Delivered messages in a chat that show a person but are not marked as about them: lists
    that show many people (a course's list, an agenda), found by the subjects the list says it
    shows (`Reply.shows`) or by `needles` in its text (their phone, their full name); one a
    later reply edited in place (the same message) is `stale`: it is no longer what staff see.
    Oldest first."""
    rows = await tx.fetchall(
        "SELECT id, channel, chat_id, message_id, ref_kind, subject, reply FROM outbox"
        " WHERE chat_id = ? AND action = 'send' AND delivered_at IS NOT NULL"
        " AND message_id IS NOT NULL ORDER BY id",
        (chat_id,),
    )
    newest = {(r["channel"], r["message_id"]): r["id"] for r in rows}
    found = []
    for r in rows:
        if (r["subject"] or "") == skip_subject:
            continue
        reply = Reply.from_json(json.loads(r["reply"]))
        text = markup.to_plain(reply.text)
        if skip_subject in reply.shows or any(needle in text for needle in needles):
            where = (r["channel"], r["chat_id"], r["message_id"], r["ref_kind"])
            shown = Shown(*where, topic=reply.topic_id)
            stale = newest[(r["channel"], r["message_id"])] != r["id"]
            found.append(Listed(r["id"], shown, reply, stale))
    return found


async def blank(tx: Tx, item_ids: list[int]) -> None:
    """Delivered messages keep only their ids (which message was where), not their text."""
    for item_id in item_ids:
        await tx.execute("UPDATE outbox SET reply = ? WHERE id = ?", (as_json(Reply("")), item_id))


async def set_reply(tx: Tx, item_id: int, reply: Reply) -> None:
    """A delivered message's stored look, as it was edited to (a list with a person masked)."""
    await tx.execute("UPDATE outbox SET reply = ? WHERE id = ?", (as_json(reply), item_id))


async def forget_subject(tx: Tx, subject: str) -> None:
    """Every message about this person: what waits is deleted (it must not arrive any more),
    what was delivered keeps only its ids (which message showed which record)."""
    await tx.execute(f"DELETE FROM outbox WHERE subject = ? AND {PENDING}", (subject,))
    await tx.execute(
        "UPDATE outbox SET reply = ?, subject = NULL WHERE subject = ?",
        (as_json(Reply("")), subject),
    )


async def forget_own_chat(tx: Tx, channel: str, chat_id: str) -> None:
    """/forget: the messages sent to the person's own chat (a course's freed place, the times an
    advisor offers) go whole, not only their text: the chat's id is the person's account
    (tester 40, F8). Staff chats keep their rows' ids (which message showed which record)."""
    await tx.execute(
        f"DELETE FROM outbox WHERE channel = ? AND chat_id = ? AND NOT ({PENDING})",
        (channel, chat_id),
    )


async def delete_finished_before(tx: Tx, cutoffs: Cutoffs, kept: Iterable[int] = ()) -> int:
    """Retention: delivered or given-up messages older than their chat's cutoff are not needed
    any more (which message shows which record is kept in message_refs, without any text);
    but `kept`, notes that still show someone whose data is kept (their lines), for their own
    /forget and retention to find."""
    cut, params = cutoffs.sql("chat_id")
    ids = list(kept)
    but = f" AND id NOT IN ({', '.join('?' * len(ids))})" if ids else ""
    cursor = await tx.execute(
        "DELETE FROM outbox WHERE (delivered_at IS NOT NULL OR failed_at IS NOT NULL)"
        f" AND created_at < {cut}{but}",
        (*params, *ids),
    )
    return int(cursor.rowcount or 0)


async def showing_people_before(tx: Tx, chat_id: str, moment: dt.datetime) -> list[Shown]:
    """Retention: delivered messages in a (staff) chat sent before `moment` that show a person
    and belong to no record (a record's own messages are rewritten when it is forgotten): notes
    about a person (marked with their subject), lists that say whom they show, and what a
    person wrote after a course's message to everyone (its sign-up may be kept longer), cards
    shown again (`NOT_REWRITTEN`). A note keeps the record it named (`Shown.names`); one whose
    lines are each one person's (`Mark.instead`) comes with its look (`Shown.others`). A message
    is judged by what it shows now: one replaced in place since (a question by what was done,
    «Cancel this visit?» by «Cancelled», then «Reopened») by its newest version, never by an
    older one (which showed someone, maybe, where the message shows nobody now)."""
    rows = await tx.fetchall(
        "SELECT id, channel, chat_id, message_id, ref_kind, subject, reply, created_at"
        " FROM outbox WHERE chat_id = ? AND action = 'send' AND delivered_at IS NOT NULL"
        " AND message_id IS NOT NULL ORDER BY id",
        (chat_id,),
    )
    newest = {(r["channel"], r["message_id"]): r["id"] for r in rows}  # what each shows now
    before = utc_text(moment)
    return [
        Shown(
            r["channel"],
            r["chat_id"],
            r["message_id"],
            r["ref_kind"],
            None,
            _names(r["reply"]),
            r["id"],
            _lined(r["reply"]),
        )
        for r in rows
        if newest[(r["channel"], r["message_id"])] == r["id"]
        and r["created_at"] < before
        and (r["ref_kind"] is None or r["ref_kind"] in NOT_REWRITTEN)
        and (r["subject"] or Reply.from_json(json.loads(r["reply"])).shows)
    ]


async def forget_sent(tx: Tx, channel: str, chat_id: str, message_id: str) -> None:
    """A delivered message that no longer shows anyone (a card's earlier copy, now «shown again
    below») keeps only its ids: /forget and retention have nothing of it to edit."""
    await tx.execute(
        "UPDATE outbox SET reply = ?, subject = NULL WHERE channel = ? AND chat_id = ?"
        " AND message_id = ? AND action = 'send'",
        (as_json(Reply("")), channel, chat_id, message_id),
    )
