"""The fixture network: tests/fixture/config.yaml (every office's defaults) with the offices of
tests/fixture/network.yaml, on a temp database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import FIXTURE, write_config
from tests.support.services import catalogue
from tests.support.yamlfiles import read_yaml

NORTH_CHAT = -1001000000001
FORUM_CHAT = -1001000000002  # South's and East's supergroup
SOUTH_TOPIC, EAST_TOPIC = 11, 12
COORDINATORS_CHAT = -1001000000009


def write_network_config(tmp_path: Path, **overrides: Any) -> Path:
    network = read_yaml(FIXTURE / "network.yaml")
    return write_config(tmp_path, **{**network, **overrides})


def write_network_with_services(tmp_path: Path, **east: Any) -> Path:
    """The fixture network, every office offering the fixture catalogue, East `east` instead."""
    network = read_yaml(FIXTURE / "network.yaml")
    for office in network["offices"].values():
        office.update(catalogue())
    network["offices"]["east"].update(east)
    return write_config(tmp_path, **network)
