"""The outbox: messages written with the action that caused them, delivered later with retries.

An item is due when its next attempt has come and nobody holds it (`claimed_until`): the
channel adapter holds a turn's replies while it sends them right away; the worker claims what
it is about to send. A crash leaves claims behind; `release_all` at start-up frees them.

A chat's items go in its order (priority, then id): one waiting for its next attempt or held by
a sender holds up every item after it in that chat, so a reply retried after a 429 is not
overtaken by a later one. An item set aside (ASIDE: its chat refused it, or it edits a message
not sent yet) goes after everything else of its chat and holds nothing up.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec

import aiosqlite
import orjson

from bot.core.messages import Reply
from bot.storage import AtCommit, Statement, Tx, from_utc_text, utc_text

NOW = 0  # a person is waiting for this answer; urgent requests
NORMAL = 1  # staff records (a request, a booking) and later notifications to people
CHAT = 2  # text relayed between a person and staff: after every request and booking
ASIDE = 3  # set aside (a refusal kept for the staff chat, an edit before its message): last
CLAIM = dt.timedelta(seconds=60)  # how long a sender may take before others may try again
PER_CHAT = 5  # items of one chat in one look at what is due


P = ParamSpec("P")


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
    priority: int = NORMAL
    subject: str | None = None


def insert(
    now: dt.datetime,
    channel: str,
    chat_id: str,
    reply: Reply,
    *,
    action: str = "send",
    ref_kind: str | None = None,
    ref_id: int | None = None,
    priority: int = NORMAL,
    held: bool = False,
    subject: str | None = None,
) -> Statement:
    """The row of a message to send (`enqueue`). `ref_kind`/`ref_id` tie the sent message to a
    record: an 'edit' later finds it by them. `held`: the caller sends it itself right after the
    commit (and releases it if it cannot)."""
    return (
        "INSERT INTO outbox (channel, chat_id, action, reply, ref_kind, ref_id, created_at,"
        " next_attempt_at, priority, claimed_until, subject)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            channel,
            chat_id,
            action,
            as_json(reply),
            ref_kind,
            ref_id,
            utc_text(now),
            utc_text(now),
            priority,
            utc_text(now + CLAIM) if held else None,
            subject,
        ),
    )


def _queued(row: Callable[P, Statement]) -> Callable[Concatenate[Tx, P], Awaitable[int]]:
    async def enqueue(tx: Tx, /, *args: P.args, **kwargs: P.kwargs) -> int:
        """Queue a message in `tx` (its row: `insert`); its id."""
        return await tx.insert(*row(*args, **kwargs))

    return enqueue


enqueue = _queued(insert)


def enqueue_held(
    tx: Tx, now: dt.datetime, channel: str, chat_id: str, reply: Reply, subject: str | None
) -> AtCommit:
    """A reply to the turn's own update, queued with the commit (in its trip) and held for the
    adapter (`enqueue`, held): its id once the turn has committed. A reply that shows a record
    (`Reply.record`) is tied to it as `enqueue`'s ref is."""
    kind, ref = reply.record or (None, None)
    return tx.at_commit(
        *insert(
            now,
            channel,
            chat_id,
            reply,
            ref_kind=kind,
            ref_id=ref,
            priority=NOW,
            held=True,
            subject=subject,
        )
    )


PENDING = "delivered_at IS NULL AND failed_at IS NULL"
_FREE = "(claimed_until IS NULL OR claimed_until <= ?)"
_READY = "MAX(next_attempt_at, COALESCE(claimed_until, ''))"  # when an item may be tried
_CHAT_ORDER = "(PARTITION BY chat_id ORDER BY priority, id)"  # the order of a chat's items


def _marks(values: list[Any]) -> str:
    return ",".join("?" * len(values))


