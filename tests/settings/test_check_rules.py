"""`infopoint check` on what a config means, not only how it is written: duty hours that
overlap, a staff chat that is a person, a location that cannot be."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.settings import yamldoc
from tests.conftest import write_config
from tests.support.network import write_network_config

TUESDAY = {"weekday": "tuesday", "from": "13:00", "to": "15:30", "place": "city_hall"}


def run_check(config: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["check", "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture(autouse=True)
def no_token(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


def with_duty(tmp_path: Path, *rules: dict[str, Any]) -> Path:
    return write_config(tmp_path, duty=[TUESDAY, *rules])


def test_two_duty_rules_at_one_place_that_overlap_are_refused(tmp_path, capsys):
    later = {"weekday": "tuesday", "from": "14:00", "to": "16:00", "place": "city_hall"}
    code, out = run_check(with_duty(tmp_path, later), capsys)
    assert code == 2
    assert re.search(
        r"config\.yaml:\d+: \[duty\[1\]\] error: two duty rules at 'city_hall' overlap on "
        r"tuesday \(13:00–15:30 and 14:00–16:00, the other on line \d+\)",
        out,
    ), out


@pytest.mark.parametrize(
    "other",
    [
        # an announced change: the old hours end before the new ones start
        {"from": "14:00", "to": "16:00", "valid_from": "2027-01-01"},
        # one after the other
        {"from": "15:30", "to": "17:00"},
        # another desk, staffed at the same time
        {"from": "14:00", "to": "16:00", "place": "social_services"},
        # another weekday, at the same hours
        {"weekday": "monday", "from": "14:00", "to": "16:00"},
        # validity dates that meet on a Wednesday and a Thursday only: never on one Tuesday
        {"from": "14:00", "to": "16:00", "valid_from": "2026-12-30"},
    ],
)
def test_duty_rules_that_do_not_meet_pass(tmp_path, capsys, other):
    first = {**TUESDAY, "valid_until": "2026-12-31"} if "valid_from" in other else TUESDAY
    rule = {**TUESDAY, **other}
    code, out = run_check(write_config(tmp_path, duty=[first, rule]), capsys)
    assert code == 0, out


def test_dated_duty_rules_that_share_a_tuesday_are_refused_naming_it(tmp_path, capsys):
    old = {**TUESDAY, "valid_until": "2026-12-31"}
    new = {**TUESDAY, "from": "14:00", "to": "16:00", "valid_from": "2026-12-29"}
    config = write_config(tmp_path, duty=[old, new])
    code, out = run_check(config, capsys)
    assert code == 2
    doc = yamldoc.load(config)
    assert (
        f"config.yaml:{doc.line(('duty', 1))}: [duty[1]] error: two duty rules at 'city_hall' "
        "overlap on tuesday from 2026-12-29 (13:00–15:30 and 14:00–16:00, the other on line "
        f"{doc.line(('duty', 0))}): make them one rule, or end the old one (valid_until) before "
        "the new one starts (valid_from)"
    ) in out


def test_overlapping_duty_rules_of_an_office_name_the_offices_lines(tmp_path, capsys):
    south_duty = [
        {"weekday": "tuesday", "from": "10:00", "to": "12:00", "place": "south_desk"},
        {"weekday": "tuesday", "from": "11:00", "to": "13:00", "place": "south_desk"},
    ]
    config = write_network_config(tmp_path, offices__south__duty=south_duty)
    code, out = run_check(config, capsys)
    assert code == 2
    assert "[offices.south.duty[1]] error: two duty rules at 'south_desk' overlap" in out


@pytest.mark.parametrize(
    ("key", "overrides"),
    [
        ("staff.chat_id", {"staff__chat_id": 12345}),
        ("coordinators.chat_id", {"coordinators": {"chat_id": 12345}}),
    ],
)
def test_a_staff_chat_that_is_a_person_is_refused(tmp_path, capsys, key, overrides):
    code, out = run_check(write_config(tmp_path, **overrides), capsys)
    assert code == 2
    assert f"[{key}] error: 12345 is a person's chat, not a group" in out
    assert "whose id is negative (a supergroup's starts with -100" in out


def test_an_offices_staff_chat_that_is_a_person_is_refused(tmp_path, capsys):
    config = write_network_config(tmp_path, offices__north__staff={"chat_id": 12345})
    code, out = run_check(config, capsys)
    assert code == 2
    assert "[offices.north.staff.chat_id] error: 12345 is a person's chat, not a group" in out
    # said once, where it is written: not also «office 'north' has no staff chat»
    assert "has no staff chat" not in out, out


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ({"lat": 540.4, "lon": 18.65}, "[offices.north.location.lat] error: lat 540.4 cannot be"),
        ({"lat": 54.35, "lon": -186.5}, "[offices.north.location.lon] error: lon -186.5 cannot be"),
    ],
)
def test_a_location_off_the_earth_is_refused(tmp_path, capsys, location, message):
    config = write_network_config(tmp_path, offices__north__location=location)
    code, out = run_check(config, capsys)
    assert code == 2
    assert message in out and "a place in Poland is at about lat 49–55, lon 14–24" in out


@pytest.mark.parametrize(
    ("location", "advice"),
    [
        ({"lat": 48.2, "lon": 16.37}, "check the numbers"),  # Vienna
        ({"lat": 18.65, "lon": 54.35}, "lat and lon look swapped"),
    ],
)
def test_a_location_outside_poland_is_a_warning(tmp_path, capsys, location, advice):
    config = write_network_config(tmp_path, offices__north__location=location)
    code, out = run_check(config, capsys)
    assert code == 0, out
    lat, lon = location["lat"], location["lon"]
    assert (
        f"[offices.north.location] warning: lat {lat:g}, lon {lon:g} is outside Poland "
        f"(about lat 49–55, lon 14–24): {advice}"
    ) in out


def test_a_duty_rule_whose_dates_hold_no_day_of_its_weekday_is_a_warning(tmp_path, capsys):
    # 2027-01-04 is a Monday, 2027-01-08 a Friday: the week holds a Tuesday, so this one applies
    week = {**TUESDAY, "valid_from": "2027-01-04", "valid_until": "2027-01-08"}
    # 2027-01-06 to 2027-01-08: Wednesday to Friday, never a Tuesday
    never = {
        **TUESDAY,
        "from": "16:00",
        "to": "17:00",
        "valid_from": "2027-01-06",
        "valid_until": "2027-01-08",
    }
    config = write_config(tmp_path, duty=[week, never])
    code, out = run_check(config, capsys)
    assert code == 0, out
    line = yamldoc.load(config).line(("duty", 1, "weekday"))
    assert (
        f"config.yaml:{line}: [duty[1].weekday] warning: this rule never applies: no tuesday "
        "from 2027-01-06 to 2027-01-08 (a wrong weekday or date?)"
    ) in out
    assert "duty[0]" not in out
