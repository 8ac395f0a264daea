"""`infopoint check` on a network: what a network's config can get wrong is named by file, line
and office, before the bot runs."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.settings.config import load
from tests.conftest import copy_content
from tests.support.network import write_network_config


def run_check(config: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["check", "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def content(tmp_path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    return copy_content(tmp_path)


def _network(tmp_path: Path, content: Path) -> Path:
    return write_network_config(tmp_path, content__dir=str(content))


def _edit_config(config: Path, change) -> None:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    change(data)
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_the_fixture_network_passes_and_names_its_offices(tmp_path, content, capsys):
    code, out = run_check(_network(tmp_path, content), capsys)
    assert code == 0, out
    assert "3 offices" in out and "south: 2" in out


def test_an_office_without_a_staff_chat(tmp_path, content, capsys):
    config = _network(tmp_path, content)
    _edit_config(config, lambda d: d["offices"]["east"].pop("staff"))
    _edit_config(config, lambda d: d["staff"].pop("chat_id"))
    code, out = run_check(config, capsys)
    assert code == 2
    assert "office 'east' has no staff chat" in out


def test_two_offices_in_one_chat_and_topic(tmp_path, content, capsys):
    config = _network(tmp_path, content)
    _edit_config(config, lambda d: d["offices"]["east"]["staff"].update(topic_id=11))
    code, out = run_check(config, capsys)
    assert code == 2
    assert "offices 'south' and 'east' share a staff chat and topic" in out


def test_a_placeholder_that_some_office_cannot_fill(tmp_path, content, capsys):
    config = _network(tmp_path, content)
    _edit_config(config, lambda d: d["offices"]["south"]["local"].update(bikes="City bikes"))
    answer = content / "faq_en.yaml"
    text = answer.read_text(encoding="utf-8")
    answer.write_text(text.replace("Ask {info_point}.", "Ask {info_point} or {bikes}.", 1))
    code, out = run_check(config, capsys)
    assert code == 2
    assert "placeholder {bikes} has no value in office(s) 'north', 'east'" in out
    assert "faq_en.yaml:" in out


def test_a_link_to_an_office_that_does_not_exist(tmp_path, content, capsys):
    config = _network(tmp_path, content)
    answer = content / "faq_en.yaml"
    text = answer.read_text(encoding="utf-8")
    link = "[the West office](https://t.me/infopoint_bot?start=west)"
    answer.write_text(text.replace("Ask {info_point}.", f"Ask {link}.", 1))
    code, out = run_check(config, capsys)
    assert code == 2
    assert "a link names office 'west': no such office (east, north, south)" in out


def test_an_offices_topic_missing_in_one_language(tmp_path, content, capsys):
    config = _network(tmp_path, content)
    (content / "offices" / "south" / "faq_ru.yaml").unlink()
    code, out = run_check(config, capsys)
    assert code == 2
    assert "offices/south/faq_ru.yaml" in out and "every language needs them" in out


def _lawyer(place: str, weekday: str = "tuesday") -> dict[str, object]:
    return {
        "name": "Anna Prawnik",
        "role": {"uk": "Юрист", "ru": "Юрист", "en": "Lawyer", "pl": "Prawniczka"},
        "place": place,
        "schedule": [{"weekday": weekday, "from": "10:00", "to": "12:00"}],
    }


def test_one_specialist_id_defined_differently_in_two_offices(tmp_path, content, capsys):
    config = _network(tmp_path, content)

    def change(d):  # type: ignore[no-untyped-def]
        d["offices"]["north"]["specialists"] = {"lawyer": _lawyer("city_hall")}
        d["offices"]["south"]["specialists"] = {"lawyer": _lawyer("south_desk", "friday")}

    _edit_config(config, change)
    code, out = run_check(config, capsys)
    assert code == 2
    line = next(
        i + 1
        for i, text in enumerate(config.read_text(encoding="utf-8").splitlines())
        if text.strip() == "lawyer:"
    )
    assert (
        f"[offices.south.specialists.lawyer] error: specialist 'lawyer' is defined differently "
        f"in office 'north' (line {line}) and office 'south' (place, schedule differ)"
    ) in out
    assert "give different people different ids" in out


def test_one_specialist_defined_alike_in_two_offices_passes(tmp_path, content, capsys):
    config = _network(tmp_path, content)

    def change(d):  # type: ignore[no-untyped-def]
        d["offices"]["north"]["specialists"] = {"lawyer": _lawyer("city_hall")}
        d["offices"]["east"]["specialists"] = {"lawyer": _lawyer("city_hall")}

    _edit_config(config, change)
    code, out = run_check(config, capsys)
    assert code == 0, out


@pytest.mark.parametrize(
    ("value", "message"),
    [(0, "expected a whole number above 0"), ("a month", "expected a whole number above 0")],
)
def test_an_offices_retention_days_is_checked_naming_its_line(
    tmp_path, content, capsys, value, message
):
    config = _network(tmp_path, content)
    _edit_config(config, lambda d: d["offices"]["south"]["staff"].update(retention_days=value))
    lines = config.read_text(encoding="utf-8").splitlines()
    south = next(n for n, text in enumerate(lines, 1) if text.strip() == "south:")
    line = next(n for n, text in enumerate(lines, 1) if n > south and "retention_days" in text)
    code, out = run_check(config, capsys)
    assert code == 2, out
    assert f"config.yaml:{line}:" in out and "offices.south.staff.retention_days" in out
    assert message in out


def test_an_office_keeps_its_own_retention_days_and_the_others_the_deployments(tmp_path, content):
    config = _network(tmp_path, content)
    _edit_config(config, lambda d: d["offices"]["south"]["staff"].update(retention_days=7))
    _edit_config(config, lambda d: d["staff"].update(retention_days=60))
    settings = load(config)
    days = {office.id: office.retention_days for office in settings.offices.values()}
    assert days == {"north": 60, "south": 7, "east": 60}
