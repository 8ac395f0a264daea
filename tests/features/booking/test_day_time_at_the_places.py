"""Issue 18: a day with its time typed at «Where would you like to come?» when several places
have free times that day («w czwartek o 10») keeps the time: a place where it is free is a
button that takes it (the topic asked next, not the time again); a place where it is not
shows that day's other times; free nowhere: said so, with the places that have times that
day (booking/place_day.py). The config: Thursdays at both the city hall (9–12) and the social
services (9–15); the clock: Monday, 23 November 2026."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.conftest import write_config
from tests.support.dialogue import Dialogue

DUTY = [
    {"weekday": "thursday", "from": "09:00", "to": "12:00", "place": "city_hall"},
    {"weekday": "thursday", "from": "09:00", "to": "15:00", "place": "social_services"},
]
AT_TEN = {
    "uk": "у четвер о 10",
    "ru": "в четверг в 10",
    "en": "thursday at 10",
    "pl": "w czwartek o 10",
}
FREE = {
    "uk": "10:00: цей час вільний у місцях нижче",
    "ru": "10:00: это время свободно в местах ниже",
    "en": "10:00: that time is free at the places below",
    "pl": "10:00: ta godzina jest wolna w miejscach poniżej",
}
NOWHERE = {
    "uk": "18:00 ніде не вільний",
    "ru": "18:00 нигде не свободно",
    "en": "18:00 is not free at any place",
    "pl": "godzina 18:00 nie jest nigdzie wolna",
}
DAY = {"uk": "26 листопада", "ru": "26 ноября", "en": "26 November", "pl": "26 listopada"}
THURSDAY_10 = "202611260900"  # 10:00 in Warsaw, UTC


@pytest.fixture
async def both(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(write_config(tmp_path, duty=DUTY), clock=clock)
    try:
        yield app
    finally:
        await app.close()


@pytest.mark.parametrize("lang", list(AT_TEN))
async def test_a_day_with_its_time_at_several_places_keeps_the_time(both, lang):
    person = Dialogue(both.core, user_id=f"dt{lang}", language_hint=lang)
    await person.send("/book")
    await person.send(AT_TEN[lang])
    assert FREE[lang] in person.text and DAY[lang] in person.text
    payloads = [b.payload for b in person.buttons]
    assert f"booking:time:city_hall:{THURSDAY_10}" in payloads
    assert f"booking:time:social_services:{THURSDAY_10}" in payloads
    await person.payload(f"booking:time:social_services:{THURSDAY_10}")
    assert any(b.payload.startswith("booking:topic:") for b in person.buttons)  # not asked again
    assert not any(b.payload.startswith("booking:time:") for b in person.buttons)


async def test_a_place_where_the_time_is_not_free_shows_that_days_times(both):
    person = Dialogue(both.core, user_id="dt14", language_hint="en")
    await person.send("/book")
    await person.send("thursday at 2 pm")  # the city hall closes at 12
    labels = {b.label: b.payload for b in person.buttons}
    assert labels["Social Services Centre (CUS), 14:00"].startswith("booking:time:social_services:")
    other = next(p for label, p in labels.items() if label.endswith(": other times"))
    assert other == "booking:day:city_hall:20261126"
    await person.payload(other)
    assert any(b.label == "09:00" for b in person.buttons)  # the city hall's times that day


@pytest.mark.parametrize("lang", list(NOWHERE))
async def test_a_time_free_nowhere_says_so_with_the_places_of_that_day(both, lang):
    person = Dialogue(both.core, user_id=f"dn{lang}", language_hint=lang)
    await person.send("/book")
    await person.send(AT_TEN[lang].replace("10", "18"))
    assert NOWHERE[lang] in person.text and DAY[lang] in person.text
    days = [b.payload for b in person.buttons if b.payload.startswith("booking:")]
    assert days == ["booking:day:city_hall:20261126", "booking:day:social_services:20261126"]
