"""`infopoint run` keeps the checked content beside the database for its next start
(bot.content.kept): a restart answers from the files as they are then, never from an older copy."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.app import build
from bot.core.markup import to_plain
from bot.settings.yamldoc import InvalidFile
from tests.conftest import copy_content, write_config
from tests.support.dialogue import Dialogue


async def _pesel(config: Path, clock) -> str:  # type: ignore[no-untyped-def]
    """A start of `infopoint run`'s kind, and the PESEL topic as a person opens it."""
    app = await build(config, clock=clock, search="off", keep_content=True)
    try:
        dialogue = Dialogue(app.core)
        await dialogue.payload("topic:pesel")
        return to_plain(dialogue.replies[0].text)
    finally:
        await app.close()


async def test_a_restart_shows_a_topic_as_its_file_says_now(tmp_path, clock):
    content = copy_content(tmp_path)
    config = write_config(tmp_path, content__dir=str(content))
    first = await _pesel(config, clock)
    assert "11-digit number" in first
    assert await _pesel(config, clock) == first  # the same, from the kept copy
    faq = content / "faq_en.yaml"
    before = faq.stat()
    faq.write_text(faq.read_text(encoding="utf-8").replace("11-digit", "XX-digit"), "utf-8")
    # (a second later: the tests' own memo of read files goes by the time; the kept copy by
    # the bytes)
    os.utime(faq, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    edited = await _pesel(config, clock)
    assert "XX-digit number" in edited
    assert "11-digit" not in edited


async def test_a_restart_shows_the_config_s_new_values_in_the_answers(tmp_path, clock):
    config = write_config(tmp_path)
    assert "Ask Punkt Informacyjny dla Cudzoziemców" in await _pesel(config, clock)
    config = write_config(tmp_path, local__info_point="Punkt Obsługi Cudzoziemców, Radomska 45")
    answer = await _pesel(config, clock)
    assert "Ask Punkt Obsługi Cudzoziemców" in answer
    assert "Punkt Informacyjny" not in answer


async def test_a_restart_after_a_content_error_does_not_start_from_the_kept_copy(tmp_path, clock):
    content = copy_content(tmp_path)
    config = write_config(tmp_path, content__dir=str(content))
    assert "11-digit number" in await _pesel(config, clock)
    faq = content / "faq_en.yaml"
    faq.write_text(faq.read_text(encoding="utf-8").replace("title: PESEL", "titel: PESEL"))
    with pytest.raises(InvalidFile) as found:
        await _pesel(config, clock)
    assert any("faq_en.yaml" in problem.file for problem in found.value.problems)


async def test_a_broken_kept_copy_is_read_as_none(tmp_path, clock):
    config = write_config(tmp_path)
    first = await _pesel(config, clock)
    for kept in ("content.pickle", "strings.pickle"):
        (tmp_path / kept).write_bytes(b"not a pickle")
    assert await _pesel(config, clock) == first
