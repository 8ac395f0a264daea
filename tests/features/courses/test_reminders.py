"""A reminder the day before each meeting, to the people signed up, in their language, once."""

from __future__ import annotations

import datetime as dt

from bot.features.courses.reminders import queue_reminders
from tests.support.courses import course_app, enrol, inbox, people, text_of
from tests.support.dialogue import Dialogue

# The first meeting of Polish A1: Tuesday 1 Dec 2026, 17:00 in Warsaw (16:00 UTC).
FIRST = dt.datetime(2026, 12, 1, 16, 0, tzinfo=dt.UTC)


async def test_each_meeting_is_reminded_a_day_before_once_to_those_signed_up(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core, user_id="p1", language_hint="uk")
        petro, maria = people(app, 3)[1:]
        await enrol(olena)
        await enrol(petro)
        await enrol(maria)  # on the waiting list: no reminder
        clock.now = FIRST - dt.timedelta(hours=25)
        assert await queue_reminders(app.services) == 0  # not yet
        clock.now = FIRST - dt.timedelta(hours=23)
        assert await queue_reminders(app.services) == 2
        assert await queue_reminders(app.services) == 0  # once only
        to_olena = text_of((await inbox(app, "p1"))[-1])
        assert "Нагадування: наступне заняття — Польська мова A1" in to_olena
        assert "вт, 1 груд. 2026\u202fр., 17:00–18:30" in to_olena
        assert "Інформаційний пункт для іноземців" in to_olena
        assert "Reminder: the next meeting of Polish A1" in text_of((await inbox(app, "p2"))[-1])
        assert all("Reminder" not in text_of(r) for r in await inbox(app, "p3"))

        await petro.send("/mybookings")  # Petro leaves; Maria takes his place a day later
        await petro.press("Leave")
        await petro.press("Yes, leave")
        await maria.payload(
            next(
                b.payload
                for r in await inbox(app, "p3")
                for row in r.buttons
                for b in row
                if b.payload.startswith("course:take:")
            )
        )
        assert "The place is yours" in maria.text
        clock.now = FIRST + dt.timedelta(days=7) - dt.timedelta(hours=23)  # the second Tuesday
        assert await queue_reminders(app.services) == 2  # Olena and Maria
        second = text_of((await inbox(app, "p3"))[-1])
        assert "Reminder: the next meeting of Polish A1" in second
        assert "Tue, 8 Dec 2026, 17:00–18:30" in second


async def test_no_reminder_when_the_bot_was_down_until_shortly_before_the_meeting(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        [olena] = people(app, 1)
        await enrol(olena)
        clock.now = FIRST - dt.timedelta(hours=1)  # too late to be of use
        assert await queue_reminders(app.services) == 0
        assert all("Reminder" not in text_of(r) for r in await inbox(app, "p1"))
