"""/mydata tells the truth about consent in a network (tester report 11, item 22): the consent
given to the old office's administrator, and none to the new office's, after declining it; each
administrator agreed to, with its date (tester 37, F21)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build
from tests.conftest import Clock
from tests.support.callbacks import request_callback
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_config


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(write_network_config(tmp_path), clock=clock)
    yield app
    await app.close()


async def test_after_declining_the_new_offices_consent_mydata_says_so(network):
    olena = Dialogue(network.core, user_id="2001")
    await olena.send("/start north")
    await request_callback(olena)  # agreed with North's administrator
    await olena.send("/mydata")
    assert "given on 23 November 2026 to Gmina North\n" in olena.text  # one office: as before
    await olena.send("/office south")
    await olena.send("/callback")
    await olena.press("No, thanks")
    await olena.send("/mydata")
    assert "Information point: South" in olena.text
    assert "given on 23 November 2026 to Gmina North (North)" in olena.text
    assert "No consent given to South: it will be asked when" in olena.text
    assert "Its data controller: Gmina South." in olena.text
    await olena.send("/callback")
    await olena.press("I agree")
    await olena.send("/mydata")
    assert "to Gmina South" in olena.text and "No consent given" not in olena.text
    # tester 37, F21: the first administrator is still named, each with its date
    assert "given on 23 November 2026 to Gmina North (North)" in olena.text
    assert "given on 23 November 2026 to Gmina South (South)" in olena.text


async def test_each_administrator_agreed_to_is_named_with_its_date_and_still_holds(network, clock):
    """Tester 37, F21: after agreeing with two offices' administrators /mydata named only the
    last. Each is named with its own date; back at the first office, not asked again."""
    olena = Dialogue(network.core, user_id="2003")
    await olena.send("/start north")
    await request_callback(olena)
    clock.advance(days=2)
    await olena.send("/office south")
    await request_callback(olena)  # agreed with South's administrator two days later
    await olena.send("/mydata")
    assert "given on 23 November 2026 to Gmina North (North)" in olena.text
    assert "given on 25 November 2026 to Gmina South (South)" in olena.text
    await olena.send("/office north")
    await olena.send("/callback")
    assert not any(b.payload == "person:agree" for b in olena.buttons)  # given there already


async def test_consent_given_after_midnight_in_poland_is_dated_that_day(tmp_path):
    """23:07 UTC on 5 December is 00:07 on the 6th in Warsaw (tester report 16, item 3): the
    consent is dated as the request given a minute later is, in the office's time zone."""
    late = Clock(dt.datetime(2026, 12, 5, 23, 7, tzinfo=dt.UTC))
    app = await build(write_network_config(tmp_path), clock=late)
    try:
        olena = Dialogue(app.core, user_id="2002")
        await olena.send("/start north")
        await request_callback(olena)
        await olena.send("/mydata")
        assert "given on 6 December 2026 to Gmina North" in olena.text
    finally:
        await app.close()
