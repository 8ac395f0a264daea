"""Days and times as people type them (bot/core/dates.py), and a day typed where a booking's
days are shown (bot/core/choices.py with choice_when.py): a weekday that only one of them has
names it; one several have names them all, to choose from."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core import choices, dates, when
from bot.core.choice_when import day_means, time_means
from bot.core.session import Shown

TODAY = dt.date(2026, 12, 5)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("17.12", dt.date(2026, 12, 17)),
        ("17.12.2026", dt.date(2026, 12, 17)),
        ("17 December", dt.date(2026, 12, 17)),
        ("December 17, 2026", dt.date(2026, 12, 17)),
        ("17 грудня", dt.date(2026, 12, 17)),
        ("17-го декабря", dt.date(2026, 12, 17)),
        ("17 grudnia", dt.date(2026, 12, 17)),
        ("чт, 17 груд.", dt.date(2026, 12, 17)),
        ("3 stycznia", dt.date(2027, 1, 3)),  # the next one
    ],
)
def test_a_date_is_read_in_the_four_languages(typed, expected):
    found = dates.read_day(typed)
    assert found is not None and dates.resolve(found, TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "weekday"),
    [("thursday", 3), ("в четвер", 3), ("w środę", 2), ("в среду", 2), ("у п'ятницю", 4)],
)
def test_a_weekday_is_read_in_any_form(typed, weekday):
    assert dates.read_day(typed) == dates.Day(weekday=weekday)


@pytest.mark.parametrize("typed", ["hello", "nie", "31.02", "ok", "10:30 please"])
def test_what_is_not_a_day_is_not_read_as_one(typed):
    assert dates.read_day(typed) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("14:50", "14:50"), ("14.50", "14:50"), ("14 50", "14:50"), ("1450", "14:50")]
    + [("о 14:50", "14:50"), ("at 2 pm", "14:00"), ("o 9.30", "09:30")],
)
def test_a_time_is_read_in_the_usual_ways(typed, expected):
    found = dates.read_time(typed, hour_alone=False)
    assert found is not None and f"{found:%H:%M}" == expected


def test_an_hour_alone_is_a_time_only_where_a_form_asks_for_one():
    assert dates.read_time("14", hour_alone=False) is None
    assert dates.read_time("14") == dt.time(14, 0)


DAYS = [
    Shown("Thu 10 Dec", "booking:day:x:20261210", day_means(dt.date(2026, 12, 10))),
    Shown("Fri 11 Dec", "booking:day:x:20261211", day_means(dt.date(2026, 12, 11))),
    Shown("Thu 17 Dec", "booking:day:x:20261217", day_means(dt.date(2026, 12, 17))),
]


def test_a_weekday_only_one_offered_day_has_names_that_day():
    assert [b.label for b in choices.find("friday", DAYS)] == ["Fri 11 Dec"]
    assert [b.label for b in choices.find("w piątek", DAYS)] == ["Fri 11 Dec"]
    assert [b.label for b in choices.find("четверг", DAYS)] == ["Thu 10 Dec", "Thu 17 Dec"]
    assert choices.find("Thu 11 Dec", DAYS) == [DAYS[1]]  # the date counts, not the weekday


def test_a_time_is_never_matched_with_a_typo():
    times = [Shown(t, f"t:{t}", time_means(dt.time(*map(int, t.split(":"))))) for t in ("14:30",)]
    assert choices.find("14:50", times) == []
    assert choices.find("14:30", times) == times


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("сьогодні", TODAY),
        ("сегодня", TODAY),
        ("dziś", TODAY),
        ("today", TODAY),
        ("завтра", dt.date(2026, 12, 6)),
        ("на завтра", dt.date(2026, 12, 6)),
        ("jutro", dt.date(2026, 12, 6)),
        ("tomorrow please", dt.date(2026, 12, 6)),
        ("післязавтра", dt.date(2026, 12, 7)),
        ("послезавтра", dt.date(2026, 12, 7)),
        ("the day after tomorrow", dt.date(2026, 12, 7)),
        ("pojutrze", dt.date(2026, 12, 7)),
        ("в понеділок", dt.date(2026, 12, 7)),
        ("friday", dt.date(2026, 12, 11)),
        ("в субботу", dt.date(2026, 12, 12)),  # on a Saturday: the next one, not today
    ],
)
def test_today_tomorrow_and_a_weekday_are_read_from_today(typed, expected):
    found = dates.read_day(typed, TODAY)
    assert found is not None and dates.resolve(found, TODAY) == expected


def test_tomorrow_typed_at_a_booking_s_days_presses_that_day():
    days = [
        Shown("Today, Sat 5 Dec", "booking:day:x:20261205", day_means(TODAY)),
        Shown("Sun 6 Dec", "booking:day:x:20261206", day_means(dt.date(2026, 12, 6))),
    ]
    assert choices.find("завтра", days, TODAY) == [days[1]]
    assert choices.find("dzisiaj", days, TODAY) == [days[0]]
    assert dates.read_day("завтра") is None  # not a day without knowing today


MONDAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("typed", "on_saturday", "on_monday"),
    [
        # «next»: that weekday of the next calendar week (never one of this week)
        ("next thursday", dt.date(2026, 12, 10), dt.date(2026, 12, 17)),
        ("Thursday next week", dt.date(2026, 12, 10), dt.date(2026, 12, 17)),
        ("наступного четверга", dt.date(2026, 12, 10), dt.date(2026, 12, 17)),
        ("в наступну середу", dt.date(2026, 12, 9), dt.date(2026, 12, 16)),
        ("на наступному тижні в четвер", dt.date(2026, 12, 10), dt.date(2026, 12, 17)),
        ("в следующий четверг", dt.date(2026, 12, 10), dt.date(2026, 12, 17)),
        ("следующего вторника", dt.date(2026, 12, 8), dt.date(2026, 12, 15)),
        ("на следующей неделе в пятницу", dt.date(2026, 12, 11), dt.date(2026, 12, 18)),
        ("w przyszły czwartek", dt.date(2026, 12, 10), dt.date(2026, 12, 17)),
        ("w przyszłą środę", dt.date(2026, 12, 9), dt.date(2026, 12, 16)),
        ("w przyszłym tygodniu w piątek", dt.date(2026, 12, 11), dt.date(2026, 12, 18)),
        # «this», «the nearest»: the next such day after today
        ("this thursday", dt.date(2026, 12, 10), dt.date(2026, 12, 10)),
        ("найближчого четверга", dt.date(2026, 12, 10), dt.date(2026, 12, 10)),
        ("в ближайший четверг", dt.date(2026, 12, 10), dt.date(2026, 12, 10)),
        ("в этот четверг", dt.date(2026, 12, 10), dt.date(2026, 12, 10)),
        ("w najbliższy czwartek", dt.date(2026, 12, 10), dt.date(2026, 12, 10)),
    ],
)
def test_next_and_this_weekday_are_read_from_today(typed, on_saturday, on_monday):
    for today, expected in ((TODAY, on_saturday), (MONDAY, on_monday)):
        found = dates.read_day(typed, today)
        assert found is not None and dates.resolve(found, today) == expected


@pytest.mark.parametrize("typed", ["next week", "next 17", "this next thursday", "до четверга"])
def test_next_without_a_weekday_or_with_this_is_no_day(typed):
    assert dates.read_day(typed, TODAY) is None
    assert dates.read_day("next thursday") is None  # not a day without knowing today


def test_next_thursday_typed_where_two_thursdays_are_offered_presses_the_next_weeks():
    assert choices.find("next thursday", DAYS, TODAY) == [DAYS[0]]  # on Saturday: the 10th
    assert choices.find("w przyszły czwartek", DAYS, MONDAY) == [DAYS[2]]  # on Monday: the 17th
    assert choices.find("thursday", DAYS, TODAY) == [DAYS[0], DAYS[2]]  # which of them


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("15 числа", 15),
        ("15-го", 15),
        ("9-go", 9),
        ("the 9th", 9),
        ("on the 21st", 21),
        ("9.", 9),
        ("dziewiątego", 9),
        ("девятого", 9),
        ("дев'ятого", 9),
        ("двадцять першого", 21),
        ("twenty-first", 21),
        ("dwudziestego szóstego", 26),
    ],
)
def test_a_day_of_the_month_alone_is_the_next_such_day(typed, day):
    """(tester 19) This month's, if it has not passed (5 December: the 9th is 9 December),
    else next month's."""
    found = dates.read_day(typed, TODAY)
    assert found == dates.Day(day)
    assert dates.of_month(found, TODAY) == dt.date(2026, 12, day)


