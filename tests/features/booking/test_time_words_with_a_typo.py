"""A time said in words with one typo in its number word («в пол третего», «wpół do
trzecej», «о чотирнацять», «at elevan»: bot/core/spoken.py, day_names.with_typo) and a
Cyrillic word typed with a Latin look-alike letter in it («зaвтра» with a Latin a:
bot/core/words.py `cyrillic`): read as the day and the time, not «I could not read the date».
The fixture: on Monday 23 November, City Hall's free times are on Tuesdays."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        # (City Hall receives 13:00–15:30 that day: 11:00 read, and said to be outside them)
        ("en", "tuesday at elevan", "Tuesday, 24 November: 11:00 is outside the hours"),
        ("uk", "зaвтра о чотирнацять", "✅ Вівторок, 24 листопада, 14:00: цей"),
        ("ru", "зaвтра в пол третего", "✅ Вторник, 24 ноября, 14:30: это время"),
        ("pl", "wtorek o wpół do trzecej", "✅ Wtorek, 24 listopada, 14:30: ta godzina"),
    ],
)
async def test_a_time_word_with_a_typo_and_a_mixed_script_day_are_taken(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send(typed)
    assert said in dialogue.text
    if said.startswith("✅"):
        assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)


async def test_a_word_near_a_number_but_short_is_no_time(app):
    dialogue = Dialogue(app.core, language_hint="en")
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send("tuesday at night")  # «night» is one letter from «eight»: too short
    assert "08:00" not in dialogue.text
