"""`infopoint check` on the meetings of courses and events, against the calendar: one written
twice is an error (by its line), one on a Polish public holiday or outside its place's own
hours a warning (it may be meant), one for each meeting written, one for all of a series."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.settings import config as settings_config
from tests.support.services import write_services_config
from tests.support.yamlfiles import read_yaml

# in the future whenever the suite runs (check warns only about meetings to come)
INDEPENDENCE_DAY = "2030-11-11"  # a Monday, a Polish public holiday
SATURDAY = "2030-06-08"


def run(config: Path, capsys, command: str = "check") -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main([command, "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture(autouse=True)
def no_token(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


def changed(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    config = write_services_config(tmp_path)
    data = read_yaml(config)
    change(data)
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config


def lines_of(config: Path, text: str) -> list[int]:
    return [i + 1 for i, line in enumerate(config.read_text("utf-8").splitlines()) if text in line]


def culture_day(*meetings: dict[str, str]):  # type: ignore[no-untyped-def]
    def change(d):  # type: ignore[no-untyped-def]
        d["services"]["culture_day"]["meetings"] = list(meetings)

    return change


@pytest.mark.parametrize("command", ["check", "run"])
def test_a_meeting_written_twice_is_an_error_at_the_second(tmp_path, capsys, command):
    meeting = {"date": SATURDAY, "from": "12:00", "to": "16:00"}
    config = changed(tmp_path, culture_day(meeting, dict(meeting)))
    code, out = run(config, capsys, command)
    assert code == 2
    first, second = lines_of(config, f"- date: '{SATURDAY}'")
    assert (
        f"config.yaml:{second}: [services.culture_day.meetings[1]] error: the meeting on "
        f"{SATURDAY} at 12:00 is written twice (also on line {first}): people would see it "
        "twice and be reminded of it twice; keep one"
    ) in out, out


def test_a_meeting_a_series_gives_too_is_named_with_the_series(tmp_path, capsys):
    def change(d):  # type: ignore[no-untyped-def]
        d["services"]["polish_a1"]["series"] = {
            "weekday": "monday", "from": "17:00", "to": "18:30", "start": "2030-09-02", "count": 4
        }  # fmt: skip
        d["services"]["polish_a1"]["meetings"] = [
            {"date": "2030-09-09", "from": "17:00", "to": "18:30"}
        ]

    config = changed(tmp_path, change)
    code, out = run(config, capsys)
    assert code == 2
    (series,) = lines_of(config, "series:")
    (listed,) = lines_of(config, "- date: '2030-09-09'")
    assert (
        f"config.yaml:{series}: [services.polish_a1.series] error: the meeting on 2030-09-09 "
        f"at 17:00 is written twice (also on line {listed})"
    ) in out, out


def test_a_meeting_on_a_public_holiday_is_a_warning(tmp_path, capsys):
    config = changed(
        tmp_path, culture_day({"date": INDEPENDENCE_DAY, "from": "12:00", "to": "16:00"})
    )
    code, out = run(config, capsys)
    assert code == 0, out
    (line,) = lines_of(config, f"- date: '{INDEPENDENCE_DAY}'")
    assert (
        f"config.yaml:{line}: [services.culture_day.meetings[0]] warning: the meeting on Mon "
        f"{INDEPENDENCE_DAY} 12:00–16:00 falls on a Polish public holiday: people may find the "
        "door closed; move it, or keep it if that is meant"
    ) in out, out


def test_a_series_over_a_public_holiday_is_one_warning(tmp_path, capsys):
    def change(d):  # type: ignore[no-untyped-def]
        d["services"]["polish_a1"]["series"] = {
            "weekday": "monday", "from": "17:00", "to": "18:30", "start": "2030-11-01", "count": 3
        }  # fmt: skip

    config = changed(tmp_path, change)
    code, out = run(config, capsys)
    assert code == 0, out
    (line,) = lines_of(config, "series:")
    assert (
        f"config.yaml:{line}: [services.polish_a1.series] warning: 1 meeting of the series "
        "falls on a Polish public holiday: Mon 2030-11-11 17:00–18:30; to move or leave out "
        "one, write the meetings one by one under `meetings:` instead"
    ) in out, out


def test_a_series_over_two_public_holidays_is_said_in_plain_english(tmp_path, capsys):
    """«2 meetings … fall», not «2 meeting(s) … falls» (tester 43, F16)."""

    def change(d):  # type: ignore[no-untyped-def]
        d["services"]["polish_a1"]["series"] = {
            "weekday": "monday", "from": "17:00", "to": "18:30", "start": "2030-11-11", "count": 10
        }  # fmt: skip

    code, out = run(changed(tmp_path, change), capsys)
    assert code == 0, out
    assert (
        "warning: 2 meetings of the series fall on a Polish public holiday: Mon 2030-11-11 "
        "17:00–18:30, Mon 2031-01-06 17:00–18:30;"
    ) in out, out
    assert "(s)" not in out, out


def test_the_holidays_are_looked_up_by_check_only(tmp_path):
    """`infopoint run` keeps the holidays library out of its process (bot.core.public_holidays):
    its config.load asks for no holidays; `infopoint check`'s does."""
    asked: list[set[int]] = []

    def holidays(years):  # type: ignore[no-untyped-def]
        asked.append(set(years))
        return frozenset()

    config = changed(tmp_path, culture_day({"date": SATURDAY, "from": "12:00", "to": "16:00"}))
    settings_config.load(config)
    assert asked == []
    settings_config.load(config, holidays=holidays)
    assert any(2030 in years for years in asked)


