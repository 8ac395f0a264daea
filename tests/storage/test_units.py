"""A unit of work is whole: what it leaves to the commit's trip (the session, the replies) is
written with it or not at all, and another process's writer cannot slip in between what a unit
read and what it wrote from it."""

from __future__ import annotations

import sqlite3

import pytest

from bot.storage import Database

INSERT = (
    "INSERT INTO unanswered (text, language, kind, created_at)"
    " VALUES (?, 'en', 'no_match', '2026-12-04T10:00:00.000000Z')"
)


async def _texts(db: Database) -> list[str]:
    async with db.transaction() as tx:
        return [row["text"] for row in await tx.fetchall("SELECT text FROM unanswered")]


async def test_a_write_left_to_the_commit_is_made_with_it_and_has_its_id(tmp_path):
    db = await Database(tmp_path / "bot.db").open()
    try:
        async with db.transaction() as tx:
            first = tx.at_commit(INSERT, ("where is the office",))
            second = tx.at_commit(INSERT, ("opening hours",))
        assert (first.rowid, second.rowid) == (1, 2)
        assert await _texts(db) == ["where is the office", "opening hours"]
    finally:
        await db.close()


async def test_a_unit_that_fails_writes_nothing_it_left_to_the_commit(tmp_path):
    db = await Database(tmp_path / "bot.db").open()
    try:
        with pytest.raises(RuntimeError):
            async with db.transaction() as tx:
                await tx.execute(INSERT, ("written at once",))
                tx.at_commit(INSERT, ("left to the commit",))
                raise RuntimeError("the handler failed")
        assert await _texts(db) == []
    finally:
        await db.close()


async def test_another_writer_waits_for_a_unit_that_has_only_read_so_far(tmp_path):
    db = await Database(tmp_path / "bot.db").open()
    other = sqlite3.connect(tmp_path / "bot.db", timeout=0)
    try:
        async with db.transaction() as tx:
            (found,) = await tx.batch(("SELECT COUNT(*) AS n FROM unanswered", ()))
            assert found.rows[0]["n"] == 0
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute(INSERT, ("slipped in",))
            tx.at_commit(INSERT, ("decided from what was read",))
        assert await _texts(db) == ["decided from what was read"]
    finally:
        other.close()
        await db.close()


async def test_a_read_made_ahead_never_answers_after_the_unit_wrote(tmp_path):
    """A turn's first trip reads ahead whether a thread with staff is open (change 62): a
    batch of the same reads takes those rows without a trip, but not once anything else ran
    in the unit in between (it may have changed what they read)."""
    db = await Database(tmp_path / "bot.db").open()
    count = ("SELECT COUNT(*) AS n FROM unanswered", ())
    try:
        async with db.transaction() as tx:
            (first,) = await tx.batch(count)
            tx.read_ahead((count,), [first])
            assert (await tx.batch(count))[0].rows[0]["n"] == 0  # the rows read ahead
            tx.read_ahead((count,), [first])
            await tx.execute(INSERT, ("written in between",))
            assert (await tx.batch(count))[0].rows[0]["n"] == 1
    finally:
        await db.close()


async def test_a_write_riding_another_unit_is_made_with_its_commit_or_told_it_failed(tmp_path):
    """A reply's delivery mark rides the commit of the unit holding the database (change 64):
    written with it when it commits; when it fails, the rider is told so and nothing of it is
    written, so that the mark can be made on its own."""
    db = await Database(tmp_path / "bot.db").open()

    def ride(text: str):  # type: ignore[no-untyped-def]
        return db.ride(lambda tx: tx.at_commit(INSERT, (text,)))

    try:
        assert ride("nobody holds the database") is None
        async with db.transaction() as tx:
            rode = ride("with a turn that commits")
            await tx.execute(INSERT, ("the turn's own",))
        assert rode is not None and await rode
        with pytest.raises(RuntimeError):
            async with db.transaction() as tx:
                failed = ride("with a turn that fails")
                raise RuntimeError("the handler failed")
        assert failed is not None and not await failed
        assert await _texts(db) == ["the turn's own", "with a turn that commits"]
    finally:
        await db.close()
