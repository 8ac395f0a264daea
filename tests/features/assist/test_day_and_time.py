"""A day typed with its time in one message at a help form's date question («jutro o 10»,
«завтра в 10», «wtorek rano»), a time typed loosely («10-30», «10ч»; a part of the day alone:
test_part_of_the_day.py), and a deadline («do piątku», «до 15.12», «jak najszybciej»):
bot/core/when.py.
Monday 23 November 2026, 09:00 in Warsaw; the office is open 08:00–16:00 on weekdays."""

from __future__ import annotations

import pytest

from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("language", "typed", "day", "time"),
    [
        ("pl", "jutro o 10", "wtorek, 24 listopada 2026", "10:00"),
        ("pl", "25.11 o 10:30", "środa, 25 listopada 2026", "10:30"),
        ("pl", "25.11 o 10", "środa, 25 listopada 2026", "10:00"),  # not 25.11.2010
        ("ru", "завтра в 10", "вторник, 24 ноября 2026", "10:00"),
        ("uk", "у середу о 15-30", "середа, 25 листопада 2026", "15:30"),
        ("en", "friday at 2 pm", "Friday, 27 November 2026", "14:00"),
        ("ru", "v chetverg v 11", "четверг, 26 ноября 2026", "11:00"),  # in Latin letters
    ],
)
async def test_a_day_typed_with_its_time_answers_both_questions(app, language, typed, day, time):
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send(typed)
    assert time in dialogue.text  # said: the time taken from the message
    assert "3/3" in dialogue.text  # the time is not asked: where to, next
    await dialogue.send("Kielce")
    assert day in dialogue.text and f"— {time}" in dialogue.text  # the summary


@pytest.mark.parametrize(
    ("language", "typed", "taken"),
    [
        ("pl", "wtorek rano", "🕒 O której? — rano (08:00–12:00) (z Twojej wiadomości"),
        ("ru", "в понедельник утром", "🕒 Во сколько? — утром (08:00–12:00) (из вашего"),
        ("en", "tomorrow afternoon", "🕒 At what time? — in the afternoon (12:00–16:00) (from"),
        ("uk", "завтра вранці", "🕒 О котрій? — вранці (08:00–12:00) (з вашого"),
    ],
)
async def test_a_day_with_a_part_of_the_day_answers_both_with_its_hours(
    app, language, typed, taken
):
    """Where staff are there, a part of the day is the hours they can use (closed at 16:00:
    the afternoon is 12:00–16:00); a time set elsewhere asks the hour (test_part_of_the_day)."""
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send(typed)
    assert taken in dialogue.text and "3/3" in dialogue.text


async def test_a_time_outside_the_opening_hours_keeps_the_day_and_asks_the_time_again(dialogue):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("tomorrow at 7")
    assert "08:00–16:00" in dialogue.text and "2/3 At what time?" in dialogue.text
    await dialogue.send("9")
    await dialogue.send("Kielce")
    assert "Tuesday, 24 November 2026" in dialogue.text and "— 09:00" in dialogue.text


@pytest.mark.parametrize(
    ("language", "typed", "time"),
    [("ru", "10-30", "10:30"), ("ru", "10ч", "10:00"), ("pl", "10 godz.", "10:00")],
)
async def test_a_time_typed_loosely_is_read(app, language, typed, time):
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("25.11")
    await dialogue.send(typed)
    assert "3/3" in dialogue.text
    await dialogue.send("Kielce")
    assert f"— {time}" in dialogue.text


@pytest.mark.parametrize(
    ("language", "typed", "day"),
    [
        ("pl", "do piątku", "piątek, 27 listopada 2026"),
        ("pl", "przed 1 grudnia", "poniedziałek, 30 listopada 2026"),  # the day before
        ("ru", "до 15.12", "вторник, 15 декабря 2026"),
        ("en", "by Friday", "Friday, 27 November 2026"),
        ("uk", "не пізніше 2 грудня", "середа, 2 грудня 2026"),
    ],
)
async def test_a_deadline_is_read_as_its_day(app, language, typed, day):
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "translation")
    await dialogue.payload("assist:pick:0:1")
    await dialogue.send(typed)
    assert "3/4" in dialogue.text  # taken: the language is asked
    await dialogue.payload("assist:pick:2:pl")
    await dialogue.payload("assist:skip:3")
    assert day in dialogue.text


@pytest.mark.parametrize(
    ("language", "typed", "asked"),
    [
        ("pl", "jak najszybciej", "Jak najszybciej: na który dzień najpóźniej?"),
        ("ru", "как можно скорее", "Как можно скорее: к какому дню самое позднее?"),
        ("uk", "якнайшвидше", "Якнайшвидше: на який день найпізніше?"),
        ("en", "asap", "As soon as possible: which day at the latest?"),
    ],
)
async def test_as_soon_as_possible_is_asked_which_day_at_the_latest(app, language, typed, asked):
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "translation")
    await dialogue.payload("assist:pick:0:1")
    await dialogue.send(typed)
    assert asked in dialogue.text and "2/4" in dialogue.text
    await dialogue.send("26.11")
    assert "3/4" in dialogue.text


@pytest.mark.parametrize(
    ("language", "typed", "time"),
    [
        ("pl", "w południe", "12:00"),
        ("uk", "опівдні", "12:00"),
        ("ru", "в полдень", "12:00"),
        ("en", "at noon", "12:00"),
        ("uk", "пів на десяту", "09:30"),
        ("ru", "полдесятого", "09:30"),
        ("ru", "пол десятого", "09:30"),
        ("pl", "wpół do dziesiątej", "09:30"),
        ("en", "half nine", "09:30"),
        ("en", "half past nine", "09:30"),
        ("uk", "о пів на третю", "14:30"),  # in the day: the afternoon's
    ],
)
async def test_a_time_said_in_words_is_read(app, language, typed, time):
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("25.11")
    await dialogue.send(typed)
    assert "3/3" in dialogue.text  # taken: where to, next
    await dialogue.send("Kielce")
    assert f"— {time}" in dialogue.text


async def test_a_day_with_noon_in_words_answers_both(dialogue):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("jutro w południe")
    assert "3/3" in dialogue.text
    await dialogue.send("Kielce")
    assert "Tuesday, 24 November 2026" in dialogue.text and "— 12:00" in dialogue.text
