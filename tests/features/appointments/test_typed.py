"""Typed answers in an appointment's form: a time typed that is not free (bot/core/choice_when.py),
a description too short, a word for cancel at the description."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue


async def test_a_specialists_time_not_free_offers_the_nearest_ones(app, dialogue: Dialogue):
    await dialogue.payload("appt:open:career")
    await dialogue.press("Thu 26 Nov")  # 09:00, 09:30, 10:00, 10:30
    await dialogue.send("10:10")
    said = "Thursday, 26 November: no visit starts at 10:10: visits start every 30 minutes."
    assert f"{said} The nearest free times that day: “10:00” or “10:30”." in dialogue.text
    assert [b.label for b in dialogue.replies[0].buttons[0]] == ["10:00", "10:30"]
    assert not any(b.payload.startswith("appt:confirm:") for b in dialogue.buttons)
    await dialogue.send("10.00")  # a free one: taken
    assert "is not free" not in dialogue.text
    await dialogue.payload("person:agree")
    await dialogue.send("Ann")
    await dialogue.send("600 700 800")
    assert "Thursday, 26 November 2026, 10:00" in dialogue.text


async def test_a_specialists_day_typed_as_a_date_is_taken(app, dialogue: Dialogue):
    await dialogue.payload("appt:open:career")
    await dialogue.send("3.12")
    assert "Thursday, 3 December 2026" in dialogue.text
    assert any(b.payload.startswith("appt:time:career:") for b in dialogue.buttons)


async def at_the_description(dialogue: Dialogue) -> None:
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")
    assert "Please describe it in a few words" in dialogue.text


@pytest.mark.parametrize("typed", ["ok", "ab", "?!"])
async def test_a_description_too_short_says_why(app, dialogue: Dialogue, typed):
    await at_the_description(dialogue)
    await dialogue.send(typed)
    assert "Please write a bit more, at least 3 characters" in dialogue.text
    assert "Please describe it in a few words" not in dialogue.text  # not the question again
    await dialogue.send("my residence card was refused")
    assert "What is your name?" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("uk", "Напишіть, будь ласка, трохи більше (щонайменше символів: 3)"),
        ("ru", "Напишите, пожалуйста, чуть подробнее (минимум символов: 3)"),
        ("pl", "Napisz, proszę, trochę więcej (co najmniej 3 znaki)"),
    ],
)
async def test_a_description_too_short_is_explained_in_the_persons_language(
    app, dialogue: Dialogue, lang, said
):
    dialogue.language_hint = lang
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")
    await dialogue.send("ок")
    assert said in dialogue.text


@pytest.mark.parametrize("typed", ["cancel", "Don't send", "menu"])
async def test_a_word_for_cancel_at_the_description_sends_nothing(app, dialogue: Dialogue, typed):
    await at_the_description(dialogue)
    await dialogue.send(typed)
    assert "nothing was booked or sent" in dialogue.text
    await dialogue.send("/mybookings")
    assert "Legal advice" not in dialogue.text


async def test_a_phone_number_as_the_description_is_named_as_one(app, dialogue: Dialogue):
    # tester 39, F14: «at least 3 characters» for a number of 15 before
    await at_the_description(dialogue)
    await dialogue.send("+48 511 222 333")
    assert "That looks like a phone number, not a description" in dialogue.text
    assert "at least 3 characters" not in dialogue.text
    await dialogue.send("my residence card was refused")
    assert "What is your name?" in dialogue.text


async def test_a_weekday_not_free_names_the_nearest_days_and_lists_each_day_once(
    app, dialogue: Dialogue
):
    await dialogue.payload("appt:open:career")  # Thursdays only
    await dialogue.send("friday")
    said = "There are no free times on Friday, 27 November. The nearest days with free times:"
    assert said in dialogue.text
    labels = [b.label for b in dialogue.buttons]
    days = [label for label in labels if label.startswith("Thu ")]
    assert days and len(days) == len(set(days)), labels  # each day once: the step's own


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        (
            "uk",
            "а можна в п'ятницю? я в четвер працюю",
            "🗓 Кар'єрний радник: прийом лише в ці дні: четвер 09:00–11:00.",
        ),
        (
            "en",
            "can I come on Friday instead?",
            "🗓 Career counsellor: appointments only on these days: Thursday 09:00–11:00.",
        ),
        ("ru", "а в субботу можно?", "🗓 Карьерный консультант: приём только в эти дни: четверг"),
        ("pl", "czy jest inny termin?", "🗓 Doradczyni zawodowa: wizyty tylko w te dni: czwartek"),
    ],
)
async def test_a_question_about_the_day_at_a_specialists_days_is_answered_by_the_form(
    app, lang, typed, said
):
    dialogue = Dialogue(app.core, language_hint=lang)
    await dialogue.payload("appt:open:career")
    await dialogue.send(typed)
    assert said in dialogue.text
    assert "/callback" in dialogue.text  # another day: by a callback
    days = [b.payload for b in dialogue.buttons if b.payload.startswith("appt:day:career:")]
    assert days[0] == "appt:day:career:20261126"  # the days kept below, the form goes on
    await dialogue.payload(days[0])
    assert any(b.payload.startswith("appt:time:career:") for b in dialogue.buttons)


async def test_asked_whether_the_specialists_own_day_will_do_it_says_yes(app):
    dialogue = Dialogue(app.core, language_hint="en")
    await dialogue.payload("appt:open:career")
    await dialogue.send("can I come on Thursday?")
    assert "🗓 Career counsellor: appointments on these days: Thursday 09:00–11:00." in dialogue.text
    assert "/callback" not in dialogue.text
