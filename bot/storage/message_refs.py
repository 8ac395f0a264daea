"""Which platform message shows which record (a staff message shows a request, say), so that
edits and staff replies find their way. Ids only: no text."""

from __future__ import annotations

import datetime as dt

from bot.storage import Tx, utc_text


async def remember(
    tx: Tx, now: dt.datetime, channel: str, chat_id: str, message_id: str, kind: str, ref: int
) -> None:
    await tx.execute(
        "INSERT OR REPLACE INTO message_refs VALUES (?, ?, ?, ?, ?, ?)",
        (channel, chat_id, message_id, kind, ref, utc_text(now)),
    )


async def ever_shown(tx: Tx, kind: str, ref: int) -> bool:
    """Whether a message ever showed this record (in any chat): a record /forget deleted leaves
    its staff card's row, so that its number can be told apart from one that never was."""
    row = await tx.fetchone(
        "SELECT 1 FROM message_refs WHERE ref_kind = ? AND ref_id = ? LIMIT 1", (kind, ref)
    )
    return row is not None


async def message_for(tx: Tx, channel: str, chat_id: str, kind: str, ref: int) -> str | None:
    """The first message that showed this record in that chat (the one staff see and edit)."""
    row = await tx.fetchone(
        "SELECT message_id FROM message_refs WHERE channel = ? AND chat_id = ? AND ref_kind = ?"
        " AND ref_id = ? ORDER BY created_at LIMIT 1",
        (channel, chat_id, kind, ref),
    )
    return row["message_id"] if row else None


async def messages_for(tx: Tx, channel: str, chat_id: str, kind: str, ref: int) -> list[str]:
    """Every message of that kind about this record in that chat (a thread's relayed texts)."""
    rows = await tx.fetchall(
        "SELECT message_id FROM message_refs WHERE channel = ? AND chat_id = ? AND ref_kind = ?"
        " AND ref_id = ? ORDER BY created_at",
        (channel, chat_id, kind, ref),
    )
    return [row["message_id"] for row in rows]


async def newest_for(tx: Tx, channel: str, chat_id: str, kind: str, ref: int) -> str | None:
    """The last message of that kind about this record in that chat (the copy of a card staff
    asked to see again that is kept up to date)."""
    row = await tx.fetchone(
        "SELECT message_id FROM message_refs WHERE channel = ? AND chat_id = ? AND ref_kind = ?"
        " AND ref_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
        (channel, chat_id, kind, ref),
    )
    return row["message_id"] if row else None


async def rekind(
    tx: Tx, channel: str, chat_id: str, kinds: tuple[str, ...], ref: int, kind: str
) -> None:
    """Every message of those kinds about this record in that chat is now of `kind` (a
    question taken back: a reply to it is answered differently)."""
    marks = ",".join("?" * len(kinds))
    await tx.execute(
        f"UPDATE message_refs SET ref_kind = ? WHERE channel = ? AND chat_id = ?"
        f" AND ref_kind IN ({marks}) AND ref_id = ?",
        (kind, channel, chat_id, *kinds, ref),
    )


async def ref_of(tx: Tx, channel: str, chat_id: str, message_id: str) -> tuple[str, int] | None:
    row = await tx.fetchone(
        "SELECT ref_kind, ref_id FROM message_refs WHERE channel = ? AND chat_id = ?"
        " AND message_id = ?",
        (channel, chat_id, message_id),
    )
    return (row["ref_kind"], int(row["ref_id"])) if row else None


async def forget_chat(tx: Tx, channel: str, chat_id: str) -> None:
    """/forget: the person's own chat keeps no trace (the staff chat's refs hold no person)."""
    await tx.execute(
        "DELETE FROM message_refs WHERE channel = ? AND chat_id = ?", (channel, chat_id)
    )


async def forget_private_before(tx: Tx, staff_chats: set[str], moment: dt.datetime) -> int:
    """Retention: the ids of messages in people's own chats (their chat id is their user id)
    older than `moment`; the staff chats' refs hold no person and are kept for edits."""
    marks = ",".join("?" * len(staff_chats))
    cursor = await tx.execute(
        f"DELETE FROM message_refs WHERE chat_id NOT IN ({marks}) AND created_at < ?",
        (*staff_chats, utc_text(moment)),
    )
    return int(cursor.rowcount or 0)


async def highest_number(tx: Tx) -> int:
    """The highest message id recorded that is a number, here or as a delivered message's in
    the outbox (a notice no record points to): the terminal numbers its messages on from it, so
    a message of an earlier run is never taken for a new one."""
    row = await tx.fetchone(
        "SELECT MAX(CAST(message_id AS INTEGER)) AS highest FROM ("
        " SELECT message_id FROM message_refs UNION ALL SELECT message_id FROM outbox"
        ") WHERE message_id GLOB '[0-9]*'"
    )
    return int(row["highest"]) if row and row["highest"] is not None else 0


async def sent_by_bot(tx: Tx, channel: str, chat_id: str, message_id: str) -> bool:
    """Whether a message in a chat is one the bot sent (a notice, a list: its outbox row is
    kept until retention), not a colleague's."""
    row = await tx.fetchone(
        "SELECT 1 FROM outbox WHERE channel = ? AND chat_id = ? AND message_id = ?"
        " AND action = 'send' LIMIT 1",
        (channel, chat_id, message_id),
    )
    return row is not None
