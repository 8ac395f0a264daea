"""A staff member's own words that start as a command does («/urlop», after an invisible mark
or typed as text) are never passed on: not as a decline's reason (nothing is declined), not as
a course's message to everyone (nobody gets it); staff are told why, and the same words without
the slash go (tests/channels/telegram/test_staff_reply_e2e.py: a reply to a card)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.appointments import STAFF_CHAT, send_request
from tests.support.courses import enrol
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.services import write_services_config

TOLD = "zaczyna się od «/»"


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_services_config(tmp_path)  # the specialists and courses too


async def test_a_decline_reason_that_starts_as_a_command_declines_nothing(app, delivery, platform):
    olena = Dialogue(app.core, user_id="2002", language_hint="en")
    await send_request(olena)
    anna = StaffMember(app.core)
    await anna.payload("apptq:decline:1")
    await delivery.run()
    prompt = platform.to(STAFF_CHAT)[-1]
    told = len(platform.to("2002"))

    said = await anna.reply(prompt.message_id, "\u200b/urlop do stycznia")
    await delivery.run()
    assert TOLD in said[0].text and len(platform.to("2002")) == told

    await anna.reply(prompt.message_id, "Urlop do stycznia", "901")
    await delivery.run()
    assert "Urlop do stycznia" in platform.to("2002")[-1].text


async def test_a_message_to_everyone_that_starts_as_a_command_reaches_nobody(
    app, delivery, platform
):
    olena = Dialogue(app.core, user_id="p1", language_hint="en")
    await enrol(olena, name="Olena Kovalenko")
    anna = StaffMember(app.core)
    await anna.payload("courses:write:polish_a1")
    await delivery.run()
    prompt = platform.to(STAFF_CHAT)[-1]
    told = len(platform.to("p1"))

    said = await anna.reply(prompt.message_id, "/room 12")
    await delivery.run()
    assert TOLD in said[0].text and len(platform.to("p1")) == told

    await anna.reply(prompt.message_id, "Room 12", "901")
    await delivery.run()
    assert "Room 12" in platform.to("p1")[-1].text
