"""`infopoint chat`: the terminal channel a content editor or newcomer tries first."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, write_config

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1, subprocesses or the whole content


def test_terminal_chat_numbers_buttons_and_follows_them(tmp_path):
    config = write_config(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--lang", "pl", "--config", str(config)],
        input="4\n1\n/contact\n/quit\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert "[4] 🇵🇱 Polski" in out
    assert "Menu główne" in out or "Język: polski" in out
    assert "Dokumenty" in out  # category 1 opened after choosing Polish
    assert "Wtorek 13:00–15:30" in out
    assert "Traceback" not in result.stderr
    assert (tmp_path / "console.sqlite3").exists(), "the terminal keeps its own database"
