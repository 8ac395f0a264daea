"""Reading what people type into a form: dates, times, numbers, languages (pure functions)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.features.assist.parse import (
    Invalid,
    parse_date,
    parse_language,
    parse_number,
    parse_text,
    parse_time,
)

MONDAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12.12", dt.date(2026, 12, 12)),
        ("12.12.2026", dt.date(2026, 12, 12)),
        ("2026-12-12", dt.date(2026, 12, 12)),
        ("12/12/26", dt.date(2026, 12, 12)),
        (" 1.12. ", dt.date(2026, 12, 1)),
        ("23.11", MONDAY),  # today
        ("5.1", dt.date(2027, 1, 5)),  # a day and month already past this year: next year
    ],
)
def test_common_ways_of_writing_a_date(typed, expected):
    assert parse_date(typed, MONDAY) == expected


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("22.11.2026", "as_date_past"),
        ("20.11", "as_date_past"),  # three days ago: a slip, not November next year
        ("31.11", "as_date_no_such"),  # said so, November named (tester 29)
        ("29.02", "as_date_no_such"),  # not in 2027
        ("some day", "as_bad_date"),
        ("12.12.2028", "as_date_far"),
        ("", "as_bad_date"),
    ],
)
def test_dates_that_cannot_be_taken_say_why(typed, why):
    with pytest.raises(Invalid) as refused:
        parse_date(typed, MONDAY)
    assert refused.value.key == why


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9", dt.time(9)),
        ("9:30", dt.time(9, 30)),
        ("09.30", dt.time(9, 30)),
        ("930", dt.time(9, 30)),
        ("14 15", dt.time(14, 15)),
        ("2 pm", dt.time(14)),
        ("12am", dt.time(0)),
        ("noon", dt.time(12)),  # in words: bot/core/spoken.py
        ("wpół do dziesiątej", dt.time(9, 30)),
    ],
)
def test_common_ways_of_writing_a_time(typed, expected):
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["25:00", "9:75", "sometime", "half past", "13 pm", ""])
def test_times_that_cannot_be_read(typed):
    with pytest.raises(Invalid):
        parse_time(typed)


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("7.12", "as_time_or_date"),  # the 7th of December, or 07:12: asked
        ("12.05", "as_time_or_date"),
        ("7.12.2026", "as_time_is_date"),
        ("7/12", "as_time_is_date"),
        ("07-12", "as_time_is_date"),
        ("24.11", "as_time_is_date"),  # no hour 24
    ],
)
def test_a_date_typed_for_a_time_is_not_read_as_one(typed, key):
    with pytest.raises(Invalid) as wrong:
        parse_time(typed)
    assert wrong.value.key == key
    if key == "as_time_or_date":
        assert wrong.value.values["time"] == f"{typed[:-3]:0>2}:{typed[-2:]}"


def test_numbers_texts_and_languages():
    assert parse_number("1 200") == 1200
    assert parse_number("two") == 2 and parse_number("двоє") == 2 and parse_number("troje") == 3
    for bad in ("many", "-1", "²", "9999999", "two three", "2,5"):
        with pytest.raises(Invalid):
            parse_number(bad)
    assert parse_text("  two   lines\nhere ") == "two lines here"
    kept = parse_text("word " * 120)  # 600 characters: kept shortened at a word
    assert len(kept) <= 500 and kept.endswith("word…")
    names = [("pl", "Polish"), ("pl", "польська"), ("uk", "Ukrainian")]
    assert parse_language("польська", names) == "pl"
    assert parse_language("Georgian", names) == "Georgian"
    with pytest.raises(Invalid):
        parse_language("?", names)


def test_a_choice_takes_its_options_by_label_number_or_the_words_of_one_label():
    from bot.features.assist.choice import matched
    from bot.settings.catalogue_model import FormField, Texts

    letter = (
        "letter",
        Texts({"uk": "Зрозуміти лист з установи", "pl": "Zrozumieć pismo z urzędu"}),
    )
    form = ("form", Texts({"uk": "Заповнити заяву", "pl": "Wypełnić wniosek"}))
    other = ("other", Texts({"uk": "Інше", "pl": "Inne"}))
    field = FormField(
        "need", "choice", Texts({"uk": "Що потрібно?"}), options=(letter, form, other)
    )
    assert matched(field, "2") == "form"
    assert matched(field, "зрозуміти лист") == "letter"
    assert matched(field, "pismo") == "letter"
    assert matched(field, "заповнити заяви") == "form"
    for neither in ("9", "0", "назад", "xyz abc", "заява на карту побиту"):
        assert matched(field, neither) is None
