"""`infopoint check` lists every problem in one run: a value refused (an impossible time, a
number that is not one) leaves out what needs it, and every other check goes on, in the same
service and in the others."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.cli import main
from tests.support.services import write_services_config
from tests.support.yamlfiles import read_yaml

INDEPENDENCE_DAY = "2030-11-11"  # a Monday, a Polish public holiday, in the future


def run(config: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["check", "--config", str(config)])
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


def test_an_impossible_time_in_a_meeting_hides_no_other_problem(tmp_path, capsys):
    def change(d):  # type: ignore[no-untyped-def]
        day = d["services"]["culture_day"]
        day["meetings"] = [
            {"date": "2030-06-08", "from": "8.00", "to": "16:00"},
            {"date": INDEPENDENCE_DAY, "from": "12:00", "to": "16:00"},
        ]
        day.update({"for": "children", "min_age": 12, "max_age": 7})
        d["services"]["polish_a1"]["series"]["start"] = "2020-01-07"

    code, out = run(changed(tmp_path, change), capsys)
    assert code == 2
    assert "[services.culture_day.meetings[0].from] error: " in out, out
    assert "[services.culture_day.max_age] error: ages 12–7" in out, out
    assert "[services.polish_a1] warning: every meeting of 'polish_a1' is in the past" in out, out
    assert (
        f"[services.culture_day.meetings[1]] warning: the meeting on Mon {INDEPENDENCE_DAY} "
        "12:00–16:00 falls on a Polish public holiday"
    ) in out, out
    assert "2 errors" in out, out


def test_a_refused_number_of_people_hides_no_other_problem(tmp_path, capsys):
    def change(d):  # type: ignore[no-untyped-def]
        d["services"]["legal_advice"]["max_people"] = "two"
        d["services"]["culture_day"]["min_age"] = 7

    code, out = run(changed(tmp_path, change), capsys)
    assert code == 2
    assert "[services.legal_advice.max_people] error: " in out, out
    assert "[services.culture_day] error: `min_age` and `max_age` need `for: children`" in out, out


def test_a_missing_content_folder_is_named_with_the_configs_own_errors(tmp_path, capsys):
    """A config copied out of the repository, with mistakes of its own: the missing content is
    named in the same run, not after the others are fixed."""

    def change(d):  # type: ignore[no-untyped-def]
        d["content"]["dir"] = str(tmp_path / "nowhere")
        d["organisation"].pop("phone")
        d["services"]["culture_day"]["meetings"] = [
            {"date": "2030-06-08", "from": "16:00", "to": "12:00"}
        ]

    code, out = run(changed(tmp_path, change), capsys)
    assert code == 2
    assert "[organisation.phone] error: missing required key 'phone'" in out, out
    assert "error: a meeting's 'to' must be after its 'from'" in out, out
    assert "[content.dir] error: no content files (faq_" in out, out
    assert str(tmp_path / "nowhere") in out


def test_an_impossible_time_in_a_duty_rule_hides_not_its_unknown_place(tmp_path, capsys):
    def change(d):  # type: ignore[no-untyped-def]
        d["duty"][0].update({"from": "25:00", "place": "cityhall"})

    code, out = run(changed(tmp_path, change), capsys)
    assert code == 2
    assert "[duty[0].from] error: impossible time '25:00'" in out, out
    assert "[duty[0].place] error: no place 'cityhall' under 'places' — did you mean" in out, out


def test_a_misspelt_key_is_read_as_the_key_meant_and_its_value_checked_in_the_same_run(
    tmp_path, capsys
):
    def change(d):  # type: ignore[no-untyped-def]
        d["duty"][0].update(weekday="poniedziałek", place="cityhall")
        d["dutty"] = d.pop("duty")

    code, out = run(changed(tmp_path, change), capsys)
    assert code == 2
    assert "[dutty] error: unknown key 'dutty' — did you mean 'duty'?" in out, out
    assert "[dutty[0].weekday] error: expected one of monday" in out, out
    assert "[duty[0].place] error: no place 'cityhall' under 'places'" in out, out
    assert "missing required key" not in out
    assert "3 errors" in out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["services"]["translation"]["fields"][0].update(type="texts"),
            "expected one of text, date, time, phone, language, choice, number; got 'texts' — "
            "did you mean 'text'?",
        ),
        (
            lambda d: d["duty"][0].update(weekday="poniedziałek"),
            "got 'poniedziałek' — did you mean 'monday'? (weekdays are written in English)",
        ),
    ],
)
def test_a_misspelt_value_gets_a_did_you_mean(tmp_path, capsys, change, message):
    code, out = run(changed(tmp_path, change), capsys)
    assert code == 2
    assert message in out, out


def test_a_mistyped_phone_or_default_language_hides_no_content_problem_nor_does_run(
    tmp_path, capsys, monkeypatch
):
    # a digit left out of organisation.phone said «the content files were not checked», and
    # `infopoint run` named config.yaml's errors alone: the content's came after fixing them
    from bot import runner
    from bot.settings.yamldoc import InvalidFile
    from tests.conftest import copy_content, write_config
    from tests.settings.test_check_content import edit

    content = copy_content(tmp_path)
    config = write_config(
        tmp_path,
        content__dir=str(content),
        organisation__phone="+48 41 000 00 0",
        default_language="ua",  # (the content's checks need the languages, not this)
    )
    line = edit(content / "faq_en.yaml", "{city_office}", "{city_office;", "\n  pesel:\n")
    code, out = run(config, capsys)
    assert code == 2
    assert "[organisation.phone] error: '+48 41 000 00 0' is not a phone number in Poland" in out
    assert f"faq_en.yaml:{line}: [topics.pesel.answer] error: «{{city_office»: a brace" in out
    assert "[default_language] error: expected one of uk, ru, en, pl; got 'ua'" in out
    assert "were not checked" not in out and "3 errors" in out, out
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:not-a-real-token")
    with pytest.raises(InvalidFile) as refused:
        runner.main(config)
    said = {row for row in out.splitlines() if " error: " in row}
    assert {str(problem) for problem in refused.value.problems} == said
