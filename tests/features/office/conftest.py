"""The test network with East's own area (`towns:`), for the tests of a county's gminas."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from bot.app import build
from tests.conftest import FIXTURE, write_config

EAST_TOWNS: list[Any] = [
    {
        "name": "Wąchock",
        "forms": ["Вонхоцьк"],
        "city_office": {
            "name": "Urząd Miasta i Gminy w Wąchocku",
            "label": {
                "uk": "Urząd Miasta i Gminy w Wąchocku (міська і гмінна управа)",
                "ru": "Urząd Miasta i Gminy w Wąchocku (управа города и гмины)",
                "en": "Wąchock Town and Gmina Office (Urząd Miasta i Gminy w Wąchocku)",
            },
        },
    },
    {"name": "Brody", "abroad": True},
    {"name": "Mirzec", "forms": ["Mircu"]},
]


@pytest.fixture
async def area_network(tmp_path, clock):  # type: ignore[no-untyped-def]
    network = yaml.safe_load((FIXTURE / "network.yaml").read_text(encoding="utf-8"))
    network["offices"]["east"]["towns"] = EAST_TOWNS
    app = await build(write_config(tmp_path, **network), clock=clock)
    yield app
    await app.close()
