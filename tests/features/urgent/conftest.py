"""The danger screen is tested on the fixture deployment with the fixture catalogue (the
psychologist's form, a career counsellor's times)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.services import write_services_config


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_services_config(tmp_path)
