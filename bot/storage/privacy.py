"""Forgetting what no single feature owns: sessions idle for the retention period.

A session keeps the last name and phone (offered again for the next request) and the drafts of
open forms. After `retention_days` without a message from the person, it is deleted.
"""

from __future__ import annotations

import datetime as dt

from bot.storage import Tx, utc_text


async def forget_idle_sessions(tx: Tx, idle_since: dt.datetime) -> int:
    """Delete sessions untouched since `idle_since` (a returning person picks the language
    again); returns how many."""
    cursor = await tx.execute("DELETE FROM sessions WHERE updated_at < ?", (utc_text(idle_since),))
    return int(cursor.rowcount or 0)
