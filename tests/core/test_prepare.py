"""What a bot reads once is read at start, in a thread, not in the first person's turn: the
danger screen's phrase tables (one for each kind of danger, and a medical emergency's), the cries
and pleas, the typed menu and person words."""

from __future__ import annotations

import asyncio
import importlib

from bot.app import build
from bot.features.questions import typed
from bot.features.urgent import words

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
