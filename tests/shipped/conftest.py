"""The shipped examples as a newcomer meets them."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build
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