def test_a_meeting_outside_its_places_hours_is_a_warning(tmp_path, capsys):
    def change(d):  # type: ignore[no-untyped-def]
        d["places"]["social_services"]["hours"] = [
            {"weekday": "saturday", "from": "10:00", "to": "14:00"}
        ]
        culture_day(
            {"date": SATURDAY, "from": "12:00", "to": "16:00"},
            {"date": "2030-06-09", "from": "12:00", "to": "13:00"},
            {"date": "2030-06-15", "from": "10:30", "to": "13:30"},  # within: nothing said
        )(d)

    config = changed(tmp_path, change)
    code, out = run(config, capsys)
    assert code == 0, out
    saturday, sunday, _ = lines_of(config, "- date: '2030-06")
    assert (
        f"config.yaml:{saturday}: [services.culture_day.meetings[0]] warning: the meeting on "
        f"Sat {SATURDAY} 12:00–16:00 is outside the hours of place 'social_services' (on "
        "Saturdays 10:00–14:00; its `hours:`): people may find the door closed"
    ) in out, out
    assert (
        f"config.yaml:{sunday}: [services.culture_day.meetings[1]] warning: the meeting on "
        "Sun 2030-06-09 12:00–13:00 is on a Sunday, when place 'social_services' is closed"
    ) in out, out
    assert "meetings[2]" not in out


def test_a_meeting_when_the_offices_opening_hours_say_its_place_is_closed_is_a_warning(
    tmp_path, capsys
):
    """A place with no `hours:` of its own but in the office's `opening_hours` (the info
    point): a course meeting on its closed day is warned about, as a duty rule is (the
    fresh-eyes tester's finding 7); within those hours nothing is said."""

    def change(d):  # type: ignore[no-untyped-def]
        d["services"]["culture_day"]["place"] = "info_point"
        culture_day(
            {"date": "2030-06-09", "from": "12:00", "to": "13:00"},  # a Sunday
            {"date": SATURDAY, "from": "10:30", "to": "13:30"},  # Saturday 10-14: open
        )(d)

    config = changed(tmp_path, change)
    code, out = run(config, capsys)
    assert code == 0, out
    sunday, _ = lines_of(config, "- date: '2030-06")
    assert (
        f"config.yaml:{sunday}: [services.culture_day.meetings[0]] warning: the meeting on "
        "Sun 2030-06-09 12:00–13:00 is on a Sunday, when place 'info_point' is closed (the "
        "`opening_hours` there: Mon 08:00–16:00, Tue 08:00–16:00, Wed 08:00–18:00, Thu "
        "08:00–16:00, Fri 08:00–16:00, Sat 10:00–14:00): people may find the door closed"
    ) in out, out
    assert "meetings[1]" not in out


def a1_series(start: str, weekday: str = "wednesday"):  # type: ignore[no-untyped-def]
    def change(d):  # type: ignore[no-untyped-def]
        d["services"]["polish_a1"]["series"] = {
            "weekday": weekday, "from": "17:00", "to": "18:30", "start": start, "count": 10
        }  # fmt: skip

    return change


