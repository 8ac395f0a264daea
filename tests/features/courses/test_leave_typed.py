"""Tester 24, item 7: leaving a course said in words after signing up («я не зможу ходити на
курс, хочу відписатися», «як скасувати запис на курс») is its «Leave» question, as «cancel my
visit» reaches /mybookings; in four languages. Words that do not leave, or no place held: not."""

from __future__ import annotations

import pytest

from tests.support.courses import course_app, enrol
from tests.support.dialogue import Dialogue

ASKED = {
    "uk": "Ви справді хочете відписатися від курсу",
    "ru": "Вы действительно хотите отписаться от курса",
    "en": "Do you really want to leave",
    "pl": "Czy na pewno chcesz się wypisać z kursu",
}


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("uk", "я не зможу ходити на курс, хочу відписатися"),
        ("uk", "як скасувати запис на курс"),
        ("ru", "я не смогу ходить на курс, как отменить запись?"),
        ("en", "I want to leave the course"),
        ("en", "I can't attend the classes any more"),
        ("pl", "chcę się wypisać z kursu"),
    ],
)
async def test_leaving_said_in_words_asks_to_leave_the_course(tmp_path, clock, lang, typed):
    async with course_app(tmp_path, clock) as app:
        person = Dialogue(app.core, user_id="leaver", language_hint=lang)
        await enrol(person)
        await person.send(typed)
        assert ASKED[lang] in person.text
        leave = next(b for b in person.buttons if b.payload.startswith("course:leave_now:"))
        await person.payload(leave.payload)
        await person.send("/mybookings")
        assert not any(b.payload.startswith("course:leave:") for b in person.buttons)  # left


async def test_wanting_to_attend_or_no_place_held_is_not_leaving(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        stranger = Dialogue(app.core, user_id="stranger", language_hint="en")
        await stranger.send("I want to leave the course")  # nothing held: searched as before
        assert "Do you really want to leave" not in stranger.text
        person = Dialogue(app.core, user_id="keen", language_hint="uk")
        await enrol(person)
        await person.send("я хочу ходити на курс щотижня")
        assert ASKED["uk"] not in person.text
