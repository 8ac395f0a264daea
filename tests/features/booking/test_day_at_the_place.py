"""Tester 24, item 18: a day typed at «Where would you like to come?» («завтра») is read as at
the day step, not «please use the buttons»: the one place with free times that day shows its
times; no place with any: said so, each place's nearest free day a button. The fixture: duty
on Tuesdays at the city hall, on Thursdays at the social services; the clock: Monday,
23 November 2026."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("lang", "typed", "payload"),
    [
        ("uk", "завтра", "booking:time:city_hall:202611241200"),
        ("ru", "в четверг", "booking:time:social_services:202611261200"),
        ("en", "tomorrow", "booking:time:city_hall:202611241200"),
        ("pl", "w czwartek", "booking:time:social_services:202611261200"),
    ],
)
async def test_a_day_with_duty_at_one_place_shows_its_times(app, lang, typed, payload):
    person = Dialogue(app.core, user_id=f"pd{lang}", language_hint=lang)
    await person.send("/book")
    assert any(b.payload.startswith("booking:place:") for b in person.buttons)
    await person.send(typed)
    assert any(b.payload == payload for b in person.buttons)  # that day's first time


NONE = {
    "uk": "вільного часу для візиту немає в жодному місці",
    "ru": "свободного времени для визита нет ни в одном месте",
    "en": "no free visit times at any place",
    "pl": "w żadnym miejscu nie ma wolnych terminów wizyt",
}


WEDNESDAY = [("uk", "в середу"), ("ru", "в среду"), ("en", "on Wednesday"), ("pl", "w środę")]


@pytest.mark.parametrize(("lang", "typed"), WEDNESDAY)
async def test_a_day_without_duty_names_the_nearest_days(app, lang, typed):
    person = Dialogue(app.core, user_id=f"pn{lang}", language_hint=lang)
    await person.send("/book")
    await person.send(typed)
    assert NONE[lang] in person.text
    days = [b.payload for b in person.buttons if b.payload.startswith("booking:day:")]
    assert days == ["booking:day:city_hall:20261124", "booking:day:social_services:20261126"]
    await person.payload(days[1])
    assert any(b.payload.startswith("booking:time:social_services:") for b in person.buttons)
