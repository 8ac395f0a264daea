"""Issue 16: an hour said as an ordinal with one typo in it («о чотирнацятій», «o czternastj»,
«в четырнацатой»: bot/core/ordinals.py `hour_near`) and English hour words of under six letters
with am or pm («at five pm», «two p.m.»: bot/core/spoken.py) are read where a time is asked;
words one letter from an hour's that are something else («czwartek», «trzeba», «четверть»,
«десятий», «pierwszy», «seconds») are not. The fixture: Monday 23 November 2026; City Hall's
free times are on Tuesdays, 13:00–15:15 every 15 minutes."""

from __future__ import annotations

import pytest

from tests.features.booking.test_days_and_times_in_words import at_the_days, at_the_times
from tests.features.callback.test_window_typed import _at_the_window
from tests.support.dialogue import Dialogue

TAKEN = {
    "uk": "✅ Вівторок, 24 листопада, {}",
    "ru": "✅ Вторник, 24 ноября, {}",
    "en": "✅ Tuesday, 24 November, {}",
    "pl": "✅ Wtorek, 24 listopada, {}",
}


@pytest.mark.parametrize(
    ("lang", "typed", "time"),
    [
        ("uk", "завтра о чотирнацятій", "14:00"),  # a letter left out
        ("uk", "у вівторок о чотирнадцятиі", "14:00"),  # two swapped
        ("ru", "завтра в четырнацатой", "14:00"),
        ("ru", "завтра в четырнацать", "14:00"),
        ("pl", "wtorek o czternastj", "14:00"),
        ("pl", "jutro o pietnastj", "15:00"),
        ("en", "tuesday at two", "14:00"),
        ("en", "tuesday at two pm", "14:00"),
        ("en", "tomorrow at three p.m.", "15:00"),
        ("en", "tuesday half past one", "13:30"),
    ],
)
async def test_an_hour_with_a_typo_or_in_english_words_is_taken_at_the_days(lang, typed, time, app):
    person = Dialogue(app.core, user_id=f"h{lang}{len(typed)}", language_hint=lang)
    await at_the_days(person)
    await person.send(typed)
    assert TAKEN[lang].format(time) in person.text
    assert any(b.payload.startswith("booking:topic:") for b in person.buttons)


@pytest.mark.parametrize(
    ("lang", "typed", "time"),
    [
        ("en", "at two pm", "14:00"),
        ("en", "half past two", "14:30"),
        ("en", "three p.m.", "15:00"),
        ("uk", "о пʼятнацятій", "15:00"),
        ("pl", "o trzynastj", "13:00"),
        ("ru", "о четырнадцатый", "14:00"),  # Russian «-ый» after «о» (issue 16)
        ("ru", "о пятнацатый", "15:00"),
    ],
)
async def test_the_same_at_a_days_times(lang, typed, time, app):
    person = Dialogue(app.core, user_id=f"t{lang}{len(typed)}", language_hint=lang)
    await at_the_times(person)
    await person.send(typed)
    assert f", {time}" in person.text.split("\n")[0]  # «🗓 Tuesday, 24 November 2026, 14:00»
    assert any(b.payload.startswith("booking:topic:") for b in person.buttons)


USE_BUTTONS = {
    "uk": "Будь ласка, скористайтеся кнопками",
    "ru": "Пожалуйста, воспользуйтесь кнопками",
    "en": "Please choose with the buttons",
    "pl": "Wybierz, proszę, jeden z przycisków",
}


@pytest.mark.parametrize(
    ("lang", "typed", "hour"),
    [
        ("pl", "czwartek", "16:00"),  # one letter from «czwartej»: Thursday, never 16:00
        ("pl", "czwartku", "16:00"),
        ("pl", "trzeba", "15:00"),  # «need to», one letter from «trzecia»
        ("pl", "pierwszy", "13:00"),
        ("ru", "четверть", "16:00"),
        ("ru", "четверги", "16:00"),
        ("uk", "десятий", "10:00"),
        ("en", "seconds", "14:00"),
        ("en", "at night", "20:00"),
    ],
)
async def test_a_word_near_an_hours_is_no_time(lang, typed, hour, app):
    person = Dialogue(app.core, user_id=f"n{lang}{len(typed)}", language_hint=lang)
    await at_the_times(person)
    await person.send(typed)
    assert person.text.startswith(USE_BUTTONS[lang])  # as any word that is no time
    assert hour not in person.text.split("\n")[0].split(":", 1)[0]  # never said to be a time
    assert not any(b.payload.startswith("booking:topic:") for b in person.buttons)  # not taken


async def test_english_hour_words_at_when_to_call(app):
    person = Dialogue(app.core, user_id="cbw", language_hint="en")
    await _at_the_window(person, "en", "Olena")
    await person.send("at two pm")
    assert "Taken as “Afternoon (after 12:00)”" in person.text
    assert "Staff will see your words: “at two pm”." in person.text
    morning = Dialogue(app.core, user_id="cbm", language_hint="en")
    await _at_the_window(morning, "en", "Anna")
    await morning.send("before noon")
    assert "Taken as “Morning (before 12:00)”" in morning.text
