"""Each office keeps personal data for its own period (`staff: {retention_days}` under the
office, else the deployment's): after the shorter one passes, only that office's people are
forgotten, in every kind of record, and its staff chat's messages about them are rewritten."""

from __future__ import annotations

from typing import Any

import pytest

from bot.app import build
from tests.conftest import FIXTURE, write_config
from tests.support.appointments import book_and_confirm_career, send_request
from tests.support.assist import send_translation
from tests.support.bookings import TUE_1330, book_and_confirm
from tests.support.callbacks import Delivery, RecordingPlatform, request_callback
from tests.support.courses import enrol
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import FORUM_CHAT, NORTH_CHAT, SOUTH_TOPIC
from tests.support.privacy import traces
from tests.support.services import catalogue
from tests.support.yamlfiles import read_yaml

NINA, SASHA = "Ninaqwx Bondar", "Sashaqwx Koval"  # names found nowhere else
SOUTH_TUE_1000 = "booking:time:south_desk:202611240900"
CAREER_THU_0930 = "appt:time:career:202611260830"


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    """The fixture network, every office with the catalogue; South keeps data for 7 days, the
    others for the deployment's 30."""
    data = read_yaml(FIXTURE / "network.yaml")
    for office in data["offices"].values():
        office.update(catalogue())
    data["offices"]["south"]["staff"]["retention_days"] = 7
    app = await build(write_config(tmp_path, **data), clock=clock)
    yield app
    await app.close()


async def every_kind_of_record(app: Any, office: str, name: str, visit: str, appt: str) -> None:
    """In `office`, someone named `name`: a question kept for staff, a callback request and a
    help request (each taken and closed), a visit, an appointment, an appointment request left
    waiting, a place at the Multiculturalism Day (12 December)."""
    chat, topic = (str(NORTH_CHAT), None) if office == "north" else (str(FORUM_CHAT), SOUTH_TOPIC)
    staff = StaffMember(app.core, chat_id=chat, topic_id=str(topic) if topic else None)
    first = Dialogue(app.core, user_id=f"{office}-1")
    await first.send(f"/start {office}")
    await first.send(f"{name} qwzx vbnm plorf")  # nobody can answer it: kept for staff
    await request_callback(first, name=name, description=f"{name}'s documents")
    helped = Dialogue(app.core, user_id=f"{office}-2")
    await helped.send(f"/start {office}")
    await send_translation(helped, name=name, note=f"for {name}'s school")
    async with app.services.db.transaction() as tx:
        ids = [
            r["id"]
            for r in await tx.fetchall(
                "SELECT id FROM callback_requests WHERE office = ?", (office,)
            )
        ]
    for request in ids:
        await staff.payload(f"request:take:{request}")
        await staff.payload(f"request:done_yes:{request}")
    await book_and_confirm(first, visit, name=name)
    await book_and_confirm_career(first, appt, name=name)
    await send_request(first, name=name, need=f"{name} got a letter from the voivode")
    await enrol(first, "culture_day", name=name)


async def test_only_the_office_with_the_shorter_retention_forgets_its_people(network, clock):
    app = network
    platform = RecordingPlatform()
    delivery = Delivery(app, platform, clock)
    await every_kind_of_record(app, "north", NINA, TUE_1330, "appt:time:career:202611260800")
    await every_kind_of_record(app, "south", SASHA, SOUTH_TUE_1000, CAREER_THU_0930)
    await delivery.run()
    assert traces(app, NINA) and traces(app, SASHA), "the setting-up worked"
    kinds = {t.split(":")[0] for t in traces(app, SASHA)}
    assert {"callback_requests", "bookings", "appointments", "appointment_requests"} <= kinds
    assert {"enrolments", "unanswered", "sessions"} <= kinds

    clock.advance(days=27)  # 20 December: everything of South's is over for more than 7 days
    for job in app.jobs:  # what `infopoint run` runs every hour
        await job.run(app.services)
    await delivery.run()
    assert traces(app, SASHA) == []  # tables, the database file and its write-ahead log
    kept = {t.split(":")[0] for t in traces(app, NINA)}  # North keeps its 30 days
    assert {"callback_requests", "bookings", "appointments", "appointment_requests"} <= kept
    assert {"enrolments", "unanswered", "sessions"} <= kept
    south_chat = {s.message_id: s.text for s in platform.to(str(FORUM_CHAT))}
    south_chat |= {e.message_id: e.text for e in platform.edits if e.chat_id == str(FORUM_CHAT)}
    assert not any("Sashaqwx" in text for text in south_chat.values())
    assert any("Personal data" in text for text in south_chat.values())  # rewritten, in English
    north_chat = [e for e in platform.edits if e.chat_id == str(NORTH_CHAT)]
    assert not any("usunięte" in e.text for e in north_chat)
    told = [s.text for s in platform.sent if s.chat_id == "south-1"]
    assert "no advisor could answer it within 7 days" in told[-1]  # South's own period

    nina = Dialogue(app.core, user_id="north-1")
    await nina.send("/mydata")
    assert "Ninaqwx Bondar" in nina.text and "Multiculturalism Day" in nina.text

    clock.advance(days=31)  # 20 January: North's 30 days are over too (since her /mydata)
    for job in app.jobs:
        await job.run(app.services)
    await delivery.run()
    assert traces(app, NINA) == []


async def test_the_consent_names_the_persons_offices_own_period(network):
    for office, period in (("south", "7 days"), ("north", "30 days")):
        person = Dialogue(network.core, user_id=f"{office}-9")
        await person.send(f"/start {office}")
        await person.send("/callback")
        assert f"until the matter is closed, then {period} more" in person.text
