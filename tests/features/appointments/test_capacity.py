"""A specialist's time never holds more people than its capacity, however many confirm at once:
in one bot (its transactions) and across separate connections to one SQLite file (the trigger
of migration 012)."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3

import pytest

from bot.app import build
from bot.storage import Database, utc_text
from bot.storage import appointments as store
from tests.conftest import MONDAY_MORNING
from tests.support.appointments import (
    CAREER_THU_0900,
    LAWYER_TUE_1000,
    STAFF_CHAT,
    book_career,
    confirm_button,
    send_request,
)
from tests.support.bookings import to_chat
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.services import write_services_config

PEOPLE = 30
THU_0900 = dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC)


async def _taken(app, specialist: str, start: dt.datetime) -> int:  # type: ignore[no-untyped-def]
    async with app.services.db.transaction() as tx:
        row = await tx.fetchone(
            "SELECT COUNT(*) AS n FROM appointments WHERE specialist = ? AND starts_at = ?"
            " AND status = 'active'",
            (specialist, utc_text(start)),
        )
    return int(row["n"])


@pytest.mark.parametrize("capacity", [1, 2])
async def test_many_simultaneous_confirmations_book_exactly_capacity(tmp_path, clock, capacity):
    config = write_services_config(tmp_path, specialists__career__capacity=capacity)
    app = await build(config, clock=clock, search="off")  # no question is typed
    try:
        people = [Dialogue(app.core, user_id=f"p{n}") for n in range(PEOPLE)]
        for person in people:  # everybody reaches the summary while the time is still free
            await book_career(person, CAREER_THU_0900, name=f"Person {person.user_id}")
        presses = [confirm_button(p).payload for p in people]
        await asyncio.gather(*(p.payload(c) for p, c in zip(people, presses, strict=True)))
        won = [p for p in people if "is booked" in p.text]
        lost = [p for p in people if "no longer available" in p.text]
        assert len(won) == capacity and len(lost) == PEOPLE - capacity
        assert all(any(b.payload.startswith("appt:time:") for b in p.buttons) for p in lost)
        notes = [q for q in await to_chat(app.core, STAFF_CHAT) if "Nowa wizyta" in q.text]
        assert len(notes) == capacity
        assert await _taken(app, "career", THU_0900) == capacity
    finally:
        await app.close()


async def test_one_offered_time_taken_at_once_by_everyone_it_was_offered_to(app):
    people = [Dialogue(app.core, user_id=f"q{n}") for n in range(10)]
    anna = StaffMember(app.core)
    for n, person in enumerate(people, start=1):
        await send_request(person, name=f"Person {chr(64 + n)}")  # (a number alone: an age)
        await anna.payload(f"apptq:approve:{n}")
        await anna.payload(f"apptq:pick:{n}:{LAWYER_TUE_1000}")
        await anna.press("Zaproponuj zaznaczony")
    await asyncio.gather(*(p.payload(f"appt:take:{n}:0") for n, p in enumerate(people, start=1)))
    assert sum("Your appointment is booked" in p.text for p in people) == 1
    start = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
    assert await _taken(app, "lawyer", start) == 1


def _appointment(user: str) -> store.NewAppointment:
    return store.NewAppointment(
        office="main",
        service="career",
        specialist="career",
        channel="console",
        user_id=user,
        chat_id=user,
        language="uk",
        place="social_services",
        remote=None,
        day=THU_0900.date(),
        starts_at=THU_0900,
        ends_at=THU_0900 + dt.timedelta(minutes=30),
        name="N",
        phone="+48601234567",
        sensitive=False,
    )


async def _try(db: Database, user: str, capacity: int) -> bool:
    try:
        async with db.transaction() as tx:
            await store.create(tx, MONDAY_MORNING, _appointment(user), capacity)
    except store.SlotFull:
        return False
    return True


async def test_separate_database_connections_cannot_overfill_a_time(tmp_path):
    """No shared lock in Python here: each connection is its own writer; SQLite decides."""
    path = tmp_path / "shared.sqlite3"
    connections = [await Database(path).open() for _ in range(12)]
    try:
        results = await asyncio.gather(*(_try(db, f"u{n}", 2) for n, db in enumerate(connections)))
        assert sorted(results) == [False] * 10 + [True] * 2
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
                    "INSERT INTO appointments (office, service, specialist, channel, user_id,"
                    " chat_id, language, day, starts_at, ends_at, created_at) SELECT office,"
                    " service, specialist, channel, 'raw', 'raw', language, day, starts_at,"
                    " ends_at, created_at FROM appointments"
                )
    finally:
        await db.close()
