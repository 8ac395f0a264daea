"""What `infopoint check` says where a deployer probably slipped: a misspelt key named with the
key it is most like (and, where that key is required, said once, not also as missing)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from tests.conftest import copy_content, write_config
from tests.support.services import write_services_config
from tests.support.yamlfiles import read_yaml


def run_check(config: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["check", "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture(autouse=True)
def no_token(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


def line_of(config: Path, text: str) -> int:
    return config.read_text(encoding="utf-8").split(text)[0].count("\n") + 1


def test_a_misspelt_key_is_named_with_the_key_it_is_most_like(tmp_path, capsys):
    config = write_config(tmp_path)
    text = config.read_text(encoding="utf-8").replace("opening_hours:", "opening_hour:", 1)
    config.write_text(text, encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    line = line_of(config, "opening_hour:")
    assert (
        f"config.yaml:{line}: [opening_hour] error: unknown key 'opening_hour' — did you mean "
        "'opening_hours'?"
    ) in out


def test_a_misspelt_required_key_is_named_once(tmp_path, capsys):
    rule = {"weekdya": "tuesday", "from": "13:00", "to": "15:30", "place": "city_hall"}
    config = write_config(tmp_path, duty=[rule])
    code, out = run_check(config, capsys)
    assert code == 2
    line = line_of(config, "weekdya:")
    assert (
        f"config.yaml:{line}: [duty[0].weekdya] error: unknown key 'weekdya' — did you mean "
        "'weekday'?"
    ) in out
    assert "missing required key 'weekday'" not in out
    assert "1 error" in out


def test_a_key_like_none_keeps_the_list_of_known_keys(tmp_path, capsys):
    config = write_config(tmp_path, colour="red")
    code, out = run_check(config, capsys)
    assert code == 2
    assert "unknown key 'colour' (known keys here: booking, content, coordinators," in out


def test_a_config_whose_content_is_not_where_content_dir_says_is_named_once(tmp_path, capsys):
    config = write_config(tmp_path, content__dir="content")  # copied out of the repository
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line_of(config, '  dir: content')}: [content.dir] error: no content files "
        f"(faq_uk.yaml, faq_ru.yaml, faq_en.yaml, faq_pl.yaml) in {tmp_path.resolve()}/content: "
        "`content.dir` says where they are, an absolute folder or one relative to this config "
        f"file's folder ({tmp_path.resolve()}); set it to the folder that holds them"
    ) in out
    assert "file not found" not in out
    assert "1 error" in out


def test_a_local_value_the_answers_need_is_named_once_at_local(tmp_path, capsys):
    config = write_config(tmp_path)
    data = read_yaml(config)
    del data["local"]["legal_aid"]
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    rows = [row for row in out.splitlines() if "error:" in row]
    assert len(rows) == 1, out
    assert rows[0].startswith(
        f"{config}:{line_of(config, 'local:')}: [local] error: no value for {{legal_aid}}, which "
        "the answers use (faq_en.yaml:"
    )
    assert rows[0].endswith(
        "and in 3 other files): add `legal_aid:` under `local:`, its text, or `name` and a "
        "`label` per language (the shipped config.yaml's local: explains each key)"
    )


def test_a_placeholder_misspelt_in_one_file_is_named_at_its_answer(tmp_path, capsys):
    content = copy_content(tmp_path)
    config = write_config(tmp_path, content__dir=str(content))
    path = content / "faq_ru.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("{legal_aid}", "{legal_ayd}", 1), encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert "faq_ru.yaml:" in out
    # named with the key most like it, not the whole list of keys
    assert "error: placeholder {legal_ayd} is not defined in config.yaml — did you mean " in out
    assert "{legal_aid}?" in out and "(known: " not in out


def test_a_new_placeholder_says_where_to_give_it_a_value(tmp_path, capsys):
    content = copy_content(tmp_path)
    config = write_config(tmp_path, content__dir=str(content))
    path = content / "faq_en.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("{city_office}", "{library}", 1), encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        "error: placeholder {library} is not defined in config.yaml (add `library:` under "
        "`local:` in config.yaml, or use one of: city_name, city_office, "
    ) in out, out


def test_a_misspelt_id_is_named_with_the_id_it_is_most_like(tmp_path, capsys):
    """An id that refers to another (a place, a specialist, an office) is named with the
    id most like it, as a misspelt key is."""
    config = write_services_config(tmp_path, default_office="maine")
    data = read_yaml(config)
    data["specialists"]["career"]["place"] = "infopoint"
    data["duty"][0]["place"] = "City_hall"
    data["services"]["legal_advice"]["specialists"] = ["lawyr"]
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    for problem in (
        f":{line_of(config, 'place: infopoint')}: [specialists.career.place] error: no place "
        "'infopoint' under 'places' — did you mean 'info_point'?",
        "[duty[0].place] error: no place 'City_hall' under 'places' — did you mean 'city_hall'?",
        "[services.legal_advice.specialists[0]] error: no specialist 'lawyr' under "
        "'specialists' — did you mean 'lawyer'?",
        "[default_office] error: no office 'maine' under 'offices' — did you mean 'main'?",
    ):
        assert problem in out, out


def test_an_id_like_none_gets_no_guess(tmp_path, capsys):
    config = write_services_config(tmp_path)
    data = read_yaml(config)
    data["specialists"]["career"]["place"] = "tower"
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert "error: no place 'tower' under 'places'\n" in out, out


def test_a_course_with_no_seats_is_one_plain_error(tmp_path, capsys):
    config = write_services_config(tmp_path)
    data = read_yaml(config)
    data["services"]["culture_day"]["seats"] = 0
    data["services"]["polish_a1"]["seats"] = "two"
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line_of(config, 'seats: 0')}: [services.culture_day.seats] error: "
        "expected a whole number above 0, got 0\n"
    ) in out, out
    assert (
        "[services.polish_a1.seats] error: expected a whole number above 0, got the text 'two'\n"
    ) in out, out
    assert "needs `seats:`" not in out and "2 errors" in out, out


@pytest.mark.parametrize(("written", "meant"), [("8.00", "08:00"), ("1730", "17:30")])
def test_a_time_written_another_way_is_named_with_how_to_write_it(tmp_path, capsys, written, meant):
    config = write_config(tmp_path)
    text = config.read_text(encoding="utf-8").replace("from: '13:00'", f"from: {written}", 1)
    config.write_text(text, encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line_of(config, f'from: {written}')}: [duty[0].from] error: "
        f"'{written}': write it as {meant} (hours, a colon, minutes)"
    ) in out, out


def test_a_closed_day_a_year_or_more_ago_is_a_warning(tmp_path, capsys):
    """Probably the year mistyped: as written it closes nothing."""
    today = dt.date.today()
    old, recent, coming = (today + dt.timedelta(days=days) for days in (-400, -30, 30))
    config = write_services_config(tmp_path, booking__closed_dates=[old, coming])
    data = read_yaml(config)
    data["specialists"]["lawyer"]["closed_dates"] = [recent, old]
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 0, out
    rows = [row for row in out.splitlines() if "closed day" in row]
    booking, lawyer = (
        i + 1
        for i, row in enumerate(config.read_text("utf-8").splitlines())
        if row.strip() == f"- {old}"
    )
    assert len(rows) == 2, out
    for row, line, key in (
        (rows[0], booking, "booking.closed_dates[0]"),
        (rows[1], lawyer, "specialists.lawyer.closed_dates[1]"),
    ):
        head = (
            f"{config}:{line}: [{key}] warning: the closed day {old} is a year or more in the "
            "past, so it closes nothing: a typo in the year (meant "
        )
        assert row.startswith(head), row
        meant = dt.date.fromisoformat(row[len(head) : len(head) + 10])
        assert (meant.month, meant.day) in ((old.month, old.day), (2, 28)) and today <= meant, row
        assert row.endswith("?); fix it, or remove it"), row


def test_the_configs_warnings_are_shown_with_the_contents_errors(tmp_path, capsys):
    old = dt.date.today() - dt.timedelta(days=400)
    config = write_config(tmp_path, booking__closed_dates=[old], content__dir="content")
    code, out = run_check(config, capsys)
    assert code == 2
    assert f"[booking.closed_dates[0]] warning: the closed day {old}" in out, out
    assert "[content.dir] error: no content files" in out, out


def test_hours_written_as_one_range_are_named_and_read_as_from_and_to(tmp_path, capsys):
    # «hours: 08:00-16:00» was an unknown key and `from`, `to` missing: three errors, and the
    # rule's other checks (its place, its overlap with another rule) waited for the fix
    config = write_config(tmp_path)
    data = read_yaml(config)
    data["duty"][0] = {"weekday": "tuesday", "hours": "13-15.30", "place": "city_hal"}
    data["opening_hours"][0] = {"weekday": "monday", "hours": "8:00 – 16:00", "place": "info_point"}
    late = {"weekday": "monday", "from": "15:00", "to": "17:00", "place": "info_point"}
    data["opening_hours"].append(late)
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        "[duty[0].hours] error: unknown key 'hours': a rule's hours are two keys, "
        'from: "13:00" and to: "15:30"'
    ) in out, out
    assert "[duty[0].place] error: no place 'city_hal' under 'places' — did you mean" in out
    assert 'from: "08:00" and to: "16:00"' in out and "(08:00–16:00 and 15:00–17:00," in out
    assert "missing required key" not in out and "4 errors" in out, out


def test_a_wrong_weekday_does_not_hide_the_same_rules_hours_in_the_wrong_order(tmp_path, capsys):
    """Tester 38 (F13): «weekday: wtorek» with «from: 15:30, to: 13:00»: both in one run."""
    rule = {"weekday": "wtorek", "from": "15:30", "to": "13:00", "place": "city_hall"}
    config = write_config(tmp_path, duty=[rule])
    code, out = run_check(config, capsys)
    assert code == 2
    assert "did you mean 'tuesday'?" in out, out
    assert "'to' (13:00) must be after 'from'" in out, out
    assert "2 errors" in out, out
