"""The calendar file: RFC 5545 escaping, UTC times, CRLF line ends, folding at 75 octets."""

from __future__ import annotations

import datetime as dt

from bot.features.booking import ics

START = dt.datetime(2026, 11, 24, 12, 30, tzinfo=dt.UTC)


def event(**changes) -> ics.Event:  # type: ignore[no-untyped-def]
    values = dict(
        uid="booking-1@example.org",
        stamp=START - dt.timedelta(days=1),
        start=START,
        end=START + dt.timedelta(minutes=15),
        summary="Visit",
        location="Hall",
    )
    values.update(changes)
    return ics.Event(**values)


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_a_calendar_has_one_event_with_utc_times_and_crlf_line_ends():
    text = ics.calendar(event()).decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = unfold(text)
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"]
    assert "DTSTART:20261124T123000Z" in lines and "DTEND:20261124T124500Z" in lines
    assert "DTSTAMP:20261123T123000Z" in lines and "UID:booking-1@example.org" in lines
    assert lines.index("BEGIN:VEVENT") < lines.index("END:VEVENT") < lines.index("END:VCALENDAR")


def test_local_times_are_written_in_utc():
    warsaw = START.astimezone(dt.timezone(dt.timedelta(hours=1)))
    assert "DTSTART:20261124T123000Z" in unfold(ics.calendar(event(start=warsaw)).decode())


def test_text_values_are_escaped():
    text = ics.calendar(event(summary="a;b,c\\d\ne", location="x")).decode()
    assert "SUMMARY:a\\;b\\,c\\\\d\\ne" in unfold(text)


def test_long_lines_are_folded_without_splitting_a_character():
    location = "Міська рада, вулиця Радомська 45, Стараховіце, Польща — " * 3
    data = ics.calendar(event(location=location))
    physical = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in physical)
    for line in physical:
        line.decode("utf-8")  # every physical line is whole UTF-8
    assert f"LOCATION:{ics.escape(location)}" in unfold(data.decode("utf-8"))
