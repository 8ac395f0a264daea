"""A day and a time typed to move an appointment to that is not free is said why, as at an
appointment's day step (bot/core/day_at.py): the specialist's hours, their visits' grid, the
appointment's own time now."""

from __future__ import annotations

import pytest

from tests.features.appointments.test_move_typed import at_the_move


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("1.12 10:10", "no visit starts at 10:10: visits start every 45 minutes"),
        ("1.12 8:00", "08:00 is outside the hours that day (10:00–12:15)"),
        ("24.11 10:00", "Tuesday, 24 November: 10:00 is already your time"),
    ],
)
async def test_a_time_not_free_is_said_why(app, dialogue, typed, said):
    await at_the_move(app, dialogue)
    await dialogue.send(typed)
    assert said in dialogue.text and "The nearest free times that day:" in dialogue.text
    assert any(b.payload.startswith("appt:moveto:1:") for b in dialogue.buttons)


async def test_a_time_alone_at_a_days_times_is_said_why(app, dialogue):
    await at_the_move(app, dialogue)
    await dialogue.send("1.12")
    await dialogue.send("11:00")
    assert "Tuesday, 1 December: no visit starts at 11:00" in dialogue.text


@pytest.mark.parametrize("typed", ["27.11", "friday at 10"])
async def test_a_day_without_the_specialists_hours_is_said_why(app, dialogue, typed):
    # tester report 21, finding 6: such a day was only «There are no free times on Friday»
    await at_the_move(app, dialogue)
    await dialogue.send(typed)
    assert "Friday, 27 November: the specialist has no appointment hours that day." in (
        dialogue.text
    )
    assert "The nearest days with free times:" in dialogue.text
    assert any(b.payload.startswith("appt:moveday:1:") for b in dialogue.buttons)
