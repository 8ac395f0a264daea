"""`infopoint chat --help` explains how to play the staff side, as the chat's banner does."""

from __future__ import annotations

import pytest

from bot.cli import main


def test_chat_help_explains_the_staff_role_play(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["chat", "--help"])
    assert exited.value.code == 0
    help_text = capsys.readouterr().out
    for told in ("/as staff [office]", "/as coordinator", "s1, s2", "/reply N text"):
        assert told in help_text
    assert "/as person" in help_text and "/quit" in help_text
    assert "--lang" in help_text  # the options stay
