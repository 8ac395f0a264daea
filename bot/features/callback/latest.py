"""A person's open thread opened last (bot.core.threads), with a given office: what their typed
text goes to (capture.py), and what a closed request's message tells them their next texts
reach (staff.notify_user: another record still open takes them, not the bot)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.core.threads import Thread, ThreadKind, open_reads
from bot.core.turn import Turn
from bot.storage import from_utc_text


@dataclass(frozen=True)
class Open:
    """The person's thread opened last: since when, whether only a first answer is staff's, and
    whether no staff member has written to the person about it since they sent it."""

    kind: ThreadKind
    id: int
    at: dt.datetime
    first_only: bool
    sent_only: bool = False


async def latest_open(
    turn: Turn, channel: str, user_id: str, office: str
) -> tuple[Open, Thread] | None:
    """The person's open thread opened last with `office` (one of an office they have left
    takes no typed text: a reply to its message still reaches it)."""
    kinds = turn.registry.threads
    found = await turn.tx.batch(*open_reads(kinds, channel, user_id, turn.now))
    latest = [
        Open(
            kind,
            int(row["id"]),
            from_utc_text(row["thread_at"]),
            bool(row["first_only"]),
            bool(row["sent_only"]),
        )
        for kind, done in zip(kinds, found, strict=True)
        for row in done.rows[:1]
    ]
    for candidate in sorted(latest, key=lambda found: found.at, reverse=True):
        thread = await candidate.kind.get(turn.services, turn.tx, candidate.id)
        if thread is not None and thread.office == office:
            return candidate, thread
    return None
