"""A day typed with its time at a specialist's days, as at a visit's (bot/core/day_at.py): an
hour alone after the day («завтра 10»), why a time is not free (outside the specialist's hours,
no visit starts then), a deadline («до п'ятниці») or «как можно скорее» offering the earliest
free times. The fixture's career counsellor sees people on Thursdays, 09:00–11:00, visits of 30
minutes; it is Monday 23 November."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.conftest import write_config
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("uk", "завтра 10", "✅ Вівторок, 24 листопада, 10:00: цей час вільний."),
        ("en", "tomorrow 10:30", "✅ Tuesday, 24 November, 10:30: this time is free."),
    ],
)
async def test_an_hour_alone_after_the_day_is_its_time(tmp_path, clock, language, typed, said):
    data = catalogue()
    data["specialists"]["career"]["schedule"] = [
        {"weekday": "tuesday", "from": "09:00", "to": "11:00"}
    ]
    app = await build(write_config(tmp_path, **data), clock=clock)
    try:
        dialogue = Dialogue(app.core, language_hint=language)
        await dialogue.payload("appt:open:career")
        await dialogue.send(typed)
        assert said in dialogue.text
        assert any(b.payload == "person:agree" for b in dialogue.buttons)  # no time asked
    finally:
        await app.close()


@pytest.mark.parametrize(
    ("language", "typed", "why", "near"),
    [
        (
            "ru",
            "в четверг в 14",
            "Четверг, 26 ноября: 14:00 — вне часов приёма в этот день (09:00–11:00).",
            ["10:00", "10:30"],
        ),
        (
            "pl",
            "w czwartek o 9:15",
            "Czwartek, 26 listopada: o 09:15 nie zaczyna się żadna wizyta:"
            " wizyty zaczynają się co 30 minut.",
            ["09:00", "09:30"],
        ),
    ],
)
async def test_a_time_not_free_says_why(app, language, typed, why, near):
    dialogue = Dialogue(app.core, language_hint=language)
    await dialogue.payload("appt:open:career")
    await dialogue.send(typed)
    assert why in dialogue.text
    assert [b.label for b in dialogue.replies[0].buttons[0]] == near


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("uk", "до п'ятниці", "Найближчий вільний час до 27 листопада: «чт, 26 лист., 09:00»"),
        ("ru", "как можно скорее", "Ближайшее свободное время: «чт, 26 нояб., 09:00»"),
    ],
)
async def test_a_deadline_or_soon_offers_the_earliest(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await dialogue.payload("appt:open:career")
    await dialogue.send(typed)
    assert said in dialogue.text
    offered = [b.payload for row in dialogue.replies[0].buttons for b in row]
    assert offered[0] == "appt:time:career:202611260800"  # 09:00 in Warsaw
    await dialogue.payload(offered[0])
    assert any(b.payload == "person:agree" for b in dialogue.buttons)


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("uk", "четвер 9", "✅ Четвер, 26 листопада, 09:00: цей час вільний."),
        ("pl", "czwartek 9", "✅ Czwartek, 26 listopada, 09:00: ta godzina jest wolna."),
    ],
)
async def test_a_weekday_with_an_hour_is_that_day_at_that_hour(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)  # 9 December is a Wednesday
    await dialogue.payload("appt:open:career")
    await dialogue.send(typed)
    assert said in dialogue.text
    assert any(b.payload == "person:agree" for b in dialogue.buttons)


async def test_a_weekday_with_a_number_that_may_be_either_asks_which(app, dialogue: Dialogue):
    await dialogue.payload("appt:open:career")
    await dialogue.send("thursday 10")  # 10 December is a Thursday, and 10:00 is open
    said = "Which do you mean: Thursday, 10 December, or Thursday, 26 November, 10:00?"
    assert said in dialogue.text
    day, hour = (row[0].payload for row in dialogue.replies[0].buttons)
    assert (day, hour) == ("appt:day:career:20261210", "appt:time:career:202611260900")
    await dialogue.payload(day)
    assert "Thursday, 10 December" in dialogue.text
    assert any(b.payload.startswith("appt:time:career:20261210") for b in dialogue.buttons)


async def test_a_weekday_with_a_number_no_hour_of_the_specialist_is_that_day(
    app, dialogue: Dialogue
):
    dialogue.language_hint = "uk"
    await dialogue.payload("appt:open:career")
    await dialogue.send("четвер 17")  # 17 December, a Thursday; 17:00 is past their hours
    assert "Четвер, 17 грудня: вільного часу немає." in dialogue.text  # beyond the days offered
    assert "17:00" not in dialogue.text
    await dialogue.send("czwartek 3")  # 3 December, a Thursday: its times
    assert "3 грудня" in dialogue.text
    assert any(b.payload.startswith("appt:time:career:20261203") for b in dialogue.buttons)


async def test_a_time_typed_at_a_days_times_says_why_it_is_not_free(app, dialogue: Dialogue):
    dialogue.language_hint = "ru"
    await dialogue.payload("appt:open:career")
    await dialogue.payload("appt:day:career:20261126")
    await dialogue.send("12:00")
    assert "Четверг, 26 ноября: 12:00 — вне часов приёма в этот день (09:00–11:00)." in (
        dialogue.text
    )
    assert [b.label for b in dialogue.replies[0].buttons[0]] == ["10:00", "10:30"]
