"""Per-(channel, user) session rows."""

from __future__ import annotations

import datetime as dt
import json

from bot.core.session import Session
from bot.storage import Tx, from_utc_text, utc_text


async def load(tx: Tx, channel: str, user_id: str, chat_id: str) -> Session:
    row = await tx.fetchone(
        "SELECT * FROM sessions WHERE channel = ? AND user_id = ?", (channel, user_id)
    )
    if row is None:
        return Session(channel, user_id, chat_id)
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


async def save(tx: Tx, session: Session, now: dt.datetime) -> None:
    await tx.execute(
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
            json.dumps(session.data(), ensure_ascii=False),
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
