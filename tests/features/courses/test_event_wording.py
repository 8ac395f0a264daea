"""A one-day event (a course of a single meeting: the fixture's `culture_day`, Saturday 12 Dec
2026, 12:00–16:00) speaks of the event and of cancelling one's place, never of «each meeting»
or «leaving the course», in every language; a course of several meetings keeps its words."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.features.courses.reminders import queue_reminders
from tests.support.courses import course_app, enrol, inbox, text_of
from tests.support.dialogue import Dialogue

DAY = "culture_day"
STARTS = dt.datetime(2026, 12, 12, 11, 0, tzinfo=dt.UTC)  # 12:00 in Warsaw


async def test_an_events_sign_up_reminder_and_cancelling_speak_of_the_event(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core, user_id="p1")
        await enrol(olena, DAY)
        text = olena.text
        assert "You are signed up for Multiculturalism Day!" in text
        assert "I will remind you the day before. If you can't come after all, please cancel" in (
            text
        )
        assert "each meeting" not in text and "leave" not in text

        clock.now = STARTS - dt.timedelta(hours=23)
        assert await queue_reminders(app.services) == 1
        reminder = text_of((await inbox(app, "p1"))[-1])
        assert "Reminder: you are signed up for Multiculturalism Day" in reminder
        assert "Sat, 12 Dec 2026, 12:00–16:00" in reminder
        assert "Please cancel your place in /mybookings" in reminder
        assert "next meeting" not in reminder and "leave the course" not in reminder

        await olena.send("/mybookings")
        assert "When: Sat, 12 Dec 2026, 12:00–16:00" in olena.text
        assert "Next meeting" not in olena.text
        await olena.press("Cancel my place: Multiculturalism Day")
        assert "Do you really want to cancel your place at Multiculturalism Day?" in olena.text
        await olena.press("Yes, cancel my place")
        assert "Your place at Multiculturalism Day is cancelled." in olena.text

        clock.now = STARTS + dt.timedelta(minutes=5)
        await olena.payload(f"course:open:{DAY}")
        assert "Sign-up is closed: the event has already started." in olena.text


@pytest.mark.parametrize(
    ("lang", "signed_up", "button", "question"),
    [
        (
            "uk",
            "Я нагадаю напередодні. Якщо все ж не зможете прийти, скасуйте своє місце",
            "Скасувати моє місце: День багатокультурності",
            "Ви справді хочете скасувати своє місце на «День багатокультурності»?",
        ),
        (
            "ru",
            "Я напомню накануне. Если всё же не сможете прийти, отмените своё место",
            "Отменить моё место: День мультикультурности",
            "Вы действительно хотите отменить своё место на «День мультикультурности»?",
        ),
        (
            "pl",
            "Przypomnę Ci dzień wcześniej. Jeśli jednak nie dasz rady przyjść, odwołaj swoje",
            "Odwołaj moje miejsce: Dzień Wielokulturowości",
            "Czy na pewno chcesz odwołać swoje miejsce na „Dzień Wielokulturowości”?",
        ),
    ],
)
async def test_an_event_is_worded_as_one_in_every_language(
    tmp_path, clock, lang, signed_up, button, question
):
    async with course_app(tmp_path, clock) as app:
        person = Dialogue(app.core, language_hint=lang)
        await enrol(person, DAY)
        assert signed_up in person.text
        await person.send("/mybookings")
        await person.press(button)
        assert question in person.text


async def test_a_course_of_several_meetings_keeps_its_words(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core)
        await enrol(olena)
        assert "I will remind you the day before each meeting" in olena.text
        await olena.send("/mybookings")
        assert "Next meeting: Tue, 1 Dec 2026" in olena.text
        await olena.press("Leave: Polish A1")
        assert "Do you really want to leave Polish A1?" in olena.text
