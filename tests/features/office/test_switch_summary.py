"""Where a form goes, in a network (tester report 11, item 19): the summaries of a callback
request, a visit and a help request name the office; a consent asked again after a change of
office says why (another data administrator), not «Before we start»."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.support.assist import fill_translation
from tests.support.bookings import TUE_1330, book
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_with_services


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(write_network_with_services(tmp_path), clock=clock)
    yield app
    await app.close()


async def test_after_a_switch_the_consent_says_why_and_the_summary_where(network):
    olena = Dialogue(network.core, user_id="2001")
    await olena.send("/start north")
    await olena.send("/callback")
    assert "Before we start: your data" in olena.text  # the first time
    await olena.payload("person:agree")
    await olena.send("Olena")
    await olena.send("601 234 567")
    await olena.send("/office south")
    assert "Before we start" not in olena.text
    assert "Your data: South" in olena.text
    assert "South's information point has another data controller, so we ask for your" in (
        olena.text
    )
    assert "Gmina South" in olena.text
    await olena.press("I agree")
    await olena.payload("callback:topic:pesel")
    await olena.payload("callback:skip")
    await olena.payload("callback:language:uk")
    await olena.payload("callback:window:asap")
    assert "Please check your request\n📍 Information point: South\n👤 Name: Olena" in olena.text


async def test_the_consent_for_another_office_outside_a_form_says_why_too(network):
    olena = Dialogue(network.core, user_id="2001", language_hint="uk")
    await olena.send("/start north")
    await olena.send("/callback")
    await olena.payload("person:agree")
    await olena.send("/cancel")
    await olena.send("/office south")
    await olena.send("/callback")
    assert "В інформаційного пункту Південь інший адміністратор даних" in olena.text


async def test_a_visits_and_a_help_requests_summaries_name_the_office(network):
    olena = Dialogue(network.core, user_id="2001")
    await olena.send("/start north")
    await book(olena, TUE_1330)
    assert "Please check your booking\n📍 Information point: North\n" in olena.text
    await olena.send("/cancel")
    await fill_translation(olena)
    assert "📍 Information point: North\n👤 Name: Olena" in olena.text


async def test_a_single_office_names_no_office(app, dialogue):
    await book(dialogue, TUE_1330)
    assert "Please check your booking" in dialogue.text
    assert "Information point:" not in dialogue.text
