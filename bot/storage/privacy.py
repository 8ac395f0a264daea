"""Forgetting what no single feature owns: the draft and saved details kept in idle sessions.

The shared personal step keeps the last name and phone in the session ("_person") so the next
request can reuse them; drafts keep what was typed. After `retention_days` without a message
from the person, a session keeps only its language.
"""

from __future__ import annotations

import datetime as dt

from bot.storage import Tx, utc_text


async def forget_idle_sessions(tx: Tx, idle_since: dt.datetime) -> int:
    """Empty the data and flow of sessions untouched since `idle_since`; returns how many."""
    cursor = await tx.execute(
        "UPDATE sessions SET data = '{}', flow = NULL, step = NULL"
        " WHERE updated_at < ? AND (data != '{}' OR flow IS NOT NULL)",
        (utc_text(idle_since),),
    )
    return cursor.rowcount
