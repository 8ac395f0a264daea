"""Per-(channel, user) session rows."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import orjson

from bot.core.session import Session
from bot.storage import Statement, Tx, from_utc_text, utc_text


def select(channel: str, user_id: str) -> Statement:
    """The person's session row (`from_rows`); the core loads it in one trip with recording the
    update (Tx.batch)."""
    return "SELECT * FROM sessions WHERE channel = ? AND user_id = ?", (channel, user_id)


async def load(tx: Tx, channel: str, user_id: str, chat_id: str) -> Session:
    return from_rows((await tx.execute(*select(channel, user_id))).rows, channel, user_id, chat_id)


def from_rows(rows: list[sqlite3.Row], channel: str, user_id: str, chat_id: str) -> Session:
    """The session `select` found, or a new one."""
    if not rows:
        return Session(channel, user_id, chat_id)
    row = rows[0]
    session = Session(
        channel=channel,
        user_id=user_id,
        chat_id=row["chat_id"] or chat_id,
        language=row["language"],
        language_chosen=bool(row["language_chosen"]),
        flow=row["flow"],
        step=row["step"],
        updated_at=from_utc_text(row["updated_at"]),
    )
    try:
        data = json.loads(row["data"])
    except ValueError:
        data = {}
    session.restore(data if isinstance(data, dict) else {})
    return session


def save(tx: Tx, session: Session, now: dt.datetime) -> None:
    """Saved with the commit, in its trip (Tx.at_commit): nothing of a turn reads it back."""
    tx.at_commit(
        "INSERT INTO sessions (channel, user_id, chat_id, language, language_chosen, flow, step,"
        " data, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (channel, user_id) DO UPDATE SET chat_id = excluded.chat_id,"
        " language = excluded.language, language_chosen = excluded.language_chosen,"
        " flow = excluded.flow, step = excluded.step, data = excluded.data,"
        " updated_at = excluded.updated_at",
        (
            session.channel,
            session.user_id,
            session.chat_id,
            session.language,
            int(session.language_chosen),
            session.flow,
            session.step,
            orjson.dumps(session.data(), option=orjson.OPT_NON_STR_KEYS).decode(),
            utc_text(now),
        ),
    )


async def find(tx: Tx, channel: str, user_id: str) -> Session | None:
    row = await tx.fetchone(
        "SELECT chat_id FROM sessions WHERE channel = ? AND user_id = ?", (channel, user_id)
    )
    return await load(tx, channel, user_id, row["chat_id"]) if row else None


async def delete(tx: Tx, channel: str, user_id: str) -> None:
    await tx.execute("DELETE FROM sessions WHERE channel = ? AND user_id = ?", (channel, user_id))
