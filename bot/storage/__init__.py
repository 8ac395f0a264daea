"""SQLite through aiosqlite: one connection, numbered migrations, one transaction per user turn.

Storage is the only package that writes SQL. Times are stored as UTC ISO-8601 text.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

import aiosqlite

from bot.storage.checkpoints import Checkpoints
from bot.storage.migrating import set_up

log = logging.getLogger(__name__)


def utc_text(moment: dt.datetime) -> str:
    """Aware datetime -> UTC text that sorts correctly: 2026-12-04T19:21:42.123456Z (written with
    isoformat and read with fromisoformat: reading was 5 µs with strptime, 0.15 µs so). The
    last one is kept: a turn writes its `now` ~12 times (the update, the session, the outbox,
    the threads it asks about; docs/performance.md, change 67)."""
    global _last
    last, text = _last
    if moment is last:  # (the same object: a datetime never changes)
        return text
    text = moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"
    _last = (moment, text)
    return text


_last: tuple[dt.datetime | None, str] = (None, "")


def from_utc_text(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)  # (the Z: UTC)


def maybe_utc_text(text: str | None) -> dt.datetime | None:
    """`from_utc_text` for a column that may be empty (not yet happened)."""
    return from_utc_text(text) if text else None


T = TypeVar("T")


async def in_thread(conn: aiosqlite.Connection, work: Callable[..., T], *args: Any) -> T:
    """`work(*args)` in the connection's thread, in one trip: what each of aiosqlite's own
    methods does (`Connection._execute`, the one private name of aiosqlite used here)."""
    run = cast("Callable[..., Awaitable[T]]", conn._execute)  # noqa: SLF001
    return await run(work, *args)


@dataclass
class Done:
    """What one statement did: its rows (a query), how many rows it changed, the new row's id."""

    rows: list[sqlite3.Row]
    rowcount: int
    lastrowid: int


Statement = tuple[str, Sequence[Any]]


class AtCommit:
    """A write made with the commit (`Tx.at_commit`): its row's id once the unit committed."""

    def __init__(self, sql: str, params: Sequence[Any], many: list[tuple[Any, ...]] | None):
        self.statement: Statement = (sql, tuple(params))
        self.many = many  # the rows of an executemany, if it is one
        self.rowid = 0


class Tx:
    """The open transaction of one unit of work; repository functions take it as first argument.

    Each call is one trip to the SQLite thread, and so is the commit: a trip is a hand-over
    between threads (and of the interpreter lock), 0.6-0.7 ms under load, with the database
    lock held (docs/performance.md, changes 24 and 27). So SQLite's transaction is
    opened in the trip of the unit's first statement (BEGIN IMMEDIATE, so that what is read
    cannot change before the unit writes what it decided from it), `batch` runs several
    statements in one trip, and `at_commit` leaves a write to the commit's trip."""

    def __init__(self, conn: aiosqlite.Connection, raw: sqlite3.Connection):
        self.conn = conn
        self._raw = raw
        self._at_commit: list[AtCommit] = []
        # writes of other callers made with this unit's commit (`Database.ride`), each told
        # whether it committed; none once the commit (or the rollback) has begun
        self.riders: list[asyncio.Future[bool]] = []
        self.closing = False
        self._ahead: tuple[tuple[Statement, ...], list[Done]] | None = None

    async def batch(self, *statements: Statement) -> list[Done]:
        """Several statements in one trip, in order; none when they are the reads made ahead
        for this very batch (`read_ahead`)."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[0] == statements:
            return ahead[1]
        return await in_thread(self.conn, self._run, statements)

    def read_ahead(self, statements: tuple[Statement, ...], done: list[Done]) -> None:
        """Reads made in an earlier trip of the unit for its next batch, if that is the same
        statements: it is then answered without a trip. Whatever batch comes next drops them,
        so nothing the unit ran in between can have changed what they read."""
        self._ahead = (statements, done)

    def _begin(self) -> None:
        if not self._raw.in_transaction:
            self._raw.execute("BEGIN IMMEDIATE")

    def _run(self, statements: Sequence[Statement]) -> list[Done]:
        self._begin()
        done = []
        for sql, params in statements:
            cursor = self._raw.execute(sql, params)
            rows = cursor.fetchall()
            done.append(Done(rows, cursor.rowcount, int(cursor.lastrowid or 0)))
        return done

    async def execute(self, sql: str, params: Iterable[Any] = ()) -> Done:
        return (await self.batch((sql, tuple(params))))[0]

    async def fetchone(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Row | None:
        return next(iter((await self.execute(sql, params)).rows), None)

    async def fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        return (await self.execute(sql, params)).rows

    async def insert(self, sql: str, params: Iterable[Any] = ()) -> int:
        return (await self.execute(sql, params)).lastrowid

    async def changed_one(self, sql: str, params: Iterable[Any] = ()) -> bool:
        """A conditional UPDATE: whether it changed the one row (False: decided meanwhile)."""
        return (await self.execute(sql, params)).rowcount == 1

    def at_commit(self, sql: str, params: Iterable[Any] = ()) -> AtCommit:
        """A write made in the commit's trip, after everything else of the unit: for what the
        unit does not read back (the session, the replies). A unit with one of these commits."""
        write = AtCommit(sql, tuple(params), None)
        self._at_commit.append(write)
        return write

    def many_at_commit(self, sql: str, rows: Iterable[Iterable[Any]]) -> None:
        """`executemany` in the commit's trip (`at_commit`)."""
        self._at_commit.append(AtCommit(sql, (), [tuple(row) for row in rows]))

    def _commit(self) -> bool:
        """In the SQLite thread: the writes left to the commit, then the commit; False when
        the unit wrote nothing (nothing to commit)."""
        for write in self._at_commit:
            if write.many is None:
                write.rowid = self._run([write.statement])[0].lastrowid
            else:
                self._begin()
                self._raw.executemany(write.statement[0], write.many)
        if not self._raw.in_transaction:
            return False
        self._raw.commit()
        return True


