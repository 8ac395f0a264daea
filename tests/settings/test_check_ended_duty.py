"""`infopoint check` on duty rules that have all ended (a `valid_until` with the year mistyped):
nothing can be booked, so it is said, as for a course whose meetings are all past."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from tests.conftest import copy_content, write_config
from tests.support.check import line, run_check
from tests.support.network import write_network_config
from tests.support.services import catalogue
from tests.support.yamlfiles import read_yaml

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "network.yaml"
CONTENT = EXAMPLE.parents[1] / "content"
RULES = [
    {"weekday": "tuesday", "from": "13:00", "to": "15:00", "place": "info_point"},
    {"weekday": "thursday", "from": "13:00", "to": "15:00", "place": "info_point"},
]


@pytest.fixture(autouse=True)
def no_token(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


def test_every_duty_rule_ended_is_a_warning_that_nothing_can_be_booked(tmp_path, capsys):
    ended = [RULES[0] | {"valid_until": "2025-06-30"}, RULES[1] | {"valid_until": "2025-12-31"}]
    config = write_config(tmp_path, duty=ended)
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert (
        f"config.yaml:{line(config, 'duty')}: [duty] warning: every duty rule has ended (the "
        "last on 2025-12-31): nothing can be booked (people see no «Book a visit», /book says "
        "visits cannot be booked now) and /contact shows no duty hours"
    ) in out, out


def test_duty_ended_where_specialists_still_see_people_says_they_are_listed(tmp_path, capsys):
    ended = [RULES[0] | {"valid_until": "2025-06-30"}]
    config = write_config(tmp_path, duty=ended, **catalogue())
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert (
        "every duty rule has ended (the last on 2025-06-30): only the specialists can be "
        "booked («Book a visit» and /book list them) and /contact shows no duty hours"
    ) in out, out


def test_one_rule_still_to_hold_is_no_warning(tmp_path, capsys):
    config = write_config(tmp_path, duty=[RULES[0] | {"valid_until": "2025-06-30"}, RULES[1]])
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert "every duty rule" not in out


def test_an_offices_own_duty_all_ended_names_the_office(tmp_path, capsys):
    content = copy_content(tmp_path)
    config = write_network_config(tmp_path, content__dir=str(content))
    data = read_yaml(config)
    data["offices"]["south"]["duty"][0]["valid_until"] = dt.date(2025, 6, 30)
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert (
        f"config.yaml:{line(config, 'offices', 'south', 'duty')}: [offices.south.duty] warning: "
        "every duty rule of office 'south' has ended (the last on 2025-06-30)"
    ) in out, out
    assert out.count("every duty rule") == 1  # (north and east have none of their own)


def test_a_specialists_schedule_all_ended_is_a_warning_naming_the_service(tmp_path, capsys):
    data = catalogue()
    data["specialists"]["lawyer"]["schedule"][0]["valid_until"] = dt.date(2025, 12, 31)
    config = write_config(tmp_path, **data)
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert (
        f"config.yaml:{line(config, 'specialists', 'lawyer', 'schedule')}: "
        "[specialists.lawyer.schedule] warning: every schedule rule of specialist 'lawyer' has "
        "ended (the last on 2025-12-31): nobody can book an appointment with them "
        "('legal_advice': its page offers a callback instead); give the rules a valid_until "
        "still to "
        "come (the year mistyped?) or remove them"
    ) in out, out
    assert out.count("every schedule rule") == 1  # (the others' rules still hold)


def test_a_specialist_with_one_rule_still_to_hold_is_no_warning(tmp_path, capsys):
    data = catalogue()
    rules = data["specialists"]["lawyer"]["schedule"]
    rules[0]["valid_until"] = dt.date(2025, 12, 31)
    rules.append({"weekday": "friday", "from": "10:00", "to": "12:00"})
    code, out = run_check(write_config(tmp_path, **data), capsys)
    assert code == 0, out
    assert "every schedule rule" not in out


def test_an_offices_own_specialist_ended_in_the_example_network_is_named_once(tmp_path, capsys):
    text = EXAMPLE.read_text("utf-8").replace("dir: ../content", f"dir: {CONTENT}")
    config = tmp_path / "network.yaml"
    config.write_text(text, encoding="utf-8")
    data = read_yaml(config)
    for rule in data["offices"]["opole"]["specialists"]["lawyer"]["schedule"]:
        rule["valid_until"] = dt.date(2026, 1, 31)
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    code, out = run_check(config, capsys)
    assert code == 0, out
    at = line(config, "offices", "opole", "specialists", "lawyer", "schedule")
    assert (
        f"network.yaml:{at}: [offices.opole.specialists.lawyer.schedule] warning: every "
        "schedule rule of specialist 'lawyer' has ended (the last on 2026-01-31)"
    ) in out, out
    assert out.count("every schedule rule") == 1, out
