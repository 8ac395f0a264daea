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
