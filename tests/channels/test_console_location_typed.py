"""Tester 22, item 19: in the terminal, «lat, lon» typed right after «📍 The nearest to me» is
the location shared (as the «Send my location» button then typed), not a question."""

from __future__ import annotations

import pytest

from tests.channels.test_console import run_chat
from tests.support.network import write_network_config


@pytest.mark.parametrize("typed", ["50.05, 19.93", "50,05 19,93"])  # with Polish decimal commas
async def test_coordinates_typed_after_the_nearest_to_me_choose_the_office(tmp_path, typed):
    steps = ["4", typed, "/quit"]
    out = await run_chat(tmp_path, steps, config=write_network_config(tmp_path))
    after = out.split(typed)[0].rsplit("person> ", 1)[0]
    assert "Send my location" in after  # asked for it
    chosen = out.split("person> ")[2]
    assert "The nearest information point is South" in chosen
    assert "First choose your information point" not in chosen
