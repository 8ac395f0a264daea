"""Telegram's command menu in a network's staff chats: an office's chat offers every staff
command; the coordinators' chat only those that work there (as its /help lists them), each
described as it reads there. The real bot against the fake Bot API."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURE, Clock
from tests.support.e2e import has, running_bot, shown
from tests.support.fake_telegram import FakeTelegram
from tests.support.network import (
    COORDINATORS_CHAT,
    EAST_TOPIC,
    FORUM_CHAT,
    NORTH_CHAT,
    SOUTH_TOPIC,
)
from tests.support.services import catalogue
from tests.support.yamlfiles import read_yaml

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1


def menu(tg: FakeTelegram, chat_id: int) -> dict[str, str]:
    """command -> description, as Telegram shows the menu in that chat."""
    scope = json.dumps({"type": "chat", "chat_id": chat_id}, sort_keys=True)
    return {c["command"]: c["description"] for c in tg.commands[(scope, "")]}


async def test_the_coordinators_chat_menu_offers_only_what_works_there(tmp_path):
    network = read_yaml(FIXTURE / "network.yaml")
    async with FakeTelegram() as tg:
        tg.group(NORTH_CHAT, "North")
        tg.group(FORUM_CHAT, "South and East", topics=(SOUTH_TOPIC, EAST_TOPIC))
        coordinators = tg.group(COORDINATORS_CHAT, "Coordinators")
        nina = tg.user("Nina", language_code="pl")
        tg.set_member(coordinators, nina)
        async with running_bot(tmp_path, tg, clock=Clock(), **network, **catalogue()):
            await tg.wait_until(lambda: len(tg.commands) >= 8)  # 4 languages, default, 3 chats
            in_north = menu(tg, NORTH_CHAT)  # an office's own chat: every staff command
            assert {"requests", "today", "week", "appointments", "courses"} <= set(in_north)
            assert in_north["courses"] == "Kursy i wydarzenia: listy, obecność"
            assert "today" in menu(tg, FORUM_CHAT)

            network_menu = menu(tg, COORDINATORS_CHAT)
            assert set(network_menu) == {
                "requests",
                "request",
                "today",
                "week",
                "appointments",
                "courses",
                "unanswered",
            }
            assert network_menu["today"] == (
                "Wizyty wszystkich punktów na dziś, punkt po punkcie; inny dzień: /today jutro,"
                " /today 15.12"
            )
            assert network_menu["courses"] == (
                "Kursy i wydarzenia wszystkich punktów: zapisani, rezerwowi"
            )
            await nina.send("/help", chat=coordinators)  # the same commands as its /help
            help_ = await shown(tg, COORDINATORS_CHAT, has("Polecenia czatu koordynatorów"))
            listed = [line.split(" ")[0] for line in help_["text"].splitlines() if line[:1] == "/"]
            assert sorted(listed) == sorted(f"/{c}" for c in network_menu)
        assert not tg.refused, tg.refused
