"""A turn's first trip to the database: the update recorded (None: handled before), the
person's session and, for typed text outside a staff chat, whether a thread with staff is open
(`threads.open_reads`, which typed text outside a form asks): one trip to the SQLite thread,
where that question was a trip of its own (docs/performance.md, changes 27 and 62)."""

from __future__ import annotations

import datetime as dt

from bot.core.messages import Incoming
from bot.core.session import Session
from bot.core.threads import ThreadKind, open_reads
from bot.storage import Tx
from bot.storage import sessions as session_store
from bot.storage import updates as updates_store


async def load(
    tx: Tx, incoming: Incoming, now: dt.datetime, threads: tuple[ThreadKind, ...] = ()
) -> Session | None:
    """The person's session, the update recorded in the same trip; None: handled before.
    `threads`: the kinds whose open thread typed text would ask for, read ahead for it."""
    typed = incoming.text and incoming.command is None and incoming.payload is None
    ahead = open_reads(threads, incoming.channel, incoming.user_id, now) if typed else ()
    who = session_store.select(incoming.channel, incoming.user_id)
    if incoming.update_key is None:
        found, *read = await tx.batch(who, *ahead)
    else:
        recorded, found, *read = await tx.batch(
            updates_store.record(incoming.update_key, now), who, *ahead
        )
        if recorded.rowcount != 1:
            return None
    if ahead:
        tx.read_ahead(ahead, read)
    return session_store.from_rows(found.rows, incoming.channel, incoming.user_id, incoming.chat_id)
