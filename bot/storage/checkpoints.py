"""The write-ahead log copied into the database file beside the turns (`Checkpoints`)."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from pathlib import Path

import aiosqlite

log = logging.getLogger(__name__)


class Checkpoints:
    """The write-ahead log copied into the database file on a connection of its own, beside the
    turns. SQLite does it itself in the commit that finds the log past 1,000 pages: one turn in a
    hundred then held the database lock 2-6 ms longer, the slowest 1 % of every turn under load
    (docs/performance.md, change 43). A PASSIVE checkpoint waits for no one and holds no one up:
    writers go on appending to the log meanwhile, and once it has copied everything the next
    commit starts the log from its beginning again."""

    PAGES = 1000  # pages in the log (of 4 KiB) that start a checkpoint: SQLite's own default
    FALLBACK_PAGES = 2 * PAGES  # the commit copies what is left (this one fell behind)
    ROUNDS = 4  # checkpoints in a row at most, each copying what came during the one before
    EVERY = 100  # commits between checkpoints

    def __init__(self, path: Path | str):
        self.wal = path.with_name(path.name + "-wal") if isinstance(path, Path) else None
        self._path = path
        self._conn: aiosqlite.Connection | None = None
        self._since = 0
        self._grown = False  # the log's file has reached PAGES (its size stays)
        self._running: asyncio.Task[None] | None = None

    def committed(self) -> None:
        self._since += 1
        if self.wal is None or self._running is not None:
            return
        if not self._grown:  # a look at the file's size (~2 µs)
            try:
                self._grown = self.wal.stat().st_size // 4096 >= self.PAGES
            except FileNotFoundError:
                return
            self._since = self.EVERY if self._grown else 0
        if self._since >= self.EVERY:
            self._since = 0
            self._running = asyncio.get_running_loop().create_task(self._checkpoint())

    async def _checkpoint(self) -> None:
        try:
            if self._conn is None:
                self._conn = await aiosqlite.connect(str(self._path))
                await self._conn.execute("PRAGMA cache_size=-64")  # it reads the log, not pages
            before = -1
            for _ in range(self.ROUNDS):
                async with self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)") as cursor:
                    _busy, in_log, copied = await cursor.fetchone() or (0, 0, 0)
                if copied >= in_log == before:  # all copied, nothing new since the last round
                    break
                before = in_log
        except sqlite3.Error:  # busy (a TRUNCATE after /forget): the next look tries again
            log.warning("background checkpoint failed", exc_info=True)
        finally:
            self._running = None

    async def settled(self) -> None:
        """Returns when no checkpoint is running."""
        if self._running is not None:
            await asyncio.shield(self._running)

    async def close(self) -> None:
        await self.settled()
        if self._conn is not None:
            await self._conn.close()
            self._conn = None
