"""What the bot confirms to Telegram or Viber is on the disk first: a commit is written to the
write-ahead log without a flush of its own (synchronous=NORMAL, which survives a crash of the
process), and `Database.durable` flushes the log before updates are confirmed, one flush for
every commit before it. A power cut cannot be staged here; the flushes can be watched (os.fsync
is the operating system's, not ours)."""

from __future__ import annotations

import asyncio
import os

import pytest

from bot.storage import Database


@pytest.fixture
def flushes(monkeypatch):  # type: ignore[no-untyped-def]
    """The files os.fsync flushed, by their inode."""
    flushed: list[int] = []
    real = os.fsync

    def watching(fd: int) -> None:
        flushed.append(os.fstat(fd).st_ino)
        real(fd)

    monkeypatch.setattr(os, "fsync", watching)
    return flushed


async def _write(db: Database, text: str) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO unanswered (text, language, kind, created_at)"
            " VALUES (?, 'en', 'no_match', '2026-12-04T10:00:00.000000Z')",
            (text,),
        )


async def test_a_commit_is_flushed_to_the_disk_before_durable_returns(tmp_path, flushes):
    db = await Database(tmp_path / "bot.db").open()
    try:
        await _write(db, "how do I get a pesel")
        flushes.clear()
        await db.durable()
        wal = (tmp_path / "bot.db-wal").stat().st_ino
        assert flushes == [wal], "the write-ahead log, where the commit is, was flushed"
        await db.durable()
        assert flushes == [wal], "nothing new committed: nothing more to flush"
    finally:
        await db.close()


async def test_turns_confirmed_together_share_one_flush(tmp_path, flushes):
    db = await Database(tmp_path / "bot.db").open()
    try:
        await asyncio.gather(*(_write(db, f"question {i}") for i in range(20)))
        flushes.clear()
        await asyncio.gather(*(db.durable() for _ in range(20)))
        assert len(flushes) == 1
        async with db.transaction() as tx:
            row = await tx.fetchone("SELECT COUNT(*) AS n FROM unanswered")
        assert row is not None and row["n"] == 20
    finally:
        await db.close()
