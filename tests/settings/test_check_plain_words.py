"""`infopoint check` on mistakes a deployer makes in a text editor, said in plain words at their
line: a file saved in Windows-1250, a misspelt time zone, a chat's @name or a letter O in its id."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.support.check import run_check


@pytest.fixture(autouse=True)
def no_token(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


def _replace(config: Path, old: str, new: str) -> int:
    """Replace the first `old`; the 1-based line it was on."""
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.split(old)[0].count("\n") + 1


def test_a_config_saved_in_windows_1250_is_named_with_the_line_and_how_to_save_it(tmp_path, capsys):
    config = write_config(tmp_path)
    text = config.read_text(encoding="utf-8")
    first = next(i for i, line in enumerate(text.splitlines()) if not line.isascii()) + 1
    config.write_bytes(text.encode("cp1250", errors="replace"))
    code, out = run_check(config, capsys)
    assert code == 2
    assert f"config.yaml:{first}: error: not UTF-8 text: the byte 0x" in out, out
    assert "save the file as UTF-8 (in Notepad: File → Save as → Encoding: UTF-8)" in out


def test_a_misspelt_time_zone_is_named_with_the_one_meant(tmp_path, capsys):
    config = write_config(tmp_path)
    line = _replace(config, "timezone: Europe/Warsaw", "timezone: Europe/Warszawa")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line}: [timezone] error: unknown time zone 'Europe/Warszawa' — did you "
        "mean 'Europe/Warsaw'?"
    ) in out, out


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ('"@opole_staff"', "'@opole_staff' is the chat's name, not its id"),
        ("-100123456789O", "'-100123456789O' has letters in it (the letter O for a zero?)"),
    ],
)
def test_a_chat_id_written_as_a_name_or_with_a_letter_says_how_to_find_the_number(
    tmp_path, capsys, written, said
):
    config = write_config(tmp_path)
    line = _replace(config, "chat_id: -1001234567890", f"chat_id: {written}")
    code, out = run_check(config, capsys)
    assert code == 2
    assert f"config.yaml:{line}: [staff.chat_id] error: {said}" in out, out
    assert "getUpdates and copy `chat.id` (README, “Run it on Telegram”, step 2)" in out
