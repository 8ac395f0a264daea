"""What `infopoint run` refuses to start with, `infopoint check` names too, from the same code:
config.yaml's problems by file and line (Viber without a webhook, no channel, a Viber name too
long), the environment's by variable (a token not set: a note; a secret set wrongly: an error)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import write_config

HOOK = "https://bot.example.org"


def run(command: str, config: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main([command, "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def line_of(config: Path, section: str, key: str) -> int:
    """The 1-based line of `key:` under the top-level `section:`."""
    lines = config.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"{section}:")
    return next(i for i in range(start, len(lines)) if lines[i].startswith(f"  {key}:")) + 1


@pytest.fixture(autouse=True)
def no_tokens(monkeypatch):  # type: ignore[no-untyped-def]
    for name in ("TELEGRAM_BOT_TOKEN", "VIBER_AUTH_TOKEN", "TELEGRAM_WEBHOOK_SECRET"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("command", ["check", "run"])
def test_viber_without_a_webhook_is_named_at_viber_enabled(tmp_path, capsys, command):
    config = write_config(tmp_path, viber__enabled=True)
    code, out = run(command, config, capsys)
    assert code == 2
    line = line_of(config, "viber", "enabled")
    assert (
        f"config.yaml:{line}: [viber.enabled] error: Viber works only with a webhook (Viber "
        "cannot be polled): add a `webhook:` section with public_url"
    ) in out, out


@pytest.mark.parametrize("command", ["check", "run"])
def test_a_viber_name_longer_than_28_characters_is_refused(tmp_path, capsys, command):
    name = "Infopoint Starachowice (CIC)!"  # 29
    config = write_config(tmp_path, viber__bot_name=name)
    code, out = run(command, config, capsys)
    assert code == 2
    line = line_of(config, "viber", "bot_name")
    assert (
        f"config.yaml:{line}: [viber.bot_name] error: {name!r} is 29 characters: Viber shows "
        "at most 28 as the sender's name; shorten it"
    ) in out, out


def test_a_viber_name_of_28_characters_passes(tmp_path, capsys):
    config = write_config(tmp_path, viber__bot_name="Infopoint Starachowice (CIC)")
    code, out = run("check", config, capsys)
    assert code == 0, out


def test_no_channel_at_all_is_named_at_telegram_enabled(tmp_path, capsys):
    config = write_config(tmp_path, telegram__enabled=False)
    code, out = run("check", config, capsys)
    assert code == 2
    line = line_of(config, "telegram", "enabled")
    assert f"config.yaml:{line}: [telegram.enabled] error: neither telegram.enabled nor" in out


def test_check_names_a_missing_viber_token_with_the_words_run_refuses_with(
    tmp_path, capsys, monkeypatch
):
    config = write_config(tmp_path, viber__enabled=True, webhook__public_url=HOOK)
    code, out = run("check", config, capsys)
    assert code == 0, out  # check is often run without the service's environment file
    sentence = (
        "VIBER_AUTH_TOKEN is not set, and `infopoint run` needs it with viber.enabled: true: "
        "the Viber bot's token from the Viber Admin Panel"
    )
    assert f"note: {sentence}" in out
    assert "note: TELEGRAM_BOT_TOKEN is not set, and `infopoint run` needs it" in out
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    code, out = run("run", config, capsys)
    assert code == 2
    assert f"error: {sentence}" in out
    assert "TELEGRAM_BOT_TOKEN" not in out


def test_a_webhook_secret_set_wrongly_is_an_error_for_check_too(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "not allowed!")
    config = write_config(tmp_path, webhook__public_url=HOOK)
    code, out = run("check", config, capsys)
    assert code == 2
    assert "error: TELEGRAM_WEBHOOK_SECRET may only hold 1-256 letters, digits, _ and -" in out


@pytest.mark.parametrize("command", ["check", "run"])
def test_a_token_with_a_comment_after_it_is_refused(tmp_path, capsys, monkeypatch, command):
    """systemd's EnvironmentFile keeps `# from @BotFather` after a value as part of it."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc            # from @BotFather")
    code, out = run(command, write_config(tmp_path), capsys)
    assert code == 2
    assert "error: TELEGRAM_BOT_TOKEN has a space in it, which no token has" in out
    assert "abc" not in out  # a secret is never printed


@pytest.mark.parametrize("command", ["check", "run"])
def test_one_office_without_a_staff_chat_is_refused_saying_nobody_would_see_requests(
    tmp_path, capsys, monkeypatch, command
):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")  # (refused before any call to Telegram)
    config = write_config(tmp_path, staff__chat_id=None)
    code, out = run(command, config, capsys)
    assert code == 2
    staff = config.read_text(encoding="utf-8").splitlines().index("staff:") + 1
    assert (
        f"config.yaml:{staff}: [staff.chat_id] error: no staff chat (staff: chat_id): people who "
        "ask for a call back, send a help form or book a visit would be told «sent», but nobody "
        "on staff would see it"
    ) in out, out
    assert "“Run it on Telegram”, step 2" in out and "OK: the bot can post" not in out
