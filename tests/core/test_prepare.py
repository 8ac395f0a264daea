"""What a bot reads once is read at start, in a thread, not in the first person's turn: the
danger screen's phrase tables (one for each kind of danger, and a medical emergency's), the cries
and pleas, the typed menu and person words. The danger tables built on a first start are kept in
a file that a restart reads instead of building them again (bot/features/urgent/stored.py)."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import build
from bot.features import urgent
from bot.features.questions import typed
from bot.features.urgent import stored, words

cries = importlib.import_module(
    "bot.features.urgent.cries"
)  # (the package's `cries` is a function)


async def test_the_features_word_tables_are_read_at_start_before_anyone_writes(config_path):
    tables = (words.table, cries._lists, cries._pleas, typed._lists)
    read = len(words.DANGER) + 1  # (and the medical emergencies')
    for table in tables:
        table.cache_clear()
    app = await build(config_path, search="background")
    try:
        for _ in range(100):  # read in a thread while the channels would start
            if words.table.cache_info().currsize == read and all(
                table.cache_info().currsize for table in tables
            ):
                break
            await asyncio.sleep(0.05)
        assert [table.cache_info().currsize for table in tables] == [read, 1, 1, 1]
        assert [table.cache_info().misses for table in tables] == [read, 1, 1, 1]
    finally:
        await app.services.search.ready(app.services.settings.default_office)
        await app.close()


@pytest.fixture
def kept_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache directory of the bot's own (systemd's `CacheDirectory=`); the tables read afresh
    at each `_start`, and again from where they were after the test."""
    monkeypatch.setenv("CACHE_DIRECTORY", str(tmp_path))
    yield tmp_path / "danger" / stored.FILENAME
    monkeypatch.undo()
    _start()


def _start() -> dict[str, tuple[object, object]]:
    """The danger screen's start (its feature's `prepare`), as a new process runs it."""
    stored.forget()
    for cached in (words.table, words.latin_table, words.detect):
        cached.cache_clear()
    for prepare in urgent.FEATURE.prepare:
        prepare()
    return {name: (words.table(name), words.latin_table(name)) for name in words.DANGER}


def test_a_restart_reads_the_danger_tables_the_first_start_kept(kept_in: Path) -> None:
    kept_in.parent.mkdir()
    kept_in.write_bytes(b"half of a file from a start that died")
    built = _start()
    assert stored.load() is None  # (the broken file ignored: built, and written again)
    read = _start()
    assert stored.load() is not None
    assert read == built  # the same phrases, their words, ends and order alike
    # and a person in danger is told so as before (a break-in under way too: kept, not asked)
    assert urgent.kinds.kinds("чоловік мене бʼє, я боюсь") == ["violence"]
    assert words.detect("someone is breaking into my flat now", words.BREAK_IN)
