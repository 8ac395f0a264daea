"""A weekday typed in a hurry, one letter wrong, missing, added or two swapped («во вторнк»,
«tusday», «wtroek», «у вівоторок»): read as the day (bot/core/day_names.py), not «I could not
read the date». The fixture: on Monday 23 November, City Hall's free times are on Tuesdays."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("en", "tusday at 14", "✅ Tuesday, 24 November, 14:00: this time is free."),
        ("uk", "у вівоторок о 14", "✅ Вівторок, 24 листопада, 14:00: цей час вільний."),
        ("ru", "во вторнк в 14:00", "✅ Вторник, 24 ноября, 14:00: это время свободно."),
        ("pl", "wtroek o 14", "✅ Wtorek, 24 listopada, 14:00: ta godzina jest wolna."),
    ],
)
async def test_a_weekday_with_a_typo_and_its_time_is_taken(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send(typed)
    assert said in dialogue.text
    assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)


@pytest.mark.parametrize("typed", ["money at 14", "summer at 14"])
async def test_a_word_two_letters_away_is_no_day(app, typed):
    dialogue = Dialogue(app.core, language_hint="en")
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send(typed)
    assert "this time is free" not in dialogue.text
