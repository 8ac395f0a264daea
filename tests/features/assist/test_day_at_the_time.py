"""Tester 22, item 5: a day and a time typed at a help form's time question («в четвер о 10»
after «24.11»): the day is changed, the time taken, both said; a day the office is closed is
refused with its reason and nothing changed. The fixture office: Mon-Fri 08:00-16:00, Saturday
10:00-14:00; the clock: Monday, 23 November 2026."""

from __future__ import annotations

import pytest

from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("lang", "typed", "said", "shown"),
    [
        (
            "uk",
            "в четвер о 10",
            "Змінено день: четвер, 26 листопада замість «вівторок, 24",
            "10:00",
        ),
        ("en", "thursday at 10", "Day changed: Thursday, 26 November instead of Tuesday", "10:00"),
        ("pl", "w czwartek o 10", "Zmieniony dzień: czwartek, 26 listopada zamiast", "10:00"),
        ("ru", "в четверг в 10", "День изменён: четверг, 26 ноября вместо", "10:00"),
    ],
)
async def test_a_day_with_a_time_at_the_time_changes_the_day(app, lang, typed, said, shown):
    dialogue = Dialogue(app.core, language_hint=lang)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")  # a Tuesday
    await dialogue.send(typed)
    assert said in dialogue.text
    assert "3/3" in dialogue.text  # on to «where to?»
    await dialogue.send("Kielce")
    assert "26" in dialogue.text and shown in dialogue.text  # the summary


async def test_a_closed_day_with_a_time_is_refused_and_nothing_changes(app):
    dialogue = Dialogue(app.core, language_hint="en")
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    await dialogue.send("sunday at 10")
    assert "Sunday" in dialogue.text and "couldn't read the time" not in dialogue.text
    assert "2/3" in dialogue.text  # the time asked again
    await dialogue.send("10:00")
    await dialogue.send("Kielce")
    assert "Tuesday, 24 November" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("pl", "w sobotę", "Zmieniony dzień: sobota, 28 listopada zamiast „wtorek, 24 listopada”"),
        ("uk", "в четвер", "Змінено день: четвер, 26 листопада замість «вівторок, 24 листопада»"),
        ("en", "on thursday", "Day changed: Thursday, 26 November instead of Tuesday, 24"),
        ("ru", "в четверг", "День изменён: четверг, 26 ноября вместо «вторник, 24 ноября»"),
    ],
)
async def test_a_day_alone_at_the_time_changes_the_day_and_asks_the_time(app, lang, typed, said):
    """«w sobotę» at the time question was «couldn't read that time» (tester 22): the day is
    changed, said, and the time asked again for it; the summary has the new day."""
    dialogue = Dialogue(app.core, language_hint=lang)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")  # a Tuesday
    await dialogue.send(typed)
    assert said in dialogue.text
    assert "2/3" in dialogue.text  # the time asked again
    await dialogue.send("11:00")
    await dialogue.send("Kielce")
    assert ("28" if lang == "pl" else "26") in dialogue.text and "11:00" in dialogue.text


async def test_a_day_alone_when_closed_is_refused_and_the_day_stays(app):
    dialogue = Dialogue(app.core, language_hint="en")
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    await dialogue.send("sunday")
    assert "Sunday" in dialogue.text and "Day changed" not in dialogue.text
    assert "2/3" in dialogue.text
    await dialogue.send("10:00")
    await dialogue.send("Kielce")
    assert "Tuesday, 24 November" in dialogue.text
