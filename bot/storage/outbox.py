"""The outbox: messages written with the action that caused them, delivered later with retries."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import aiosqlite

from bot.core.messages import Reply
from bot.storage import Tx, from_utc_text, utc_text


@dataclass(frozen=True)
class Item:
    id: int
    channel: str
    chat_id: str
    action: str  # "send" | "edit"
    reply: Reply
    ref_kind: str | None
    ref_id: int | None
    attempts: int
    next_attempt_at: dt.datetime


async def enqueue(
    tx: Tx,
    now: dt.datetime,
    channel: str,
    chat_id: str,
    reply: Reply,
    *,
    action: str = "send",
    ref_kind: str | None = None,
    ref_id: int | None = None,
) -> int:
    """`ref_kind`/`ref_id` tie the sent message to a record: an 'edit' later finds it by them."""
    return await tx.insert(
        "INSERT INTO outbox (channel, chat_id, action, reply, ref_kind, ref_id, created_at,"
        " next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            channel,
            chat_id,
            action,
            json.dumps(reply.to_json(), ensure_ascii=False),
            ref_kind,
            ref_id,
            utc_text(now),
            utc_text(now),
        ),
    )


async def due(tx: Tx, now: dt.datetime, channels: list[str], limit: int = 20) -> list[Item]:
    if not channels:
        return []
    marks = ",".join("?" * len(channels))
    rows = await tx.fetchall(
        "SELECT * FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL"
        f" AND next_attempt_at <= ? AND channel IN ({marks}) ORDER BY id LIMIT ?",
        (utc_text(now), *channels, limit),
    )
    return [_item(row) for row in rows]


async def next_due_at(tx: Tx, channels: list[str]) -> dt.datetime | None:
    if not channels:
        return None
    marks = ",".join("?" * len(channels))
    row = await tx.fetchone(
        "SELECT MIN(next_attempt_at) AS t FROM outbox WHERE delivered_at IS NULL"
        f" AND failed_at IS NULL AND channel IN ({marks})",
        tuple(channels),
    )
    return from_utc_text(row["t"]) if row and row["t"] else None


async def pending_count(tx: Tx) -> int:
    row = await tx.fetchone(
        "SELECT COUNT(*) AS n FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL"
    )
    return int(row["n"]) if row else 0


async def mark_delivered(tx: Tx, item_id: int, now: dt.datetime) -> None:
    await tx.execute("UPDATE outbox SET delivered_at = ? WHERE id = ?", (utc_text(now), item_id))


async def postpone(tx: Tx, item_id: int, until: dt.datetime, error: str) -> None:
    await tx.execute(
        "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
        " WHERE id = ?",
        (utc_text(until), error[:200], item_id),
    )


async def mark_failed(tx: Tx, item_id: int, now: dt.datetime, error: str) -> None:
    await tx.execute(
        "UPDATE outbox SET failed_at = ?, last_error = ?, attempts = attempts + 1 WHERE id = ?",
        (utc_text(now), error[:200], item_id),
    )


async def remember_message(
    tx: Tx, now: dt.datetime, channel: str, chat_id: str, message_id: str, kind: str, ref: int
) -> None:
    await tx.execute(
        "INSERT OR REPLACE INTO message_refs VALUES (?, ?, ?, ?, ?, ?)",
        (channel, chat_id, message_id, kind, ref, utc_text(now)),
    )


async def message_for(tx: Tx, channel: str, chat_id: str, kind: str, ref: int) -> str | None:
    """The first message that showed this record in that chat (the one staff see and edit)."""
    row = await tx.fetchone(
        "SELECT message_id FROM message_refs WHERE channel = ? AND chat_id = ? AND ref_kind = ?"
        " AND ref_id = ? ORDER BY created_at LIMIT 1",
        (channel, chat_id, kind, ref),
    )
    return row["message_id"] if row else None


async def send_pending_for(tx: Tx, channel: str, chat_id: str, kind: str, ref: int) -> bool:
    """Whether a message showing this record is still waiting in the outbox to be sent."""
    row = await tx.fetchone(
        "SELECT 1 FROM outbox WHERE channel = ? AND chat_id = ? AND action = 'send'"
        " AND ref_kind = ? AND ref_id = ? AND delivered_at IS NULL AND failed_at IS NULL LIMIT 1",
        (channel, chat_id, kind, ref),
    )
    return row is not None


async def ref_of_message(
    tx: Tx, channel: str, chat_id: str, message_id: str
) -> tuple[str, int] | None:
    row = await tx.fetchone(
        "SELECT ref_kind, ref_id FROM message_refs WHERE channel = ? AND chat_id = ?"
        " AND message_id = ?",
        (channel, chat_id, message_id),
    )
    return (row["ref_kind"], int(row["ref_id"])) if row else None


def _item(row: aiosqlite.Row) -> Item:
    return Item(
        id=row["id"],
        channel=row["channel"],
        chat_id=row["chat_id"],
        action=row["action"],
        reply=Reply.from_json(json.loads(row["reply"])),
        ref_kind=row["ref_kind"],
        ref_id=row["ref_id"],
        attempts=row["attempts"],
        next_attempt_at=from_utc_text(row["next_attempt_at"]),
    )
