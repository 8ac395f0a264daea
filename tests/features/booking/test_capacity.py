"""A slot never holds more visits than its capacity, however many confirm at the same moment."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3

import pytest

from bot.app import build
from bot.storage import Database
from bot.storage import bookings as store
from tests.conftest import MONDAY_MORNING, write_config
from tests.support.bookings import STAFF_CHAT, TUE_1330, book, confirm_button, to_chat
from tests.support.dialogue import Dialogue

PEOPLE = 30
START = dt.datetime(2026, 11, 24, 12, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize("capacity", [1, 3])
async def test_last_place_goes_to_exactly_capacity_of_many_simultaneous_confirmations(
    tmp_path, clock, capacity
):
    app = await build(write_config(tmp_path, booking__capacity=capacity), clock=clock)
    try:
        people = [Dialogue(app.core, user_id=f"p{n}") for n in range(PEOPLE)]
        for person in people:  # everybody reaches the summary while the slot is still free
            await book(person, TUE_1330, name=f"Person {person.user_id}")
        presses = [confirm_button(p).payload for p in people]
        await asyncio.gather(*(p.payload(c) for p, c in zip(people, presses, strict=True)))
        won = [p for p in people if "is booked" in p.text]
        lost = [p for p in people if "no longer available" in p.text]
        assert len(won) == capacity
        assert len(lost) == PEOPLE - capacity
        assert all(any(b.payload.startswith("booking:time:") for b in p.buttons) for p in lost)
        assert len(await to_chat(app.core, STAFF_CHAT)) == capacity
        async with app.services.db.transaction() as tx:
            taken = await store.taken(tx, START, START + dt.timedelta(minutes=1))
        assert taken == {("city_hall", START): capacity}
    finally:
        await app.close()


def _booking(user: str) -> store.NewBooking:
    return store.NewBooking(
        channel="console",
        user_id=user,
        chat_id=user,
        language="uk",
        place="city_hall",
        day=START.date(),
        starts_at=START,
        ends_at=START + dt.timedelta(minutes=15),
        topic="pesel",
        name="N",
        phone="+48601234567",
        office="main",
    )


async def _try(db: Database, user: str, capacity: int) -> bool:
    try:
        async with db.transaction() as tx:
            await store.create(tx, MONDAY_MORNING, _booking(user), capacity)
    except store.SlotFull:
        return False
    return True


async def test_separate_database_connections_cannot_overfill_a_slot(tmp_path):
    """No shared lock in Python here: each connection is its own writer; SQLite decides."""
    path = tmp_path / "shared.sqlite3"
    first = await Database(path).open()
    others = [await Database(path).open() for _ in range(11)]
    connections = [first, *others]
    try:
        results = await asyncio.gather(*(_try(db, f"u{n}", 2) for n, db in enumerate(connections)))
        assert sorted(results) == [False] * 10 + [True] * 2
        async with first.transaction() as tx:
            assert await store.taken(tx, START, START + dt.timedelta(minutes=1)) == {
                ("city_hall", START): 2
            }
    finally:
        for db in connections:
            await db.close()


async def test_the_database_refuses_an_insert_that_skips_the_application(tmp_path):
    db = await Database(tmp_path / "db.sqlite3").open()
    try:
        assert await _try(db, "first", 1)
        with pytest.raises(sqlite3.IntegrityError, match="slot is full"):
            async with db.transaction() as tx:
                await tx.execute(
                    "INSERT INTO bookings (channel, user_id, chat_id, language, place, day,"
                    " starts_at, ends_at, topic, created_at) SELECT channel, 'raw', 'raw',"
                    " language, place, day, starts_at, ends_at, topic, created_at FROM bookings"
                )
        # A cancelled seat is free again; making the cancelled one active again is refused.
        assert await _try(db, "second", 1) is False
        async with db.transaction() as tx:
            assert await store.cancel(tx, 1, MONDAY_MORNING, "user")
        assert await _try(db, "second", 1)
        with pytest.raises(sqlite3.IntegrityError, match="slot is full"):
            async with db.transaction() as tx:
                await tx.execute("UPDATE bookings SET status = 'active' WHERE id = 1")
    finally:
        await db.close()
