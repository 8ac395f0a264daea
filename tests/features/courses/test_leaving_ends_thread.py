"""Leaving a course ends writing with its staff (tester 30, item 4): a staff reply had opened a
day in which everything the person wrote went to the course's staff; once they leave, the
confirmation says the conversation has ended, what they write is the bot's again, and a staff
reply that still comes says they are no longer signed up (staff are told so too)."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.features.courses.test_thread import write_to_everyone
from tests.support.callbacks import Delivery, RecordingPlatform
from tests.support.courses import STAFF_CHAT, enrol
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.services import write_services_config

SAID = {  # the answer to staff, the leave button, what the person reads after leaving
    "uk": ("Дякую, а о котрій?", "Відписатися", "Листування з працівниками", "отримає бот"),
    "ru": ("Спасибо, а во сколько?", "Отписаться", "Переписка с сотрудниками", "получит бот"),
    "en": ("Thanks, at what time?", "Leave", "conversation with the staff", "goes to the bot"),
    "pl": ("Dzięki, a o której?", "Wypisz się", "Rozmowa z pracownikami", "trafi do bota"),
}
ASKED = {  # a question the bot answers, in the person's language
    "uk": "де отримати PESEL?",
    "ru": "где получить PESEL?",
    "en": "where to get a PESEL?",
    "pl": "gdzie dostać PESEL?",
}


@pytest.mark.parametrize("lang", ["uk", "ru", "en", "pl"])
async def test_leaving_the_course_ends_its_staff_conversation(tmp_path, clock, lang):
    answer, leave, ended, to_bot = SAID[lang]
    app = await build(write_services_config(tmp_path), clock=clock)
    try:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        olena = Dialogue(app.core, user_id="p1", language_hint=lang)
        await enrol(olena, name="Olena <b>K</b>")
        anna = StaffMember(app.core)
        await write_to_everyone(anna, delivery, platform, STAFF_CHAT)
        await olena.send(answer)
        await delivery.run()
        relayed = platform.to(STAFF_CHAT)[-1]
        assert answer in relayed.text
        await anna.reply(relayed.message_id, "O 17:00", "902")  # her day of writing opens
        await delivery.run()

        await olena.send("/mybookings")
        await olena.press(leave)
        await olena.payload(olena.buttons[0].payload)  # «Yes, leave»
        assert ended in olena.text and to_bot in olena.text
        staff_before = len(platform.to(STAFF_CHAT))

        await olena.send(ASKED[lang])  # the bot's now: answered, not passed on
        assert "✉️" not in olena.text and "🤖" not in olena.text
        await delivery.run()
        after = platform.to(STAFF_CHAT)[staff_before:]
        assert not any("PESEL" in s.text for s in after)

        await anna.reply(relayed.message_id, "Szkoda!", "903")  # staff may still write
        assert "Nie jest już zapisana na kurs" in anna.text
        await delivery.run()
        told = platform.to("p1")[-1].text
        assert "Szkoda!" in told and to_bot in told
    finally:
        await app.close()


async def test_a_person_who_was_not_writing_with_staff_is_told_nothing_of_it(tmp_path, clock):
    app = await build(write_services_config(tmp_path), clock=clock, search="off")
    try:
        olena = Dialogue(app.core, user_id="p1")
        await enrol(olena)
        await olena.send("/mybookings")
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")
        assert "You have left Polish A1" in olena.text
        assert "conversation with the staff" not in olena.text
    finally:
        await app.close()


async def test_a_person_who_turned_to_the_bot_is_not_told_a_conversation_ended(tmp_path, clock):
    # README «Known gaps», Courses: «has ended» though the person had already turned to the bot
    app = await build(write_services_config(tmp_path), clock=clock, search="off")
    try:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        olena = Dialogue(app.core, user_id="p1")
        await enrol(olena)
        anna = StaffMember(app.core)
        await write_to_everyone(anna, delivery, platform, STAFF_CHAT)
        await olena.send("Thanks, at what time?")
        await delivery.run()
        relayed = platform.to(STAFF_CHAT)[-1]
        await anna.reply(relayed.message_id, "O 17:00", "902")  # her day of writing opens
        await delivery.run()
        clock.advance(minutes=5)
        await olena.send("/start")  # she turns to the bot: her texts are its own now
        await olena.send("/mybookings")
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")
        assert "You have left Polish A1" in olena.text
        assert "conversation with the staff" not in olena.text
    finally:
        await app.close()
