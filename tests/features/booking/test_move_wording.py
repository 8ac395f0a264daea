"""Moving a visit or an appointment names the old and the new time in a form that needs no
grammatical case («Перенести визит: вторник, 24 ноября … → …», «Wolne terminy — wtorek, 1
grudnia»), never a weekday in the nominative after a preposition («с вторник», «з вівторок»,
«z wtorek», «w dniu wtorek»: tester 18, item 9)."""

from __future__ import annotations

import pytest

from tests.support.bookings import book_and_confirm
from tests.support.dialogue import Dialogue

WRONG = ("с вторник", "з вівторок", "z wtorek", "w dniu", "на вторник", "на вівторок", "na wtorek")


@pytest.mark.parametrize(
    ("lang", "question", "day"),
    [
        (
            "uk",
            "Перенести візит: вівторок, 24 листопада 2026\u202fр., 13:30 → "
            "вівторок, 1 грудня 2026\u202fр., 13:15?",
            "🕒 Вільний час — вівторок, 1 грудня 2026\u202fр.; "
            "ваш візит зараз: вт, 24 лист., 13:30.",
        ),
        (
            "ru",
            "Перенести визит: вторник, 24 ноября 2026\u202fг., 13:30 → "
            "вторник, 1 декабря 2026\u202fг., 13:15?",
            "🕒 Свободное время — вторник, 1 декабря 2026\u202fг.; "
            "ваш визит сейчас: вт, 24 нояб., 13:30.",
        ),
        (
            "pl",
            "Przenieść wizytę: wtorek, 24 listopada 2026, 13:30 → wtorek, 1 grudnia 2026, 13:15?",
            "🕒 Wolne terminy — wtorek, 1 grudnia 2026; "
            "Twoja wizyta teraz: wt. 24 listopada, 13:30.",
        ),
    ],
)
async def test_a_visit_moved_names_its_days_without_a_case(app, lang, question, day):
    person = Dialogue(app.core, language_hint=lang)
    await book_and_confirm(person)
    await person.payload("booking:move:1")
    await person.send("1.12")  # a day typed at the list of times
    assert day in person.text
    await person.send("13:15")
    assert question in person.text
    assert not any(wrong in person.text for wrong in WRONG)


@pytest.mark.parametrize(
    ("lang", "new", "was"),
    [
        ("en", "🗓 Tuesday, 1 December 2026, 13:15", "↩️ was: Tue 24 Nov, 13:30"),
        ("uk", "🗓 вівторок, 1 грудня 2026\u202fр., 13:15", "↩️ було: вт, 24 лист., 13:30"),
        ("ru", "🗓 вторник, 1 декабря 2026\u202fг., 13:15", "↩️ было: вт, 24 нояб., 13:30"),
        ("pl", "🗓 wtorek, 1 grudnia 2026, 13:15", "↩️ było: wt. 24 listopada, 13:30"),
    ],
)
async def test_the_move_question_shows_the_new_time_above_yes_and_the_old_one_as_was(
    app, lang, new, was
):
    # tester report 21, finding 8: the card right above «✅ Yes, move it» showed the old time only
    person = Dialogue(app.core, language_hint=lang)
    await book_and_confirm(person)
    await person.payload("booking:move:1")
    await person.send("1.12 13:15")
    question, card = person.text.replace("**", "").split("\n\n", 1)
    assert "13:30" in question and question.endswith("13:15?")
    assert card.splitlines()[:2] == [new, was]
    assert card.count("13:30") == 1  # the old time only as «was»
