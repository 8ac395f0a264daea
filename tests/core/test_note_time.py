"""Reading the time in a note written with a phone number: clear forms in uk, ru, en and pl
are read; anything else is left alone (None)."""

from __future__ import annotations

import pytest

from bot.core.note_time import read


def _span(note: str) -> str | None:
    said = read(note)
    if said is None:
        return None

    def clock(minutes: int) -> str:
        return f"{minutes // 60:02d}:{minutes % 60:02d}"

    text = clock(said.start) if said.moment else f"{clock(said.start)}-{clock(said.end)}"
    days = [f"+{n}" for n in said.days_ahead] + [f"w{n}" for n in said.weekdays]
    return " ".join([text, *days])


@pytest.mark.parametrize(
    ("note", "span"),
    [
        ("after 5pm", "17:00-24:00"),
        ("after 5", "17:00-24:00"),  # an hour 1-7 without am/pm: the afternoon
        ("after 8", "08:00-24:00"),  # 8-12: as written
        ("після 17:00", "17:00-24:00"),
        ("після 17", "17:00-24:00"),
        ("после 17", "17:00-24:00"),
        ("лучше после 17", "17:00-24:00"),
        ("po 17", "17:00-24:00"),
        ("najlepiej po 17", "17:00-24:00"),
        ("po godzinie 17", "17:00-24:00"),
        ("після 17 год.", "17:00-24:00"),
        ("после 5 вечера", "17:00-24:00"),
        ("не раніше 17", "17:00-24:00"),
        ("17:00", "17:00"),
        ("17.00", "17:00"),
        ("5 p.m.", "17:00"),
        ("о 17", "17:00"),
        ("o godz. 17", "17:00"),
        ("в 3 дня", "15:00"),
        ("8 rano", "08:00"),
        ("з 17 до 19", "17:00-19:00"),
        ("с 9 до 11", "09:00-11:00"),
        ("17–19", "17:00-19:00"),
        ("between 5 and 7 pm", "17:00-19:00"),
        ("między 10 a 12", "10:00-12:00"),
        ("10-2pm", "10:00-14:00"),
        ("7-9", "07:00-09:00"),
        ("до 9", "00:00-09:00"),
        ("przed 10", "00:00-10:00"),
        ("nie później niż 12", "00:00-12:00"),
        ("call me after 5 please", "17:00-24:00"),
        ("завтра після 17", "17:00-24:00 +1"),
        ("jutro po 16", "16:00-24:00 +1"),
        ("в суботу о 12", "12:00 w5"),
        ("w środę po 17", "17:00-24:00 w2"),
        ("у п'ятницю з 10 до 12", "10:00-12:00 w4"),
        ("after 5pm on Wednesdays", "17:00-24:00 w2"),
        ("в понеділок або середу після 17", "17:00-24:00 w0 w2"),
    ],
)
def test_clear_time_forms_are_read(note, span):
    assert _span(note) == span


@pytest.mark.parametrize(
    "note",
    [
        "17",  # a bare number: a time, a flat, a floor?
        "5",
        "my wife answers, she speaks Polish",
        "після обіду",
        "after lunch",
        "вечером",
        "po pracy",
        "після 25",
        "after 100",
        "17/19",
        "pon-pt 9-17",
        "у середині дня",
    ],
)
def test_anything_else_is_left_alone(note):
    assert read(note) is None


def test_a_moment_fits_hours_up_to_but_not_at_closing():
    said = read("o 16")
    assert said is not None
    assert said.fits(8 * 60, 17 * 60) and not said.fits(8 * 60, 16 * 60)
