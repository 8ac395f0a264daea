"""Help requests run on the fixture deployment with the fixture catalogue (translation and
transport are its help services)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build
from tests.support.callbacks import StaffMember
from tests.support.services import write_services_config


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_services_config(tmp_path)


@pytest.fixture
async def app(config_path: Path, clock):  # type: ignore[no-untyped-def]
    """No question index: nothing here asks the knowledge base (a second a test saved)."""
    application = await build(config_path, clock=clock, search="off")
    yield application
    await application.close()


@pytest.fixture
def anna(app) -> StaffMember:  # type: ignore[no-untyped-def]
    return StaffMember(app.core, "501", "Anna Nowak")
