"""The person reads who writes without brackets in brackets (tester 31, item 12): an office
whose name has its own brackets, «Starachowice — county (Refugee Centre)», is named
«The information point (Starachowice — county, Refugee Centre)»."""

from __future__ import annotations

from bot.app import build
from tests.conftest import FIXTURE, write_config
from tests.support.callbacks import Delivery, request_callback
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import NORTH_CHAT
from tests.support.yamlfiles import read_yaml


async def test_an_office_name_with_brackets_is_not_bracketed_again(tmp_path, clock, platform):
    network = read_yaml(FIXTURE / "network.yaml")
    network["offices"]["north"]["name"] = "Starachowice — county (Refugee Centre)"
    app = await build(write_config(tmp_path, **network), clock=clock, search="off")
    try:
        delivery = Delivery(app, platform, clock)
        olena = Dialogue(app.core, user_id="2002")
        await olena.send("/start north")
        await request_callback(olena)
        await delivery.run()
        card = next(s for s in platform.to(str(NORTH_CHAT)) if "T1" in s.text)
        anna = StaffMember(app.core, chat_id=str(NORTH_CHAT))
        await anna.reply(card.message_id, "Zadzwonię jutro", "700")
        await delivery.run()
        told = platform.to("2002")[-1].text
        assert "The information point (Starachowice — county, Refugee Centre)" in told
        assert "((" not in told and "))" not in told
    finally:
        await app.close()
