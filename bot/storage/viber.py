"""Viber users (subscription, API level, a paged keyboard) and the files Viber fetches by URL."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from bot.storage import Tx, utc_text


@dataclass(frozen=True)
class ViberUser:
    user_id: str
    subscribed: bool
    api_version: int
    keyboard: list[dict[str, Any]] | None  # every button of a keyboard shown in pages
    keyboard_page: int


@dataclass(frozen=True)
class StoredFile:
    filename: str
    mime_type: str
    content: bytes


async def get(tx: Tx, user_id: str) -> ViberUser | None:
    row = await tx.fetchone("SELECT * FROM viber_users WHERE user_id = ?", (user_id,))
    if row is None:
        return None
    return ViberUser(
        user_id=row["user_id"],
        subscribed=bool(row["subscribed"]),
        api_version=int(row["api_version"]),
        keyboard=json.loads(row["keyboard"]) if row["keyboard"] else None,
        keyboard_page=int(row["keyboard_page"]),
    )


async def seen(
    tx: Tx,
    user_id: str,
    now: dt.datetime,
    *,
    api_version: int | None = None,
    subscribed: bool | None = None,
) -> None:
    """Record what an event told about the user; None leaves a value as it was."""
    await tx.execute(
        "INSERT INTO viber_users (user_id, subscribed, api_version, updated_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
        " subscribed = COALESCE(?, subscribed),"
        " api_version = COALESCE(?, api_version),"
        " unsubscribed_at = CASE WHEN ? = 1 THEN NULL ELSE unsubscribed_at END,"
        " updated_at = excluded.updated_at",
        (
            user_id,
            int(bool(subscribed)),
            api_version or 1,
            utc_text(now),
            None if subscribed is None else int(subscribed),
            api_version,
            None if subscribed is None else int(subscribed),
        ),
    )


async def unsubscribe(tx: Tx, user_id: str, now: dt.datetime) -> None:
    await tx.execute(
        "INSERT INTO viber_users (user_id, subscribed, updated_at, unsubscribed_at)"
        " VALUES (?, 0, ?, ?) ON CONFLICT (user_id) DO UPDATE SET subscribed = 0,"
        " keyboard = NULL, updated_at = excluded.updated_at,"
        " unsubscribed_at = excluded.unsubscribed_at",
        (user_id, utc_text(now), utc_text(now)),
    )


async def save_keyboard(
    tx: Tx, user_id: str, now: dt.datetime, buttons: list[dict[str, Any]] | None, page: int = 0
) -> None:
    await tx.execute(
        "INSERT INTO viber_users (user_id, keyboard, keyboard_page, updated_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET keyboard = excluded.keyboard,"
        " keyboard_page = excluded.keyboard_page, updated_at = excluded.updated_at",
        (
            user_id,
            json.dumps(buttons, ensure_ascii=False) if buttons else None,
            page,
            utc_text(now),
        ),
    )


async def add_file(
    tx: Tx, token: str, filename: str, mime_type: str, content: bytes, now: dt.datetime
) -> None:
    await tx.execute(
        "INSERT INTO viber_files (token, filename, mime_type, content, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (token, filename, mime_type, content, utc_text(now)),
    )


async def get_file(tx: Tx, token: str) -> StoredFile | None:
    row = await tx.fetchone(
        "SELECT filename, mime_type, content FROM viber_files WHERE token = ?", (token,)
    )
    if row is None:
        return None
    return StoredFile(row["filename"], row["mime_type"], bytes(row["content"]))


async def delete_files_before(tx: Tx, moment: dt.datetime) -> int:
    cursor = await tx.execute("DELETE FROM viber_files WHERE created_at < ?", (utc_text(moment),))
    return int(cursor.rowcount or 0)


async def forget(tx: Tx, user_id: str) -> None:
    """/forget: drop what we keep about a Viber user (their id, subscription, last keyboard)."""
    await tx.execute("DELETE FROM viber_users WHERE user_id = ?", (user_id,))
