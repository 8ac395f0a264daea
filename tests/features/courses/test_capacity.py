"""A course never holds more people than its seats, however many confirm at the same moment;
whoever is too late is on the waiting list, each with a number of their own."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import re
import sqlite3

import pytest

from bot.storage import Database, waiting_list
from bot.storage import enrolments as store
from tests.conftest import MONDAY_MORNING
from tests.support.courses import confirm_button, course_app, people, up_to_summary

PEOPLE = 30
ENDS = dt.datetime(2027, 1, 19, 17, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize("seats", [1, 2])
async def test_the_last_seats_go_to_exactly_as_many_of_many_simultaneous_confirmations(
    tmp_path, clock, seats
):
    async with course_app(tmp_path, clock, services__polish_a1__seats=seats) as app:
        crowd = people(app, PEOPLE)
        for person in crowd:  # everybody reaches the summary while the seats are still free
            await up_to_summary(person, name=f"Person {person.user_id}")
        assert all("There is a place for you." in p.text for p in crowd)
        presses = [confirm_button(p).payload for p in crowd]
        await asyncio.gather(*(p.payload(c) for p, c in zip(crowd, presses, strict=True)))
        won = [p for p in crowd if "You are signed up" in p.text]
        waiting = [p for p in crowd if "You are on the waiting list" in p.text]
        assert len(won) == seats and len(waiting) == PEOPLE - seats
        numbers = sorted(int(re.findall(r"number (\d+)", p.text)[0]) for p in waiting)
        assert numbers == list(range(1, PEOPLE - seats + 1))
        async with app.services.db.transaction() as tx:
            assert await store.taken(tx, "main", "polish_a1") == (seats, PEOPLE - seats)


def _new(user: str) -> store.NewEnrolment:
    return store.NewEnrolment(
        office="main",
        service="polish_a1",
        channel="console",
        user_id=user,
        chat_id=user,
        language="uk",
        name="N",
        phone="+48601234567",
        token=user,
        course_ends_at=ENDS,
    )


async def _enrol(db: Database, user: str, seats: int) -> str:
    async with db.transaction() as tx:
        return (await store.enrol(tx, MONDAY_MORNING, _new(user), seats)).status


async def test_separate_database_connections_cannot_overfill_a_course(tmp_path):
    """No shared lock in Python here: each connection is its own writer; SQLite decides."""
    path = tmp_path / "shared.sqlite3"
    connections = [await Database(path).open() for _ in range(12)]
    try:
        results = await asyncio.gather(
            *(_enrol(db, f"u{n}", 2) for n, db in enumerate(connections))
        )
        assert sorted(results) == ["enrolled"] * 2 + ["waiting"] * 10
        async with connections[0].transaction() as tx:
            listed = await store.of_course(tx, "main", "polish_a1")
            positions = [await store.position(tx, e) for e in listed if e.status == "waiting"]
        assert positions == list(range(1, 11))
    finally:
        for db in connections:
            await db.close()


async def test_simultaneous_offers_on_separate_connections_hand_out_only_free_seats(tmp_path):
    path = tmp_path / "shared.sqlite3"
    connections = [await Database(path).open() for _ in range(8)]
    first = connections[0]
    try:
        for n in range(6):
            await _enrol(first, f"u{n}", 2)  # two enrolled, four waiting
        async with first.transaction() as tx:
            assert await store.finish(tx, MONDAY_MORNING, 1, "left") is not None  # one seat

        async def offer(db: Database) -> bool:
            async with db.transaction() as tx:
                until = MONDAY_MORNING + dt.timedelta(hours=24)
                return (
                    await waiting_list.offer_next(tx, MONDAY_MORNING, "main", "polish_a1", until)
                    is not None
                )

        results = await asyncio.gather(*(offer(db) for db in connections))
        assert sorted(results) == [False] * 7 + [True]
        async with first.transaction() as tx:
            assert await store.taken(tx, "main", "polish_a1") == (2, 3)
            offered = [
                e for e in await store.of_course(tx, "main", "polish_a1") if e.status == "offered"
            ]
        assert [e.user_id for e in offered] == ["u2"]  # the first in line
    finally:
        for db in connections:
            await db.close()


async def test_the_database_refuses_rows_that_skip_the_application(tmp_path):
    db = await Database(tmp_path / "db.sqlite3").open()
    try:
        assert await _enrol(db, "first", 1) == "enrolled"
        assert await _enrol(db, "second", 1) == "waiting"
        with pytest.raises(sqlite3.IntegrityError, match="no seat left"):
            async with db.transaction() as tx:  # straight in, past the seats
                await tx.execute(
                    "INSERT INTO enrolments (office, service, channel, user_id, chat_id, language,"
                    " status, created_at, course_ends_at) SELECT office, service, channel, 'raw',"
                    " 'raw', language, 'enrolled', created_at, course_ends_at FROM enrolments"
                    " WHERE id = 1"
                )
        with pytest.raises(sqlite3.IntegrityError, match="no seat left"):
            async with db.transaction() as tx:  # someone waiting made enrolled by hand
                await tx.execute("UPDATE enrolments SET status = 'enrolled' WHERE id = 2")
        async with db.transaction() as tx:  # a free seat is not taken past people waiting
            await store.finish(tx, MONDAY_MORNING, 1, "left")
        assert await _enrol(db, "third", 1) == "waiting"
    finally:
        await db.close()


async def test_the_database_lets_a_newcomer_past_a_family_waiting_together_only(tmp_path):
    """A free seat goes to a newcomer only when nobody waiting would be offered it: a family
    waiting together for more seats than are free does not hold it; one that may be split (or
    anyone who fits) does. A row staff admitted is let past the seats."""
    db = await Database(tmp_path / "db.sqlite3").open()
    family = dataclasses.replace(_new("family"), people=3)
    try:
        assert await _enrol(db, "first", 2) == "enrolled"
        async with db.transaction() as tx:
            together = dataclasses.replace(family, together=True)
            assert (await store.enrol(tx, MONDAY_MORNING, together, 2)).status == "waiting"
        assert await _enrol(db, "single", 2) == "enrolled"  # past the family: it needs three
        async with db.transaction() as tx:
            await store.finish(tx, MONDAY_MORNING, 2, "left")  # the family leaves
            split = dataclasses.replace(family, user_id="split")  # three seats now: one free
            assert (await store.enrol(tx, MONDAY_MORNING, split, 3)).status == "waiting"
        assert await _enrol(db, "late", 3) == "waiting"  # the free seat: for the split family
        async with db.transaction() as tx:
            assert await waiting_list.admit(tx, MONDAY_MORNING, 5, "Anna")  # "late", past seats
            assert await store.taken(tx, "main", "polish_a1") == (3, 1)
    finally:
        await db.close()
