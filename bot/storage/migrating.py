"""The connection's settings and the numbered migrations (bot/storage/migrations/*.sql), each
applied once in its own transaction; run in the connection's thread as the database opens."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import sqlite3
from importlib import resources

from bot.storage.checkpoints import Checkpoints

log = logging.getLogger(__name__)


@functools.cache  # (read once per process: each open of a database read all ~40 files again)
def _migrations() -> tuple[tuple[int, str, str], ...]:
    found = []
    for entry in resources.files("bot.storage.migrations").iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:3].isdigit():
            found.append((int(name[:3]), name, entry.read_text(encoding="utf-8")))
    return tuple(sorted(found))


def set_up(raw: sqlite3.Connection) -> None:
    """In the connection's thread: the connection's settings, then the migrations."""
    raw.execute("PRAGMA journal_mode=WAL")
    # a commit is not flushed to the disk by itself (an fsync inside the database lock for
    # every unit of work was a third of the time it held it): it survives a crash of the
    # process, and `durable` flushes every commit before it, before updates are confirmed
    raw.execute("PRAGMA synchronous=NORMAL")
    raw.execute("PRAGMA foreign_keys=ON")
    # deleted data is overwritten with zeros, not left readable in free pages
    raw.execute("PRAGMA secure_delete=ON")
    raw.execute("PRAGMA busy_timeout=5000")
    # SQLite's page cache at 256 KiB, not the default 2 MiB: a page not in it is read from
    # the system's file cache in microseconds, and 2 MiB of resident memory is a lot on the
    # cheapest server (docs/performance.md, change 39)
    raw.execute("PRAGMA cache_size=-256")
    # the log is copied into the database file beside the turns, not in one of them
    # (`Checkpoints`); SQLite's own, in a commit, only if that falls far behind
    raw.execute(f"PRAGMA wal_autocheckpoint={Checkpoints.FALLBACK_PAGES}")
    migrate(raw)


def migrate(raw: sqlite3.Connection) -> None:
    """Apply every numbered migration not yet applied, each in its own transaction."""
    raw.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT, "
        "applied_at TEXT NOT NULL)"
    )
    from bot.storage import utc_text  # (the package imports this module)

    done = {row[0] for row in raw.execute("SELECT version FROM schema_version").fetchall()}
    for version, name, sql in _migrations():
        if version in done:
            continue
        log.info("applying migration %s", name)
        raw.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(sql):
                raw.execute(statement)
            raw.execute(
                "INSERT INTO schema_version VALUES (?, ?, ?)",
                (version, name, utc_text(dt.datetime.now(dt.UTC))),
            )
        except BaseException:
            raw.execute("ROLLBACK")
            raise
        raw.execute("COMMIT")


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
    return sqlite3.complete_statement(text)
