"""Unanswered questions and "not helpful" votes: text (phones, e-mails, long numbers masked),
language, kind, topic, time, and whose question it is (`subject`, "<channel>:<user id>") only
so that /forget can delete it. Rows are deleted after the retention period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.core.redact import mask
from bot.storage import Tx, from_utc_text, utc_text
from bot.storage.retention import Cutoffs

NO_MATCH = "no_match"
OFF_TOPIC = "off_topic"  # the search took it for off-topic (bot/search/off_topic.yaml)
VOTED_NO = "voted_no"
NOT_FOLLOWED = "not_followed"  # a «did you mean» none of whose candidates was tapped (yet)
MAX_TEXT = 500


@dataclass(frozen=True)
class Unanswered:
    id: int
    text: str
    language: str
    kind: str
    topic: str | None
    created_at: dt.datetime
    subject: str | None = None  # whose question: a staff list that shows it says so (/forget)
    office: str | None = None


async def add(
    tx: Tx,
    now: dt.datetime,
    text: str,
    language: str,
    kind: str,
    topic: str | None = None,
    subject: str | None = None,
    office: str | None = None,
) -> int:
    if kind not in (NO_MATCH, OFF_TOPIC, VOTED_NO, NOT_FOLLOWED):
        raise ValueError(f"unknown kind {kind!r}")
    if subject is not None and kind in (NO_MATCH, OFF_TOPIC):  # the same person asking the
        await tx.execute(  # same again (after /start, say): one line, the newest
            "DELETE FROM unanswered WHERE subject = ? AND kind = ? AND text = ?",
            (subject, kind, mask(text.strip())[:MAX_TEXT]),
        )
    return await tx.insert(
        "INSERT INTO unanswered (text, language, kind, topic, created_at, subject, office)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            mask(text.strip())[:MAX_TEXT],
            language,
            kind,
            topic if kind == VOTED_NO else None,
            utc_text(now),
            subject,
            office,
        ),
    )


async def unsure(
    tx: Tx, now: dt.datetime, text: str, language: str, subject: str, office: str | None
) -> None:
    """A «did you mean» shown: kept as not followed, once (shown again, «« Back» to the
    candidates, in another language: the same row, newer)."""
    await followed(tx, subject, text)
    await add(tx, now, text, language, NOT_FOLLOWED, subject=subject, office=office)


async def followed(tx: Tx, subject: str, text: str) -> None:
    """A candidate of the person's «did you mean» for `text` tapped: no longer unanswered."""
    await tx.execute(
        "DELETE FROM unanswered WHERE subject = ? AND kind = ? AND text = ?",
        (subject, NOT_FOLLOWED, mask(text.strip())[:MAX_TEXT]),
    )


async def recent(tx: Tx, office: str | None, limit: int = 20) -> list[Unanswered]:
    """The newest of an office's (None: every office's)."""
    rows = await tx.fetchall(
        "SELECT * FROM unanswered WHERE ? IS NULL OR office = ?"
        " ORDER BY created_at DESC, id DESC LIMIT ?",
        (office, office, limit),
    )
    return [
        Unanswered(
            r["id"],
            r["text"],
            r["language"],
            r["kind"],
            r["topic"],
            from_utc_text(r["created_at"]),
            r["subject"],
            r["office"],
        )
        for r in rows
    ]


async def count(tx: Tx, office: str | None) -> int:
    row = await tx.fetchone(
        "SELECT COUNT(*) AS n FROM unanswered WHERE ? IS NULL OR office = ?", (office, office)
    )
    return int(row["n"]) if row else 0


async def forget_subject(tx: Tx, subject: str) -> None:
    await tx.execute("DELETE FROM unanswered WHERE subject = ?", (subject,))


async def delete_before(tx: Tx, cutoffs: Cutoffs) -> int:
    """Retention: questions asked before their office's cutoff."""
    cut, params = cutoffs.sql("office")
    cursor = await tx.execute(f"DELETE FROM unanswered WHERE created_at < {cut}", params)
    return int(cursor.rowcount or 0)