def test_a_day_of_the_month_passed_is_next_month_s():
    assert dates.of_month(dates.Day(4), TODAY) == dt.date(2027, 1, 4)
    assert dates.of_month(dates.Day(5), TODAY) == TODAY  # today: not passed
    assert dates.of_month(dates.Day(31), dt.date(2027, 2, 1)) == dt.date(2027, 3, 31)


@pytest.mark.parametrize("typed", ["9 о 11", "9 o 11", "15 числа в 10", "10 числа в 10", "9 at 11"])
def test_a_number_a_word_and_a_number_are_no_day_and_month(typed):
    """(tester 19) «9 о 11» is the 9th at 11:00 (bot.core.when), never 9 November."""
    assert dates.read_day(typed, TODAY) is None


@pytest.mark.parametrize(
    ("typed", "day", "time"),
    [
        ("15 числа в 10", 15, dt.time(10)),
        ("9 о 11", 9, dt.time(11)),
        ("9 o 11", 9, dt.time(11)),
        ("9-го в 14", 9, dt.time(14)),
        ("the 9th at 2 pm", 9, dt.time(14)),
        ("9. o 11", 9, dt.time(11)),
        ("dziewiątego o 11", 9, dt.time(11)),
        ("девятого в 11", 9, dt.time(11)),
    ],
)
def test_a_day_of_the_month_with_a_time_is_that_day_at_that_time(typed, day, time):
    found = when.read(typed, TODAY)
    assert found is not None and (found.date, found.time) == (dt.date(2026, 12, day), time)
