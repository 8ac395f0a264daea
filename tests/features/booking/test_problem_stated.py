"""A new problem stated at a booking's step of buttons («my landlord wont return deposit»,
no «?» and no question word: tester 41, F10) is offered an answer as a question is: leave the
form, nothing booked, and the answer; or back to the days. What is about the visit itself
(«none of these days work for me»), a word alone («job») and a note at the summary are not
(bot/features/person/problem.py)."""

from __future__ import annotations

import pytest

from tests.features.booking.test_days_and_times_in_words import at_the_days
from tests.features.booking.test_hour_typos_and_english_words import USE_BUTTONS
from tests.support.dialogue import Dialogue

STATED = {
    "uk": ("орендодавець не повертає заставу", "Застава (kaucja)"),
    "ru": ("хозяйка не отдаёт залог", "Залог (kaucja)"),
    "en": ("my landlord wont return deposit", "Deposit (kaucja)"),
    "pl": ("właściciel nie oddaje kaucji", "Kaucja"),
}
OFFERED = {
    "uk": "Схоже, це запитання",
    "ru": "Похоже, это вопрос",
    "en": "That looks like a question",
    "pl": "To wygląda na pytanie",
}


@pytest.mark.parametrize("lang", ["uk", "ru", "en", "pl"])
async def test_a_problem_stated_at_the_days_is_offered_its_answer(lang, app):
    person = Dialogue(app.core, user_id=f"problem{lang}", language_hint=lang)
    typed, heading = STATED[lang]
    await at_the_days(person)
    await person.send(typed)
    assert OFFERED[lang] in person.text and not person.text.startswith(USE_BUTTONS[lang])
    await person.payload("typed:answer")
    assert heading in person.text  # the deposit's part, as asked outside the form


async def test_back_to_the_form_keeps_the_days(app):
    person = Dialogue(app.core, user_id="problemback")
    await at_the_days(person)
    await person.send("my landlord wont return deposit")
    await person.payload("typed:back")
    assert any(b.payload == "booking:day:city_hall:20261124" for b in person.buttons)


@pytest.mark.parametrize("typed", ["job", "none of these days work for me"])
async def test_a_word_alone_or_the_visit_itself_is_told_the_buttons(typed, app):
    person = Dialogue(app.core, user_id=f"p{len(typed)}")
    await at_the_days(person)
    await person.send(typed)
    assert OFFERED["en"] not in person.text
    assert any(b.payload == "booking:day:city_hall:20261124" for b in person.buttons)
