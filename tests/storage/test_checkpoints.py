"""The write-ahead log is copied into the database file beside the turns, not inside one of them
(bot.storage.checkpoints; SQLite's own, in a commit, only far behind): the log's file stops
growing, and nothing written is lost. That no commit waits for a checkpoint is a speed figure
(docs/performance.md, change 43), not a test."""

from __future__ import annotations

import asyncio

from bot.storage import Database
from bot.storage.checkpoints import Checkpoints

PAGE = 4096
TEXT = "x" * 11 * PAGE  # each commit writes about twelve pages of the log


async def _write(db: Database, number: int) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO unanswered (text, language, kind, created_at)"
            " VALUES (?, 'en', 'no_match', '2026-12-04T10:00:00.000000Z')",
            (f"{number} {TEXT}",),
        )


async def test_the_log_is_copied_beside_the_turns_and_starts_again(tmp_path):
    path = tmp_path / "bot.db"
    wal = path.with_name("bot.db-wal")
    db = await Database(path).open()
    written = 0
    try:
        while wal.stat().st_size < 1.1 * Checkpoints.PAGES * PAGE:  # turns back to back
            await _write(db, written)
            written += 1
            # (SQLite's own checkpoint in a commit would have started the log again by now)
            assert written < Checkpoints.FALLBACK_PAGES // 12, "the log never grew"
        await db.checkpoints.settled()  # the checkpoint that size started, done beside them
        grown = wal.stat().st_size
        for _ in range(Checkpoints.PAGES // 2 // 12):  # half as much again, at a calmer pace
            await _write(db, written)
            written += 1
            await asyncio.sleep(0.001)
        # the log started again from its beginning: without the checkpoint, SQLite's own
        # would come only at FALLBACK_PAGES, and the file would have grown by all of that
        assert wal.stat().st_size <= grown, (grown // PAGE, wal.stat().st_size // PAGE)
        assert path.stat().st_size > Checkpoints.PAGES // 2 * PAGE  # copied into the file
        await db.close()
        db = await Database(path).open()
        async with db.transaction() as tx:
            row = await tx.fetchone("SELECT COUNT(*) FROM unanswered")
        assert row is not None and row[0] == written
    finally:
        await db.close()
