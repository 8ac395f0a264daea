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


AFTER = {  # tester 26, item 4: hours in words with the day, read as the callback form reads them
    "uk": ("у четвер після 14", "після 14:00", "Центр соціальних послуг"),
    "ru": ("в четверг после 2", "после 14:00", "Центр социальных услуг"),
    "en": ("thursday after 2pm", "after 14:00", "Social Services Centre"),
    "pl": ("w czwartek po 14", "po 14:00", "Centrum Usług Społecznych"),
}


@pytest.mark.parametrize("lang", list(AFTER))
async def test_a_day_after_an_hour_offers_those_times_first_and_says_where(app, lang):
    typed, said, place = AFTER[lang]
    person = Dialogue(app.core, user_id=f"pa{lang}", language_hint=lang)
    await person.send("/book")
    await person.send(typed)
    assert said in person.text and place in person.text  # where: on the times' screen too
    times = [b.payload for b in person.buttons if b.payload.startswith("booking:time:")]
    first = ["booking:time:social_services:2026112613" + m for m in ("00", "15", "30", "45")]
    assert times[:4] == first  # 14:00 to 14:45 first, that day's times below
    assert "booking:time:social_services:202611261200" in times[4:]


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("uk", "у четвер о 14"),
        ("ru", "в четверг в 14"),
        ("en", "thursday at 2pm"),
        ("pl", "w czwartek o 14"),
    ],
)
async def test_a_day_with_its_time_at_the_places_takes_that_time(app, lang, typed):
    person = Dialogue(app.core, user_id=f"pt{lang}", language_hint=lang)
    await person.send("/book")
    await person.send(typed)
    assert "14:00" in person.text
    assert any(b.payload.startswith("booking:topic:") for b in person.buttons)  # the time taken