class Database:
    def __init__(self, path: Path | str):
        self.path = Path(path) if str(path) != ":memory:" else path
        self._conn: aiosqlite.Connection | None = None
        # One writer at a time: SQLite serialises writers anyway; this keeps our turns whole.
        self._lock = asyncio.Lock()
        # commits made, and how many of them a flush of the log has made durable (`durable`)
        self._commits = 0
        self._synced = 0
        self.checkpoints = Checkpoints(self.path)
        self._syncing = asyncio.Lock()
        self._open: Tx | None = None  # the unit holding the lock (`ride`)

    async def open(self) -> Database:
        if isinstance(self.path, Path):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # a unit of work opens its transaction itself (`Tx`); a write outside one (migrations
        # open theirs) would still get BEGIN IMMEDIATE from sqlite3
        self._conn = await aiosqlite.connect(str(self.path), isolation_level="IMMEDIATE")
        self._conn.row_factory = aiosqlite.Row
        # the settings and the migrations in one trip to the connection's thread: at start the
        # search's threads hold the interpreter lock, and each trip waited its turn for it
        await in_thread(self._conn, set_up, self._conn._conn)  # noqa: SLF001 - its sqlite3
        return self

    async def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file and empty it: after /forget, no old
        page with the forgotten data stays readable in the WAL file."""
        if self._conn is not None:
            await self.checkpoints.settled()  # a background one reading the log: not busy
            async with self._lock:  # its cursor read and closed: a statement left open
                # would make the next commit fail ("SQL statements in progress")
                async with self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)") as cursor:
                    await cursor.fetchall()

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
        await self.checkpoints.close()
        if self._conn is not None:
            await self._conn.close()
            self._conn = None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Tx]:
        """One unit of work, whole: committed at the end, rolled back on an error. The lock keeps
        every other unit of this process out until then; SQLite's transaction is opened in the
        trip of the first statement (`Tx`), the commit makes the writes left to it in its own
        trip, and a unit that wrote nothing commits nothing (docs/performance.md, changes 24
        and 27)."""
        if self._conn is None:
            raise RuntimeError("database is not open")
        async with self._lock:
            tx = Tx(self._conn, self._conn._conn)  # noqa: SLF001 - the sqlite3 connection
            self._open, committed = tx, False
            try:
                try:
                    yield tx
                except BaseException:
                    tx.closing = True
                    await self._conn.rollback()
                    raise
                tx.closing = True
                if await in_thread(self._conn, tx._commit):
                    self._commits += 1
                    self.checkpoints.committed()
                committed = True
            finally:
                self._open = None
                for rider in tx.riders:
                    if not rider.done():
                        rider.set_result(committed)

    def ride(self, write: Callable[[Tx], None]) -> asyncio.Future[bool] | None:
        """`write(tx)` (writes left to the commit: `Tx.at_commit`) made with the commit of the
        unit that holds the database now, unless that unit is closing already: what would
        otherwise wait for it and then make a trip and a commit of its own (a reply's delivery
        mark, docs/performance.md change 64). The future: True once that unit committed, False
        if it failed, the write with it (the caller makes it itself then). None: no unit holds
        the database."""
        tx = self._open
        if tx is None or tx.closing:
            return None
        write(tx)
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        tx.riders.append(done)
        return done


def _flush(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:  # nothing written yet
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
