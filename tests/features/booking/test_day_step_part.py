"""A part of the day typed alone at the booking's day step («після обіду», «po południu»,
«after lunch», «после обеда») is read against the days offered: those with free times in it,
as day buttons; none (City Hall's duty is 13:00–15:30 on Tuesdays: no morning): said so."""

from __future__ import annotations

import pytest

from tests.features.booking.test_day_step_why import at_the_days


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("uk", "після обіду", "🕒 Після обіду: є вільний час у ці дні."),
        ("ru", "после обеда", "🕒 После обеда: есть свободное время в эти дни."),
        ("en", "after lunch", "🕒 In the afternoon: there are free times on these days."),
        ("pl", "po południu", "🕒 Po południu: w te dni są wolne godziny."),
    ],
)
async def test_afternoon_alone_offers_the_days_with_afternoon_times(app, lang, typed, said):
    dialogue = await at_the_days(app, lang)
    await dialogue.send(typed)
    assert dialogue.replies[0].text.startswith(said)
    days = [b.payload for row in dialogue.replies[0].buttons for b in row]
    assert days[:2] == ["booking:day:city_hall:20261124", "booking:day:city_hall:20261201"]
    await dialogue.payload(days[0])  # a day tapped: its times
    assert any(b.payload == "booking:time:city_hall:202611241300" for b in dialogue.buttons)


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("uk", "вранці", "вільного часу немає"),
        ("ru", "утром", "свободного времени нет"),
        ("en", "in the morning", "no time is free"),
        ("pl", "rano", "nie ma wolnych godzin"),
    ],
)
async def test_a_part_with_no_free_time_says_so_with_the_days(app, lang, typed, said):
    dialogue = await at_the_days(app, lang)
    await dialogue.send(typed)
    assert said in dialogue.replies[0].text
    assert any(b.payload == "booking:day:city_hall:20261124" for b in dialogue.buttons)
