"""Upgrading a database made by an older version keeps its rows (a restart after an update
must not lose anything staff or people left there)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from bot.storage import Database, offices
from bot.storage import unanswered as store
from bot.storage.migrating import _migrations, _statements

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def _old_database(path, up_to: int) -> None:
    """A database as the version with migrations 1..up_to left it."""
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT, "
        "applied_at TEXT NOT NULL)"
    )
    for version, name, sql in _migrations():
        if version > up_to:
            break
        for statement in _statements(sql):
            conn.execute(statement)
        conn.execute("INSERT INTO schema_version VALUES (?, ?, ?)", (version, name, "2026-11-01"))
    conn.execute(
        "INSERT INTO unanswered (text, language, kind, topic, created_at) VALUES "
        "('як зробити песель', 'uk', 'voted_no', 'pesel', '2026-11-02T10:00:00.000000Z'), "
        "('яка погода', 'uk', 'no_match', NULL, '2026-11-02T11:00:00.000000Z')"
    )
    conn.commit()
    conn.close()


async def test_unanswered_questions_survive_the_upgrade_that_adds_off_topic(tmp_path):
    path = tmp_path / "old.sqlite3"
    _old_database(path, up_to=5)
    db = await Database(path).open()
    try:
        async with db.transaction() as tx:
            kept = await store.recent(tx, None)
            assert [(u.text, u.kind, u.topic) for u in kept] == [
                ("яка погода", "no_match", None),
                ("як зробити песель", "voted_no", "pesel"),
            ]
            await store.add(tx, NOW, "where to buy cinema tickets", "en", store.OFF_TOPIC)
            assert await store.count(tx, None) == 3
    finally:
        await db.close()


async def test_records_from_before_offices_belong_to_the_default_office(tmp_path):
    """An upgraded single-office deployment: its staff still see every old question."""
    path = tmp_path / "old.sqlite3"
    _old_database(path, up_to=8)
    db = await Database(path).open()
    try:
        async with db.transaction() as tx:
            assert await offices.adopt(tx, "main") == 2
            assert await store.count(tx, "main") == 2
            assert await store.count(tx, "opole") == 0
            assert await offices.adopt(tx, "main") == 0  # once
    finally:
        await db.close()


async def test_requests_keep_their_numbers_and_each_kind_goes_on_after_its_own(tmp_path):
    """052: callback (T) and help (P) requests are numbered apart. Those made before keep the
    numbers already read out (T1, P2, T3: their ids); the next of each kind follows its own
    highest (T4, P3), and a fresh database starts each at 1 (tests/features)."""
    from bot.storage import request_numbers
    from bot.storage import requests as requests_store

    path = tmp_path / "old.sqlite3"
    _old_database(path, up_to=51)
    conn = sqlite3.connect(path)
    for draft, service in (("a", None), ("b", "translation"), ("c", None)):
        conn.execute(
            "INSERT INTO callback_requests (draft, channel, language, call_language, topic,"
            " time_window, created_at, service) VALUES (?, 'console', 'uk', 'uk', 'pesel',"
            " 'asap', '2026-11-02T10:00:00.000000Z', ?)",
            (draft, service),
        )
    conn.commit()
    conn.close()
    db = await Database(path).open()
    try:
        async with db.transaction() as tx:
            old = [await requests_store.get(tx, i) for i in (1, 2, 3)]
            assert [r.number for r in old if r] == [1, 2, 3]
            fields = {"channel": "console", "language": "uk", "call_language": "uk"}
            fields |= {"topic": "other", "time_window": "asap"}
            t4, _ = await requests_store.create(tx, NOW, "d", **fields)
            p3, _ = await requests_store.create(tx, NOW, "e", service="translation", **fields)
            assert (await request_numbers.numbered(tx, False, 4)).id == t4  # type: ignore[union-attr]
            assert (await request_numbers.numbered(tx, True, 3)).id == p3  # type: ignore[union-attr]
            assert (await request_numbers.numbered(tx, True, 2)).id == 2  # type: ignore[union-attr]
    finally:
        await db.close()
