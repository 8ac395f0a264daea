"""What `infopoint check` says where a deployer probably slipped: a misspelt key named with the
key it is most like (and, where that key is required, said once, not also as missing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import write_config


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
    assert "1 error(s)" in out


def test_a_key_like_none_keeps_the_list_of_known_keys(tmp_path, capsys):
    config = write_config(tmp_path, colour="red")
    code, out = run_check(config, capsys)
    assert code == 2
    assert "unknown key 'colour' (known keys here: booking, content, coordinators," in out
