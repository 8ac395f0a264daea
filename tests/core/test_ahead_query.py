"""A typed question is searched once: the early search (bot/core/ahead.py, started before the
turn has the database) asks what the questions feature will ask (`Feature.searched`), also
when that is not the message as typed («я приїхала до Польщі …»: the move's word left out)."""

from __future__ import annotations

import pytest

from bot.app import build
from bot.search.searcher import Searcher
from tests.conftest import write_config
from tests.support.dialogue import Dialogue

LONG = (
    "Добрий день! Я приїхала до Польщі з двома дітьми і живемо у знайомих. Хочу зробити PESEL "
    "для себе і дітей, записати старшого до школи і знайти роботу, але не знаю, з чого почати."
)


@pytest.mark.parametrize("text", [LONG, LONG * 3, "як зробити pesel для дитини"])
async def test_a_question_is_searched_once(tmp_path, clock, monkeypatch, text):  # type: ignore[no-untyped-def]
    searched: list[str] = []
    search = Searcher.search

    def counted(self, query, lang=None):  # type: ignore[no-untyped-def]
        searched.append(query)
        return search(self, query, lang)

    monkeypatch.setattr(Searcher, "search", counted)
    app = await build(write_config(tmp_path), clock=clock, search="now")
    try:
        olena = Dialogue(app.core, user_id="4001", language_hint="uk")
        await olena.send("/start")
        searched.clear()
        await olena.send(text)
        assert olena.text  # answered
        assert len(searched) == 1, searched
    finally:
        await app.close()