def test_a_series_start_on_another_weekday_is_a_warning_naming_the_first_meeting(tmp_path, capsys):
    """A Sunday as `start` of a Wednesday course («2027-01-31» typed for «2027-01-13») began
    it days or weeks late, silently (the fresh-eyes tester's finding 7); documented ("on or
    after start"), so a warning, at the line of `start`."""
    config = changed(tmp_path, a1_series("2030-01-13"))
    code, out = run(config, capsys)
    assert code == 0, out
    (line,) = lines_of(config, "start: '2030-01-13'")
    assert (
        f"config.yaml:{line}: [services.polish_a1.series.start] warning: start 2030-01-13 is a "
        "Sunday, not a Wednesday: the first meeting will be on Wednesday 16 January 2030; "
        "write the first meeting's own date as `start`"
    ) in out, out


@pytest.mark.parametrize("start", ["2030-01-16", "2020-01-12"])
def test_a_series_starting_on_its_weekday_or_long_over_says_nothing_of_its_start(
    tmp_path, capsys, start
):
    config = changed(tmp_path, a1_series(start))
    code, out = run(config, capsys)
    assert code == 0, out
    assert "series.start" not in out and "not a Wednesday" not in out


def test_two_meetings_of_one_course_overlapping_on_one_day_are_an_error(tmp_path, capsys):
    config = changed(
        tmp_path,
        culture_day(
            {"date": SATURDAY, "from": "11:00", "to": "13:00"},
            {"date": SATURDAY, "from": "12:00", "to": "14:00"},
        ),
    )
    code, out = run(config, capsys)
    assert code == 2
    first, second = lines_of(config, f"- date: '{SATURDAY}'")
    assert (
        f"config.yaml:{second}: [services.culture_day.meetings[1]] error: the meeting on "
        f"{SATURDAY} 12:00–14:00 overlaps the one at 11:00–13:00 (line {first}): one course "
        "meets once at a time; correct the times or keep one"
    ) in out, out


def test_meetings_one_after_another_on_one_day_are_fine(tmp_path, capsys):
    config = changed(
        tmp_path,
        culture_day(
            {"date": SATURDAY, "from": "11:00", "to": "13:00"},
            {"date": SATURDAY, "from": "13:00", "to": "14:00"},
        ),
    )
    code, out = run(config, capsys)
    assert code == 0 and "overlaps" not in out, out


def test_a_past_meeting_with_the_wrong_year_is_a_warning_naming_its_line(tmp_path, capsys):
    """«2020-11-02» for «2030-11-02»: sign-up closes at a course's first meeting, so it closed
    sign-up for the whole course; check says so at the meeting's line."""
    config = changed(
        tmp_path,
        culture_day(
            {"date": SATURDAY, "from": "12:00", "to": "16:00"},
            {"date": "2020-11-02", "from": "12:00", "to": "16:00"},
        ),
    )
    code, out = run(config, capsys)
    assert code == 0, out
    (line,) = lines_of(config, "- date: '2020-11-02'")
    assert (
        f"config.yaml:{line}: [services.culture_day.meetings[1]] warning: the meeting on "
        f"2020-11-02 is in the past, 3505 days before the next one ({SATURDAY}): sign-up for "
        "this course closed at its first meeting, so nobody can sign up; a wrong year or month? "
        "Correct the date, or remove the meeting"
    ) in out, out
    assert "culture_day.meetings[1]] warning: the course's" not in out, out  # (said once)


def test_a_course_whose_series_has_begun_is_a_warning_that_nobody_can_join(tmp_path, capsys):
    """Ten Wednesdays from four weeks ago (tester 43, F7): /courses lists it, and «sign-up is
    closed»; check says so at the series, with the series written from the next meeting."""
    today = dt.date.today()
    first = today - dt.timedelta(days=28 + (today.weekday() - 2) % 7)  # (a Wednesday)
    nxt = first + dt.timedelta(weeks=5)

    def change(d):  # type: ignore[no-untyped-def]
        d["services"]["polish_a1"]["series"] = {
            "weekday": "wednesday", "from": "17:00", "to": "18:30", "start": first.isoformat(),
            "count": 10,
        }  # fmt: skip

    config = changed(tmp_path, change)
    code, out = run(config, capsys)
    assert code == 0, out
    (line,) = lines_of(config, "series:")
    assert (
        f"config.yaml:{line}: [services.polish_a1.series] warning: the course's first meeting "
        f"({first:%Y-%m-%d}) has passed, so sign-up is closed: people see it in /courses and "
        "/services with 5 meetings still to come and cannot join. If they may still join, "
        f"write the series from the next meeting (`start: {nxt:%Y-%m-%d}`, `count: 5`); if "
        "not, remove it when it ends"
    ) in out, out
