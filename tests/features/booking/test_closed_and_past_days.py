"""Days typed in /book that cannot be booked, said for what they are (tester 35, items 11, 19,
20): a public holiday (24.12, Wigilia) or one of the office's closed dates is «the office is
closed», the nearest days named in date order; a past date is «passed» at the first step as at
the days; «32.12» is no date; and the days are offered once, not twice. The fixture: on Monday
23 November, City Hall's duty is on Tuesdays, the Social Services Centre's on Thursdays."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.support.dialogue import Dialogue


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_config(tmp_path, booking__closed_dates=["2026-12-01"])


def _days(dialogue: Dialogue) -> list[str]:
    return [b.payload for b in dialogue.buttons if b.payload.startswith("booking:day:")]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Thursday, 24 December: the office is closed (public holiday)."),
        ("uk", "Четвер, 24 грудня: офіс не працює (державне свято)."),
        ("ru", "Четверг, 24 декабря: офис не работает (государственный праздник)."),
        ("pl", "Czwartek, 24 grudnia: biuro jest nieczynne (święto państwowe)."),
    ],
)
async def test_a_holiday_at_the_days_is_said_to_be_one(app, lang, said):
    dialogue = Dialogue(app.core, language_hint=lang)
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send("24.12")
    assert said in dialogue.text
    assert "another place" not in dialogue.text and "Book at" not in dialogue.text
    days = _days(dialogue)
    assert days == sorted(days) and len(days) == len(set(days))  # once, in date order


async def test_the_nearest_days_are_named_in_date_order(app, dialogue):
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send("24.12")
    # 8 December is nearer to the 24th, but the days are named as a calendar has them
    assert "The nearest days with free times here: “Tue 24 Nov” or “Tue 8 Dec”" in dialogue.text


async def test_a_closed_date_and_a_holiday_at_the_first_step(app, dialogue):
    await dialogue.send("/book")
    await dialogue.send("1.12")  # the office's closed date
    assert "Tuesday, 1 December: the office is closed that day." in dialogue.text
    await dialogue.send("/book")
    await dialogue.send("24.12")
    assert "Thursday, 24 December: the office is closed (public holiday)." in dialogue.text
    assert "The nearest free days are below" in dialogue.text


async def test_a_past_date_at_the_first_step_is_said_to_have_passed(app, dialogue):
    dialogue.language_hint = "uk"
    await dialogue.send("/book")
    await dialogue.send("20.11")
    assert "Пʼятниця, 20 листопада: ця дата вже минула." in dialogue.text
    assert "вільного часу для візиту немає" not in dialogue.text


async def test_a_past_day_at_the_days_offers_each_day_once(app, dialogue):
    dialogue.language_hint = "uk"
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send("вчора")
    assert "ця дата вже минула" in dialogue.text
    days = _days(dialogue)
    assert days and len(days) == len(set(days))


async def test_a_day_no_month_has_is_no_date(app, dialogue):
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send("32.12")
    assert "There is no date 32.12: a month has at most 31 days." in dialogue.text
