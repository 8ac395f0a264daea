"""A day typed with its time at a visit's days («завтра о 13:30», «tomorrow at 14», «wtorek o
14», «24.11 o 14:30», «tuesday afternoon»: bot/core/day_at.py): the time goes on with the day.
The fixture: on Monday 23 November, City Hall's free times are on Tuesdays, 13:00–15:15 every
15 minutes."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue


async def at_the_days(dialogue: Dialogue) -> None:
    await dialogue.send("/book")
    await dialogue.press("City Hall")
    assert "Choose a day" in dialogue.text


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("en", "tomorrow at 14", "✅ Tuesday, 24 November, 14:00: this time is free."),
        ("uk", "завтра о 14", "✅ Вівторок, 24 листопада, 14:00: цей час вільний."),
        ("ru", "во вторник в 14:00", "✅ Вторник, 24 ноября, 14:00: это время свободно."),
        ("pl", "wtorek o 14", "✅ Wtorek, 24 listopada, 14:00: ta godzina jest wolna."),
        ("pl", "24.11 o 14", "✅ Wtorek, 24 listopada, 14:00: ta godzina jest wolna."),  # not 2010
    ],
)
async def test_a_free_time_typed_with_its_day_is_taken(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send(typed)
    assert said in dialogue.text
    assert any(
        b.payload.startswith("booking:topic:") for b in dialogue.buttons
    )  # the time: not asked
    await dialogue.payload("booking:topic:pesel")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert "14:00" in dialogue.text and "24" in dialogue.text  # the summary: that time


async def test_a_time_not_free_that_day_says_so_and_shows_that_days_times(app, dialogue):
    await at_the_days(dialogue)
    await dialogue.send("tomorrow at 10")
    assert (
        "Tuesday, 24 November: 10:00 is outside the hours that day (13:00–15:30)."
        " The nearest free times that day: "
        "“13:00” or “13:15”."
    ) in dialogue.text
    assert [b.label for b in dialogue.replies[0].buttons[0]] == ["13:00", "13:15"]
    assert "Choose a time" in dialogue.text and "Tuesday, 24 November 2026" in dialogue.text
    await dialogue.send("13:15")  # the day's times: one typed is taken
    assert "What is your visit about?" in dialogue.text


async def test_a_part_of_the_day_shows_that_days_times(app, dialogue):
    await at_the_days(dialogue)
    await dialogue.send("tomorrow morning")
    assert "Tuesday, 24 November, in the morning: no time is free." in dialogue.text
    assert "Choose a time" in dialogue.text and "Tuesday, 24 November 2026" in dialogue.text
    await dialogue.send("w przyszły wtorek po południu")  # at the times: another day, its part
    assert "Tuesday, 1 December, in the afternoon: every free time" in dialogue.text
    assert "Tuesday, 1 December 2026" in dialogue.text
    assert [b.label for b in dialogue.replies[-1].buttons[0]] == [
        "13:00",
        "13:15",
        "13:30",
        "13:45",
    ]


async def test_a_day_without_free_times_offers_the_nearest_days(app, dialogue):
    await at_the_days(dialogue)
    await dialogue.send("в среду в 14")
    assert (
        "Wednesday, 25 November: there are no duty hours that day. The nearest days with free "
        "times here: “Tue 24 Nov” or “Tue 1 Dec”."
    ) in dialogue.text
    assert "Choose a day" in dialogue.text


async def test_a_time_typed_with_another_day_at_a_days_times_moves_to_that_day(app, dialogue):
    await at_the_days(dialogue)
    await dialogue.press("Tue 24 Nov")
    await dialogue.send("1.12 o 13:30")
    assert "✅ Tuesday, 1 December, 13:30: this time is free." in dialogue.text
    assert "What is your visit about?" in dialogue.text
