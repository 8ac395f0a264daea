"""(tester 29, item 1) A day its month has not («30 лютого», «30 февраля», «30 lutego», «31 April»,
«31 квітня», «31.11»; in ordinal words, issue 16: «тридцятого лютого», «thirty-first of April») at a
help form's date step: said not to exist, the month named, and asked again; never read as the 30th
of another month with the month's word kept as a note for staff. The same at a booking's and an
appointment's days (bot/core/no_such_day.py). The fixture clock: Monday 23 November 2026."""

from __future__ import annotations

import pytest

from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("uk", "30 лютого", "⚠️ Дати 30.02 не існує: лютий має лише 28 днів."),
        ("ru", "30 февраля", "⚠️ Даты 30.02 не существует: февраль длится всего 28 дней."),
        ("pl", "30 lutego", "⚠️ Nie ma takiej daty jak 30.02: luty ma tylko 28 dni."),
        ("en", "31 April", "⚠️ There is no 31.04: April has only 30 days."),
        ("uk", "31 квітня", "⚠️ Дати 31.04 не існує: квітень має лише 30 днів."),
        ("en", "31.11", "⚠️ There is no 31.11: November has only 30 days."),
        ("uk", "30 лютого до лікаря", "⚠️ Дати 30.02 не існує: лютий має лише 28 днів."),
        # in ordinal words (issue 16): the same, never «I did not understand»
        ("uk", "тридцятого лютого", "⚠️ Дати 30.02 не існує: лютий має лише 28 днів."),
        ("ru", "тридцатого февраля", "⚠️ Даты 30.02 не существует: февраль длится всего 28 дней."),
        ("en", "thirty-first of April", "⚠️ There is no 31.04: April has only 30 days."),
        ("pl", "trzydziestego lutego", "⚠️ Nie ma takiej daty jak 30.02: luty ma tylko 28 dni."),
        ("pl", "trzydziestego pierwszego listopada", "⚠️ Nie ma takiej daty jak 31.11"),
        ("uk", "двадцять дев'ятого лютого", "⚠️ Дати 29.02 не існує: лютий має лише 28 днів."),
        ("en", "April the thirty-first", "⚠️ There is no 31.04: April has only 30 days."),
    ],
)
async def test_a_date_that_does_not_exist_is_refused_and_asked_again(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send(typed)
    assert said in dialogue.text
    assert "1/3" in dialogue.text and "2/3" not in dialogue.text  # the day asked again
    await dialogue.send("1.12")
    await dialogue.send("10:00")
    await dialogue.send("Kielce")
    summary = dialogue.text
    assert "2026" in summary and "2027" not in summary  # 1 December, not a day in 2027
    for note in ("лютого", "lutego", "April", "квітня", "февраля", "лікаря"):
        assert note not in summary  # no month's word kept as a note


async def test_a_real_day_of_february_is_still_read(app):
    dialogue = Dialogue(app.core, language_hint="uk")
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("26 лютого")
    assert "2/3" in dialogue.text  # the time asked next


@pytest.mark.parametrize(
    ("language", "typed", "day"),
    [
        ("uk", "двадцять першого грудня", "понеділок, 21 грудня 2026"),
        ("ru", "двадцать девятого декабря", "вторник, 29 декабря 2026"),
        ("en", "twenty-first of December", "Monday, 21 December 2026"),
        ("pl", "trzydziestego pierwszego grudnia", "czwartek, 31 grudnia 2026"),
    ],
)
async def test_a_day_in_two_ordinal_words_is_that_day_not_an_hour(app, language, typed, day):
    """«двадцять першого грудня» is the 21st: never the 1st with «двадцять» kept as 20:00."""
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send(typed)
    assert "2/3" in dialogue.text and "20:00" not in dialogue.text  # the time still asked
    await dialogue.send("10:00")
    await dialogue.send("Kielce")
    assert day in dialogue.text and "— 10:00" in dialogue.text  # the summary


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("uk", "30 лютого", "⚠️ Дати 30.02 не існує: лютий має лише 28 днів."),
        ("en", "31 April at 2 pm", "⚠️ There is no 31.04: April has only 30 days."),
        ("uk", "тридцятого лютого", "⚠️ Дати 30.02 не існує: лютий має лише 28 днів."),
        ("ru", "тридцатого февраля", "⚠️ Даты 30.02 не существует: февраль длится всего 28 дней."),
        ("en", "the thirty-first of April", "⚠️ There is no 31.04: April has only 30 days."),
        (
            "pl",
            "trzydziestego lutego o 10",
            "⚠️ Nie ma takiej daty jak 30.02: luty ma tylko 28 dni.",
        ),
    ],
)
async def test_a_date_that_does_not_exist_at_a_bookings_days(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send(typed)
    assert said in dialogue.text
    assert any(b.payload.startswith("booking:day:city_hall:") for b in dialogue.buttons)


async def test_a_date_that_does_not_exist_at_an_appointments_days(app):
    dialogue = Dialogue(app.core, language_hint="pl")
    await dialogue.payload("appt:open:career")
    await dialogue.send("31.11 o 9")
    assert "⚠️ Nie ma takiej daty jak 31.11: listopad ma tylko 30 dni." in dialogue.text


@pytest.mark.parametrize(
    ("language", "typed", "day", "time"),
    [
        ("uk", "десять грудня о 9", "четвер, 10 грудня 2026", "09:00"),
        ("ru", "двадцать второго декабря в 10", "вторник, 22 декабря 2026", "10:00"),
        ("en", "twenty-second of December at 10", "Tuesday, 22 December 2026", "10:00"),
        ("pl", "dwudziestego drugiego grudnia o 10", "wtorek, 22 grudnia 2026", "10:00"),
    ],
)
async def test_a_day_in_words_with_its_time_takes_both(app, language, typed, day, time):
    """«десять грудня о 9» is 10 December at 09:00, not 9 December at 10:00."""
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send(typed)
    assert "3/3" in dialogue.text  # the day and the time taken: where to, next
    await dialogue.send("Kielce")
    assert day in dialogue.text and f"— {time}" in dialogue.text
