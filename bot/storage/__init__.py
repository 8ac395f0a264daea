"""SQLite through aiosqlite: one connection, numbered migrations, one transaction per user turn.

Storage is the only package that writes SQL. Times are stored as UTC ISO-8601 text.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite

log = logging.getLogger(__name__)


def utc_text(moment: dt.datetime) -> str:
    """Aware datetime -> UTC text that sorts correctly."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_utc_text(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)


def maybe_utc_text(text: str | None) -> dt.datetime | None:
    """`from_utc_text` for a column that may be empty (not yet happened)."""
    return from_utc_text(text) if text else None


class Tx:
    """The open transaction of one unit of work; repository functions take it as first argument.

    SQLite's transaction is opened by the unit's first statement: sqlite3 puts BEGIN IMMEDIATE
    before a first write itself, in the same trip to the SQLite thread; before a first read it
    is a trip of its own, so that what is read cannot change (another process's writer waits)
    before the unit writes what it decided from it."""

    def __init__(self, conn: aiosqlite.Connection):
        self.conn = conn

    async def _begin(self, sql: str) -> None:
        if not self.conn.in_transaction and not sql.lstrip()[:7].upper().startswith(_WRITES):
            await self.conn.execute("BEGIN IMMEDIATE")

    async def execute(self, sql: str, params: Iterable[Any] = ()) -> aiosqlite.Cursor:
        await self._begin(sql)
        return await self.conn.execute(sql, tuple(params))

    async def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        await self._begin(sql)
        await self.conn.executemany(sql, [tuple(row) for row in rows])

    # A query and its rows in one trip to the connection's thread (execute_fetchall): a cursor
    # opened, read and closed from here is three trips, each a hand-over between threads; a
    # turn makes 10-20 queries (docs/performance.md).
    async def fetchone(self, sql: str, params: Iterable[Any] = ()) -> aiosqlite.Row | None:
        await self._begin(sql)
        rows = await self.conn.execute_fetchall(sql, tuple(params))
        return next(iter(rows), None)

    async def fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
        await self._begin(sql)
        return list(await self.conn.execute_fetchall(sql, tuple(params)))

    async def insert(self, sql: str, params: Iterable[Any] = ()) -> int:
        await self._begin(sql)
        cursor = await self.conn.execute(sql, tuple(params))
        return int(cursor.lastrowid or 0)


# the statements before which sqlite3 opens the transaction itself (isolation_level set)
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class Database:
    def __init__(self, path: Path | str):
        self.path = Path(path) if str(path) != ":memory:" else path
        self._conn: aiosqlite.Connection | None = None
        # One writer at a time: SQLite serialises writers anyway; this keeps our turns whole.
        self._lock = asyncio.Lock()
        # commits made, and how many of them a flush of the log has made durable (`durable`)
        self._commits = 0
        self._synced = 0
        self._syncing = asyncio.Lock()

    async def open(self) -> Database:
        if isinstance(self.path, Path):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # sqlite3 opens the transaction itself, with BEGIN IMMEDIATE in the same call as a
        # turn's first write: not a trip of its own to the SQLite thread (see `transaction`)
        self._conn = await aiosqlite.connect(str(self.path), isolation_level="IMMEDIATE")
        self._conn.row_factory = aiosqlite.Row
        await self._conn.execute("PRAGMA journal_mode=WAL")
        # a commit is not flushed to the disk by itself (an fsync inside the database lock for
        # every unit of work was a third of the time it held it): it survives a crash of the
        # process, and `durable` flushes every commit before it, before updates are confirmed
        await self._conn.execute("PRAGMA synchronous=NORMAL")
        await self._conn.execute("PRAGMA foreign_keys=ON")
        # deleted data is overwritten with zeros, not left readable in free pages
        await self._conn.execute("PRAGMA secure_delete=ON")
        await self._conn.execute("PRAGMA busy_timeout=5000")
        await migrate(self._conn)
        return self

    async def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file and empty it: after /forget, no old
        page with the forgotten data stays readable in the WAL file."""
        if self._conn is not None:
            async with self._lock:
                await self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    async def durable(self) -> None:
        """Every unit committed before this call is on the disk when it returns, safe from a
        power cut too (a crash of the process loses no commit anyway). What was confirmed to
        Telegram or Viber is never lost: the poller calls this before it confirms updates, the
        webhooks before they answer. One flush covers every commit before it, and callers that
        come while one runs share the next: one fsync for many turns, outside the database
        lock (docs/performance.md, change 25)."""
        target = self._commits
        async with self._syncing:
            if self._synced >= target or not isinstance(self.path, Path):
                return
            covered = self._commits
            # a commit is in the write-ahead log (written, not yet flushed): flushing the log
            # file is what SQLite itself does at each commit with synchronous=FULL
            await asyncio.to_thread(_flush, self.path.with_name(self.path.name + "-wal"))
            self._synced = covered

    async def close(self) -> None:
        if self._conn is not None:
            await self._conn.close()
            self._conn = None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Tx]:
        """One unit of work, whole: committed at the end, rolled back on an error. The lock keeps
        every other unit of this process out until then; SQLite's transaction is opened by the
        first statement (`Tx`), and a unit that ran none commits nothing: a trip or two fewer
        (docs/performance.md, change 24)."""
        if self._conn is None:
            raise RuntimeError("database is not open")
        async with self._lock:
            try:
                yield Tx(self._conn)
            except BaseException:
                await self._conn.rollback()
                raise
            else:
                if self._conn.in_transaction:  # something was written
                    await self._conn.commit()
                    self._commits += 1


def _flush(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:  # nothing written yet
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _migrations() -> list[tuple[int, str, str]]:
    found = []
    for entry in resources.files("bot.storage.migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:3].isdigit():
            found.append((int(name[:3]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


async def migrate(conn: aiosqlite.Connection) -> None:
    """Apply every numbered migration not yet applied, each in its own transaction."""
    await conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT, "
        "applied_at TEXT NOT NULL)"
    )
    async with conn.execute("SELECT version FROM schema_version") as cursor:
        done = {row[0] for row in await cursor.fetchall()}
    for version, name, sql in _migrations():
        if version in done:
            continue
        log.info("applying migration %s", name)
        await conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(sql):
                await conn.execute(statement)
            await conn.execute(
                "INSERT INTO schema_version VALUES (?, ?, ?)",
                (version, name, utc_text(dt.datetime.now(dt.UTC))),
            )
        except BaseException:
            await conn.execute("ROLLBACK")
            raise
        await conn.execute("COMMIT")


def _statements(sql: str) -> list[str]:
    """Split a migration into statements; triggers (BEGIN ... END;) stay whole."""
    out: list[str] = []
    current: list[str] = []
    for line in sql.splitlines():
        if line.strip().startswith("--") and not current:
            continue
        current.append(line)
        text = "\n".join(current).strip()
        if text.endswith(";") and aiosqlite_complete(text):
            out.append(text)
            current = []
    if "\n".join(current).strip():
        out.append("\n".join(current))
    return out


def aiosqlite_complete(text: str) -> bool:
    import sqlite3

    return sqlite3.complete_statement(text)