async def due(
    tx: Tx, now: dt.datetime, channels: list[str], skip: Iterable[str] = (), limit: int = 20
) -> list[Item]:
    """The next items to send, most urgent first, claimed for CLAIM: of each chat the items
    before the first that is not due or is held by a sender (its order), at most PER_CHAT, and
    none of `skip` (paused, or at their limit), so one chat's backlog hides no other's."""
    if not channels:
        return []
    skip = list(skip)
    at = utc_text(now)
    rows = await tx.fetchall(
        "SELECT * FROM (SELECT *, ROW_NUMBER() OVER chat AS n,"
        " SUM(next_attempt_at > ? OR COALESCE(claimed_until > ?, 0)) OVER chat AS held_up"
        f" FROM outbox WHERE {PENDING} AND channel IN ({_marks(channels)})"
        f" AND chat_id NOT IN ({_marks(skip)}) WINDOW chat AS {_CHAT_ORDER})"
        " WHERE held_up = 0 AND n <= ? ORDER BY priority, id LIMIT ?",
        (at, at, *channels, *skip, PER_CHAT, limit),
    )
    if rows:
        ids = [row["id"] for row in rows]
        await tx.execute(
            f"UPDATE outbox SET claimed_until = ? WHERE id IN ({_marks(ids)})",
            (utc_text(now + CLAIM), *ids),
        )
    return [_item(row) for row in rows]


async def waiting(tx: Tx, channels: list[str], limit: int = 1000) -> list[Item]:
    """Everything not yet delivered, in the order it will go, without claiming anything."""
    rows = await tx.fetchall(
        f"SELECT * FROM outbox WHERE {PENDING} AND channel IN ({_marks(channels)})"
        " ORDER BY priority, id LIMIT ?",
        (*channels, limit),
    )
    return [_item(row) for row in rows]


@dataclass(frozen=True)
class Outlook:
    """What the worker waits for, from each chat's first item (the rest wait behind it)."""

    due: dict[str | None, dt.datetime]  # {chat of `held`: when it may go on; None: the others}
    behind_claim: set[str]  # chats whose first item a sender holds, with more waiting after it
    pending: set[str]  # those of `asked` with something to send (not only what was set aside)


async def outlook(
    tx: Tx, now: dt.datetime, channels: list[str], held: list[str], asked: list[str]
) -> Outlook:
    """When the worker may send again: in each chat of `held` ({chat: time}) and in all the
    other chats together ({None: time}), each chat from its first item in its order."""
    rows = await tx.fetchall(
        f"WITH p AS (SELECT chat_id, priority, {_READY} AS t,"
        " COALESCE(claimed_until > ?, 0) AS claimed, ROW_NUMBER() OVER chat AS n FROM outbox"
        f" WHERE {PENDING} AND channel IN ({_marks(channels)}) WINDOW chat AS {_CHAT_ORDER})"
        f" SELECT 0 AS kind, CASE WHEN chat_id IN ({_marks(held)}) THEN chat_id END AS chat,"
        " MIN(t) AS t FROM p WHERE n = 1 GROUP BY chat"
        " UNION ALL SELECT 1, chat_id, NULL FROM p GROUP BY chat_id"
        " HAVING MAX(n = 1 AND claimed) = 1 AND MIN(claimed) = 0"
        f" UNION ALL SELECT DISTINCT 2, chat_id, NULL FROM p WHERE priority < {ASIDE}"
        f" AND chat_id IN ({_marks(asked)})",
        (utc_text(now), *channels, *held, *asked),
    )
    return Outlook(
        {row["chat"]: from_utc_text(row["t"]) for row in rows if row["kind"] == 0},
        {row["chat"] for row in rows if row["kind"] == 1},
        {row["chat"] for row in rows if row["kind"] == 2},
    )


async def next_due_at(tx: Tx, now: dt.datetime, channels: list[str]) -> dt.datetime | None:
    return (await outlook(tx, now, channels, [], [])).due.get(None)


async def pending_count(tx: Tx) -> int:
    row = await tx.fetchone(f"SELECT COUNT(*) AS n FROM outbox WHERE {PENDING}")
    return int(row["n"]) if row else 0


def mark_delivered(tx: Tx, item_id: int, now: dt.datetime, message_id: str | None = None) -> None:
    mark_all_delivered(tx, [(item_id, message_id)], now)


def mark_all_delivered(tx: Tx, marks: list[tuple[int, str | None]], now: dt.datetime) -> None:
    """(item, platform message id) pairs delivered: one statement for them all, made with the
    commit (in its trip)."""
    tx.many_at_commit(
        "UPDATE outbox SET delivered_at = ?, message_id = ?, claimed_until = NULL WHERE id = ?",
        [(utc_text(now), message_id, item_id) for item_id, message_id in marks],
    )


