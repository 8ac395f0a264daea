"""A weekly rule people book by (a duty rule, a specialist's schedule rule) on a day, or at
hours, its place is closed: a warning of `infopoint check`, as for a course's meeting, naming
the file, the line, the rule and the place's hours (people could book a closed door)."""

from __future__ import annotations

import pytest

from tests.conftest import write_config
from tests.support.check import line, run_check
from tests.support.services import write_services_config

MONDAY_WEDNESDAY = [
    {"weekday": "monday", "from": "09:00", "to": "17:00"},
    {"weekday": "wednesday", "from": "09:00", "to": "17:00"},
]
HOURS = "its `hours:`: Mon 09:00–17:00, Wed 09:00–17:00"


@pytest.fixture(autouse=True)
def no_token(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


def test_a_duty_rule_on_a_day_its_place_is_closed_is_a_warning(tmp_path, capsys):
    config = write_config(tmp_path, places__city_hall__hours=MONDAY_WEDNESDAY)
    code, out = run_check(config, capsys)
    assert code == 0
    assert (
        f"config.yaml:{line(config, 'duty', 0)}: [duty[0]] warning: the duty rule Tuesday "
        f"13:00–15:30 is on Tuesdays, when place 'city_hall' is closed ({HOURS}): people "
        "could book visits when the door is closed; move the rule, or keep it if that is meant"
    ) in out


def test_a_duty_rule_beyond_its_place_hours_is_a_warning(tmp_path, capsys):
    hours = [{"weekday": "tuesday", "from": "08:00", "to": "14:00"}]
    config = write_config(tmp_path, places__city_hall__hours=hours)
    code, out = run_check(config, capsys)
    assert code == 0
    assert (
        f"config.yaml:{line(config, 'duty', 0)}: [duty[0]] warning: the duty rule Tuesday "
        "13:00–15:30 is outside the hours of place 'city_hall' on Tuesdays (its `hours:`: Tue "
        "08:00–14:00)"
    ) in out


def test_a_duty_rule_within_its_place_hours_is_not_warned_about(tmp_path, capsys):
    hours = [{"weekday": "tuesday", "from": "08:00", "to": "16:00"}]
    config = write_config(tmp_path, places__city_hall__hours=hours)
    code, out = run_check(config, capsys)
    assert code == 0
    assert "the duty rule" not in out


def test_a_specialist_schedule_rule_on_a_day_its_place_is_closed_is_a_warning(tmp_path, capsys):
    config = write_services_config(tmp_path, places__city_hall__hours=MONDAY_WEDNESDAY)
    code, out = run_check(config, capsys)
    assert code == 0
    at = line(config, "specialists", "lawyer", "schedule", 0)
    assert (
        f"config.yaml:{at}: [specialists.lawyer.schedule[0]] warning: the schedule rule of "
        f"'lawyer' Tuesday 10:00–12:15 is on Tuesdays, when place 'city_hall' is closed "
        f"({HOURS}): people could book appointments when the door is closed"
    ) in out
