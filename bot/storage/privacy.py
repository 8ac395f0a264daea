"""Forgetting what no single feature owns: sessions idle for the retention period.

A session keeps the last name and phone (offered again for the next request) and the drafts of
open forms. After `retention_days` (its office's) without a message from the person, it is
deleted.
"""

from __future__ import annotations

from bot.storage import Tx
from bot.storage.retention import Cutoffs

# the person's office, kept in the session's data (none yet: the default office's)
_OFFICE = "(CASE WHEN json_valid(data) THEN json_extract(data, '$.office') END)"


async def forget_idle_sessions(tx: Tx, cutoffs: Cutoffs) -> int:
    """Delete sessions untouched since their office's cutoff (a returning person picks the
    language again); returns how many."""
    cut, params = cutoffs.sql(_OFFICE)
    cursor = await tx.execute(f"DELETE FROM sessions WHERE updated_at < {cut}", params)
    return int(cursor.rowcount or 0)
