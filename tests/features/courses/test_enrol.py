"""Signing up for a course or event: the page, the summary, the confirmation, and the refusals."""

from __future__ import annotations

import datetime as dt

from tests.conftest import MONDAY_MORNING
from tests.support.courses import (
    confirm_button,
    course_app,
    enrol,
    people,
    up_to_summary,
)
from tests.support.dialogue import Dialogue


async def test_the_course_page_from_services_shows_dates_place_and_seats_in_the_persons_language(
    tmp_path, clock
):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core, language_hint="uk")
        await olena.send("/services")
        await olena.press("Польська мова A1")
        await olena.press("Дати й запис")  # what the course's own page adds: dates, seats
        assert "Курс польської для дорослих з нуля" in olena.text
        assert "Рівень або група: A1, дорослі" in olena.text
        assert "Інформаційний пункт для іноземців" in olena.text
        assert "вт, 1 груд. 2026\u202fр., 17:00–18:30" in olena.text
        assert "вт, 19 січ. 2027\u202fр., 17:00–18:30" in olena.text  # the eighth Tuesday
        assert "Вільних місць: 2 з 2." in olena.text
        await olena.press("Записатися")
        assert "записати вас на курс або захід" in olena.text  # the consent says why


async def test_a_one_off_event_is_shown_as_one_date(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        maria = Dialogue(app.core, language_hint="pl")
        await maria.payload("course:open:culture_day")
        assert "🗓 sob., 12 gru 2026, 12:00–16:00" in maria.text
        assert "Spotkania:" not in maria.text
        assert "Wolne miejsca: 50 z 50." in maria.text


async def test_the_summary_names_the_person_and_the_confirmation_the_meetings(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core)
        await up_to_summary(olena, name="Olena *Kovalenko*")
        assert "Please check your sign-up" in olena.text
        assert "Olena *Kovalenko*, 📱 +48 601 234 567" in olena.text
        assert "There is a place for you." in olena.text
        confirm = confirm_button(olena).payload
        await olena.payload(confirm)
        assert "You are signed up for Polish A1!" in olena.text
        assert "Tue, 19 Jan 2027, 17:00–18:30" in olena.text
        await olena.payload(confirm)  # a second tap
        assert "already done" in olena.text
        await olena.payload("course:open:polish_a1")
        assert "✅ You are signed up" in olena.text
        assert "Free places: 1 of 2" not in olena.text  # their own place, not an offer


async def test_someone_already_on_the_list_is_shown_their_place_not_enrolled_twice(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core)
        await enrol(olena)
        await olena.payload("course:enrol:polish_a1")  # the older button, once more
        assert "✅ You are signed up" in olena.text
        assert not any(b.payload.startswith("course:enrol") for b in olena.buttons)
        await olena.send("/mybookings")
        assert olena.text.count("Polish A1") == 1


async def test_a_full_course_offers_the_waiting_list_with_the_number(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        first, second, third = people(app, 3)
        await enrol(first)
        await enrol(second)
        await third.payload("course:open:polish_a1")
        assert "All places are taken" in third.text and "number 1" in third.text
        assert [b.label for b in third.buttons][0] == "⏳ Join the waiting list"
        await up_to_summary(third)
        assert "you will be number 1 on the waiting list" in third.text
        await third.press("Yes, put me on the waiting list")
        assert "You are on the waiting list for Polish A1: number 1." in third.text


async def test_whoever_confirms_after_the_last_seat_went_is_told_and_put_on_the_list(
    tmp_path, clock
):
    async with course_app(tmp_path, clock) as app:
        first, second, third = people(app, 3)
        await enrol(first)
        await up_to_summary(second)
        await up_to_summary(third)  # both saw a free place
        await second.payload(confirm_button(second).payload)
        await third.payload(confirm_button(third).payload)
        assert "You are signed up" in second.text
        assert "Someone took the last place a moment before you." in third.text
        assert "number 1" in third.text


async def test_sign_up_closes_when_the_first_meeting_starts(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core)
        await up_to_summary(olena)
        confirm = confirm_button(olena).payload
        clock.now = dt.datetime(2026, 12, 1, 16, 0, tzinfo=dt.UTC)  # Tuesday 17:00 in Warsaw
        await olena.payload(confirm)
        assert "Sign-up is closed: the course has already started." in olena.text
        await olena.payload("course:enrol:polish_a1")  # an older button
        assert "already started" in olena.text
        assert not any(b.payload.startswith("course:enrol") for b in olena.buttons)


async def test_a_course_whose_last_meeting_is_over_is_not_offered(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        clock.now = dt.datetime(2026, 12, 12, 15, 0, tzinfo=dt.UTC)  # culture day is over
        maria = Dialogue(app.core)
        await maria.send("/courses")
        labels = [b.label for b in maria.buttons]
        assert "Polish A1" in labels and "Multiculturalism Day" not in labels
        await maria.payload("course:open:culture_day")
        assert "This event is already over." in maria.text
        assert not any(b.payload.startswith("course:enrol") for b in maria.buttons)


async def test_a_language_change_at_the_summary_shows_it_again_in_the_new_language(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core)
        await up_to_summary(olena)
        await olena.payload("language:uk")
        assert "Перевірте, будь ласка, ваш запис" in olena.text
        await olena.send("hello?")
        assert "скористайтеся кнопками" in olena.text
        await olena.press("Так, записати мене")
        assert "Ви записані: Польська мова A1!" in olena.text


async def test_abandoning_keeps_nothing(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core)
        await up_to_summary(olena)
        await olena.press("Don't sign up")
        assert "you are not signed up" in olena.text
        await olena.send("/mybookings")
        assert "Polish A1" not in olena.text


async def test_forged_and_foreign_buttons_expire(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena, stranger = people(app, 2)
        await enrol(olena)
        for payload in (
            "course:open:legal_advice",  # not a course
            "course:open:nope",
            "course:leave:1",  # someone else's
            "course:take:1",
            "course:leave:99999999999999999999",
        ):
            await stranger.payload(payload)
            assert "no longer active" in stranger.text, payload
        assert clock.now == MONDAY_MORNING


async def test_help_names_courses_where_the_office_has_them(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core, language_hint="pl")
        await olena.send("/help")
        assert "/courses — kursy i wydarzenia" in olena.text
        await olena.send("/courses")
        assert [b.label for b in olena.buttons][:2] == [
            "Język polski A1",
            "Dzień Wielokulturowości",
        ]
