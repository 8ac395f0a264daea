"""Every appointment test runs on the fixture deployment with the fixture catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.services import write_services_config


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_services_config(tmp_path)
