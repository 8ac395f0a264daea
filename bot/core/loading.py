"""A turn's first trip to the database: the update recorded (None: handled before) and the
person's session, in one trip to the SQLite thread (docs/performance.md, change 27)."""

from __future__ import annotations

import datetime as dt

from bot.core.messages import Incoming
from bot.core.session import Session
from bot.storage import Tx
from bot.storage import sessions as session_store
from bot.storage import updates as updates_store


async def load(tx: Tx, incoming: Incoming, now: dt.datetime) -> Session | None:
    """The person's session, the update recorded in the same trip; None: handled before."""
    who = session_store.select(incoming.channel, incoming.user_id)
    if incoming.update_key is None:
        found = (await tx.batch(who))[0]
    else:
        recorded, found = await tx.batch(updates_store.record(incoming.update_key, now), who)
        if recorded.rowcount != 1:
            return None
    return session_store.from_rows(found.rows, incoming.channel, incoming.user_id, incoming.chat_id)
