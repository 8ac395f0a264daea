"""«в 14», «у 14», «в 14:30» (Russian and Ukrainian: «at 14») typed where a time is asked are
that time, never the 14th of the month: at a booking's times, at a help form's time (and at a
callback's «when to call?»: tests/features/callback/test_window_typed.py); at a day step the
same words are a day, and «14 грудня» is a date everywhere. The fixture: Monday, 23 November
2026; City Hall's duty on Tuesdays 13:00-15:30, visits of 15 minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue
from tests.support.services import write_services_config


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_services_config(tmp_path)  # the fixture's help forms (transport) too


@pytest.mark.parametrize(
    ("lang", "typed", "taken"),
    [
        ("ru", "в 14", "14:00"),
        ("uk", "у 14", "14:00"),
        ("uk", "в 14:30", "14:30"),
        ("ru", "в 13:45", "13:45"),
    ],
)
async def test_at_a_bookings_times_it_is_the_time(app, lang, typed, taken):
    dialogue = Dialogue(app.core, language_hint=lang)
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.payload("booking:day:city_hall:20261124")
    await dialogue.send(typed)
    assert "24" in dialogue.text and taken in dialogue.text
    assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)


async def test_at_a_bookings_days_it_is_the_day(app):
    dialogue = Dialogue(app.core, language_hint="uk")
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send("у 14")
    assert "14:00" not in dialogue.text
    assert dialogue.text.startswith("Понеділок, 14 грудня: цього дня чергування немає.")


@pytest.mark.parametrize(("lang", "typed"), [("uk", "у 14"), ("ru", "в 14"), ("uk", "в 14:00")])
async def test_at_a_help_forms_time_it_is_the_time(app, lang, typed):
    dialogue = Dialogue(app.core, language_hint=lang)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")  # a Tuesday
    await dialogue.send(typed)
    assert "3/3" in dialogue.text  # on to «where to?», the day unchanged
    await dialogue.send("Kielce")
    assert "14:00" in dialogue.text and "24" in dialogue.text  # the summary
    assert "14 груд" not in dialogue.text and "14 декаб" not in dialogue.text


async def test_a_date_with_its_month_at_a_help_forms_time_is_still_a_day(app):
    dialogue = Dialogue(app.core, language_hint="uk")
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    await dialogue.send("26 листопада")
    assert "Змінено день: четвер, 26 листопада" in dialogue.text
