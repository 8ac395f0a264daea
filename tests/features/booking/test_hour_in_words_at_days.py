"""An hour said in words at the booking's days is an hour, never a day of the month: «o trzech»
(Polish, at three: not the 3rd), «о трьох», «о чотирнадцятий» (Ukrainian «-ій» typed «-ий», a
Russian keyboard: 14:00, not «the fourteenth»), «о четырнадцатый» (Russian, the same). As any
time alone there, the days it is free on are offered, as buttons of that time. The fixture: on
Monday 23 November, City Hall's duty is on Tuesdays, 13:00–15:30."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue


def tuesdays_at(hour_utc: int) -> list[str]:
    return [f"booking:time:city_hall:2026{day}{hour_utc:02}00" for day in ("1124", "1201", "1208")]


@pytest.mark.parametrize(
    ("lang", "typed", "shown", "hour_utc"),
    [
        ("pl", "o trzech", "15:00", 14),
        ("uk", "о трьох", "15:00", 14),
        ("uk", "о чотирнадцятий", "14:00", 13),
        ("ru", "о чотирнадцятий", "14:00", 13),  # typed in Ukrainian, the bot in Russian
        ("ru", "о четырнадцатый", "14:00", 13),  # Russian «-ый» after «о»: 14:00 too
        ("uk", "о пятнадцатый", "15:00", 14),
        ("en", "о четырнадцатый", "14:00", 13),
        ("pl", "о пятнацатый", "15:00", 14),  # a letter left out
        ("en", "o trzech", "15:00", 14),
        ("pl", "o trzech godzinie", "15:00", 14),
    ],
)
async def test_an_hour_in_words_offers_the_days_it_is_free_on(app, lang, typed, shown, hour_utc):
    dialogue = Dialogue(app.core, language_hint=lang)
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send(typed)
    assert dialogue.text.startswith("🕒")
    buttons = [b for row in dialogue.replies[0].buttons for b in row]
    assert [b.payload for b in buttons] == tuesdays_at(hour_utc)
    assert all(shown in b.label for b in buttons)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("pl", "trzeciego"), ("uk", "третього"), ("en", "the third"), ("ru", "третьего")],
)
async def test_a_day_of_the_month_in_words_is_still_a_day(app, lang, typed):
    dialogue = Dialogue(app.core, language_hint=lang)
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send(typed)
    assert not dialogue.text.startswith("🕒")
    assert "3" in dialogue.text
