"""The shipped examples as a newcomer meets them."""

from __future__ import annotations

import datetime as dt

import pytest

from bot import search
from bot.app import build, load_static
from tests.conftest import ROOT, Clock

MONDAY = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)  # 10:00 in Warsaw


@pytest.fixture
async def example(tmp_path):  # type: ignore[no-untyped-def]
    """examples/network.yaml on a Monday morning, without the search."""
    app = await build(
        ROOT / "examples" / "network.yaml",
        storage_path=tmp_path / "example.sqlite3",
        clock=Clock(MONDAY),
        search="off",
    )
    yield app
    await app.close()


@pytest.fixture
async def searched_example(tmp_path):  # type: ignore[no-untyped-def]
    """examples/network.yaml on a Monday morning, with the search."""
    app = await build(
        ROOT / "examples" / "network.yaml",
        storage_path=tmp_path / "example.sqlite3",
        clock=Clock(MONDAY),
    )
    yield app
    await app.close()


@pytest.fixture
async def network(tmp_path):  # type: ignore[no-untyped-def]
    """examples/network.yaml with its search, on the coming Monday morning."""
    from tests.shipped.test_console_services import next_monday_morning

    app = await build(
        ROOT / "examples" / "network.yaml",
        storage_path=tmp_path / "network.sqlite3",
        clock=Clock(next_monday_morning()),
    )
    yield app
    await app.close()


@pytest.fixture(scope="session")
def searcher() -> search.Searcher:
    """The shipped config.yaml's index, built once for the shipped tests (they run in one worker:
    tests/support/xdist_groups.py)."""
    settings, kb = load_static(ROOT / "config.yaml")
    return search.build(kb, settings)


def at_once(searcher: search.Searcher, question: str, lang: str) -> tuple[str, str | None]:
    """The topic answered at once and the (English) heading of the part shown first."""
    result = searcher.search(question, lang)
    assert result.confident and result.best, result
    parts = searcher.parts.kb.topic("en", result.best.id).parts
    return result.best.id, None if result.part is None else parts[result.part].heading
