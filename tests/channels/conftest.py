"""The channels' end-to-end tests: a fake Bot API server with the staff group, which must have
refused nothing the bot sent by the end of a test."""

from __future__ import annotations

import pytest

from tests.support.e2e import STAFF_CHAT
from tests.support.fake_telegram import FakeTelegram


@pytest.fixture
async def tg():  # type: ignore[no-untyped-def]
    async with FakeTelegram() as server:
        server.group(STAFF_CHAT, "Staff")
        yield server
        assert not server.refused, f"the server refused: {server.refused}"
