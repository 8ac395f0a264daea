"""An hour said in words is an hour and a day of the month in words stays a day
(bot/core/ordinals.py `hour`, bot/core/spoken.py); a number with a part of the day after it is
a time, not a day (bot/core/when.py); «вчора» is yesterday (bot/core/relative.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core import dates, when

TODAY = dt.date(2026, 12, 5)


@pytest.mark.parametrize(
    ("typed", "hour"),
    [
        ("о восьмій", 8),
        ("на восьму", 8),
        ("в восемь", 8),
        ("к восьми", 8),
        ("o ósmej", 8),
        ("na ósmą", 8),
        ("at eight", 8),
        ("о дев'ятій годині", 9),
        ("о пʼятнадцятій", 15),
        ("o piętnastej", 15),
        ("о двадцятій", 20),
        ("о другій", 14),  # from 1 to 6: the afternoon
        ("о шостій ранку", 6),  # unless said otherwise
        ("о восьмій вечора", 20),
        ("о 2 дня", 14),
        ("o 2 po południu", 14),
    ],
)
def test_an_hour_in_words_is_that_hour(typed, hour):
    assert when.at(typed) == dt.time(hour)
    assert dates.read_day(typed, TODAY) is None  # never the 8th of a month


@pytest.mark.parametrize(
    ("typed", "day"),
    [("восьмого", 8), ("dziewiątego", 9), ("двадцять першого", 21), ("the eighth", 8)],
)
def test_a_day_of_the_month_in_words_stays_a_day(typed, day):
    assert dates.read_day(typed, TODAY) == dates.Day(day)
    assert when.at(typed) is None


@pytest.mark.parametrize("typed", ["на двох", "на трьох", "czwartek", "восьмого"])
def test_no_hour_in_other_words(typed):
    assert when.at(typed) is None


def test_a_number_with_a_part_of_the_day_is_no_day():
    assert when.read("о 2 дня", TODAY) is None
    said = when.read("завтра о 2 дня", TODAY)
    assert said is not None and (said.date, said.time) == (dt.date(2026, 12, 6), dt.time(14))
    assert when.read("17 грудня вранці", TODAY) == when.When(
        dt.date(2026, 12, 17), part=when.MORNING
    )


@pytest.mark.parametrize(
    ("typed", "ago"),
    [("вчора", 1), ("вчера", 1), ("yesterday", 1), ("wczoraj", 1), ("przedwczoraj", 2)],
)
def test_yesterday_is_the_day_before(typed, ago):
    day = dates.read_day(typed, TODAY)
    assert day is not None and dates.resolve(day, TODAY) == TODAY - dt.timedelta(days=ago)
