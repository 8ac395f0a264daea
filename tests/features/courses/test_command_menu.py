"""Telegram's command menu where the office has courses: a person's /courses is in the
private-chat menu, in each language, with a description of its own; the staff chat's menu keeps
the staff /courses with the staff description. The real bot against the fake Bot API."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Clock
from tests.support.e2e import STAFF_CHAT, has, running_bot, shown
from tests.support.fake_telegram import FakeTelegram
from tests.support.services import catalogue

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1

PERSON = {
    "en": "Courses and events: sign up, your place",
    "uk": "Курси та заходи: записатися, ваше місце",
    "ru": "Курсы и мероприятия: записаться, ваше место",
    "pl": "Kursy i wydarzenia: zapisy, Twoje miejsce",
}
STAFF = "Kursy i wydarzenia: listy, obecność"  # the staff language of the fixture: pl


def menu(tg: FakeTelegram, scope: dict[str, object], lang: str = "") -> dict[str, str]:
    """command -> description, as Telegram shows the menu for that scope and language."""
    commands = tg.commands[(json.dumps(scope, sort_keys=True), lang)]
    return {c["command"]: c["description"] for c in commands}


async def test_a_persons_courses_is_in_the_private_menu_and_staff_keep_their_own(tmp_path):
    async with FakeTelegram() as tg:
        tg.group(STAFF_CHAT, "Staff")
        olena = tg.user("Olena", language_code="en")
        anna = tg.user("Anna", language_code="pl")
        staff = tg.chats[STAFF_CHAT]
        tg.set_member(staff, anna)
        async with running_bot(tmp_path, tg, clock=Clock(), **catalogue()):
            await tg.wait_until(lambda: len(tg.commands) >= 6)  # 4 languages, default, staff
            for lang, description in PERSON.items():
                private = menu(tg, {"type": "default"}, lang)
                assert private["courses"] == description, lang
                assert list(private).index("services") < list(private).index("courses")
                assert "requests" not in private and "unanswered" not in private
            assert menu(tg, {"type": "default"})["courses"] == PERSON["en"]  # default_language
            in_staff_chat = menu(tg, {"type": "chat", "chat_id": STAFF_CHAT})
            assert in_staff_chat["courses"] == STAFF
            assert "mybookings" not in in_staff_chat

            await olena.send("/courses")  # what the menu's entry does, for each side
            courses = await olena.wait_message(has("Courses and events"))
            labels = [b["text"] for row in courses["reply_markup"]["inline_keyboard"] for b in row]
            assert any("Polish A1" in label for label in labels)
            await anna.send("/courses", chat=staff)
            await shown(tg, STAFF_CHAT, has("zapisani: 0 z 2, rezerwowi: 0"))
        assert not tg.refused, tg.refused