async def release(
    tx: Tx, item_id: int, until: dt.datetime, error: str, *, aside: bool = False
) -> None:
    """Not sent now: free it for the worker, from `until` on (one more attempt counted);
    `aside`: after everything else of its chat (ASIDE), so that it holds nothing up."""
    await tx.execute(
        "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?,"
        " claimed_until = NULL, priority = MAX(priority, ?) WHERE id = ?",
        (utc_text(until), error[:200], ASIDE if aside else 0, item_id),
    )


async def unclaim(tx: Tx, item_ids: list[int]) -> None:
    """Claimed but not tried (its chat must wait): free again, nothing counted."""
    await tx.execute(
        f"UPDATE outbox SET claimed_until = NULL WHERE id IN ({_marks(item_ids)})", item_ids
    )


async def release_all(tx: Tx) -> int:
    """At start-up nothing is being sent: claims left by a crash are void."""
    cursor = await tx.execute(
        f"UPDATE outbox SET claimed_until = NULL WHERE {PENDING} AND claimed_until IS NOT NULL"
    )
    return int(cursor.rowcount or 0)


async def mark_failed(tx: Tx, item_id: int, now: dt.datetime, error: str) -> None:
    await tx.execute(
        "UPDATE outbox SET failed_at = ?, last_error = ?, attempts = attempts + 1,"
        " claimed_until = NULL WHERE id = ?",
        (utc_text(now), error[:200], item_id),
    )


async def waiting_chat(
    tx: Tx, now: dt.datetime, chat_id: str, ref_kind: str, ref_id: int
) -> tuple[int, Reply] | None:
    """The newest relayed message about this record still waiting, unclaimed, for this chat:
    a person's next message joins it instead of queueing another."""
    row = await tx.fetchone(
        f"SELECT id, reply FROM outbox WHERE {PENDING} AND {_FREE} AND chat_id = ?"
        " AND ref_kind = ? AND ref_id = ? AND action = 'send' ORDER BY id DESC LIMIT 1",
        (utc_text(now), chat_id, ref_kind, ref_id),
    )
    return (int(row["id"]), Reply.from_json(json.loads(row["reply"]))) if row else None


async def replace_reply(tx: Tx, item_id: int, reply: Reply) -> None:
    await tx.execute("UPDATE outbox SET reply = ? WHERE id = ?", (as_json(reply), item_id))


async def send_pending_for(tx: Tx, channel: str, chat_id: str, kind: str, ref: int) -> bool:
    """Whether a message showing this record is still waiting in the outbox to be sent."""
    row = await tx.fetchone(
        "SELECT 1 FROM outbox WHERE channel = ? AND chat_id = ? AND action = 'send'"
        f" AND ref_kind = ? AND ref_id = ? AND {PENDING} LIMIT 1",
        (channel, chat_id, kind, ref),
    )
    return row is not None


async def drop_waiting(
    tx: Tx, now: dt.datetime, channel: str, chat_id: str, kind: str, ref: int
) -> int:
    """Messages showing this record still waiting to be sent to that chat, nobody sending them
    now, are not sent at all (a card shown again, superseded by a newer copy before it went
    out); how many."""
    cursor = await tx.execute(
        f"DELETE FROM outbox WHERE {PENDING} AND {_FREE} AND channel = ? AND chat_id = ?"
        " AND action = 'send' AND ref_kind = ? AND ref_id = ?",
        (utc_text(now), channel, chat_id, kind, ref),
    )
    return int(cursor.rowcount or 0)


async def delivery(tx: Tx, channel: str, chat_id: str, kind: str, ref: int) -> str | None:
    """The newest message about this record to that chat: 'delivered', 'failed', 'pending';
    None: none was written."""
    row = await tx.fetchone(
        "SELECT delivered_at, failed_at FROM outbox WHERE channel = ? AND chat_id = ?"
        " AND action = 'send' AND ref_kind = ? AND ref_id = ? ORDER BY id DESC LIMIT 1",
        (channel, chat_id, kind, ref),
    )
    if row is None:
        return None
    return "delivered" if row["delivered_at"] else "failed" if row["failed_at"] else "pending"


def as_json(reply: Reply) -> str:  # (orjson: a topic answer in a third of json's time)
    return orjson.dumps(reply.to_json(), option=orjson.OPT_NON_STR_KEYS).decode()


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
        priority=row["priority"],
        subject=row["subject"],
    )
