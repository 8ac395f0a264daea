"""A town typed at the list of offices opened in the middle of a form (tester 42, F8): «гданьск»
at /office's list, the callback request at its phone step, was read as the phone number
(«⚠️ That does not look like a valid number»), the list gone. Now the town answers the list, as
on the first screen: an office's town chooses it; a town with none, the list again with the
nearest first; anything else (a phone number after all) is the form's."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_config


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(write_network_config(tmp_path), clock=clock, search="off")
    yield app
    await app.close()


async def _at_the_phone(app, lang: str) -> Dialogue:  # type: ignore[no-untyped-def]
    person = Dialogue(app.core, user_id=f"town-{lang}", language_hint=lang)
    await person.send("/start north")
    await person.payload("callback")
    await person.payload("person:agree")
    await person.send("Olena")
    await person.send("/office")
    return person


async def test_an_offices_town_typed_at_the_list_in_a_form_chooses_it(network):
    for lang in ("uk", "ru", "pl", "en"):
        person = await _at_the_phone(network, lang)
        await person.send("Southville")
        assert "⚠️" not in person.text, lang
        # chosen: its own consent asked (another data controller), the form kept
        assert any(b.payload == "person:agree" for b in person.buttons), lang
    await person.send("/mydata")
    assert "Information point: South" in person.text


async def test_a_town_without_an_office_gets_the_list_with_the_nearest_first(network):
    person = await _at_the_phone(network, "en")
    await person.send("Sopot")
    assert "In Sopot we have no information point. The nearest is North" in person.text
    assert person.buttons[0].payload == "office:north"
    await person.send("601 234 567")  # not a town: the form's phone step takes it
    assert "⚠️" not in person.text
    await person.send("/mydata")
    assert "601 234 567" in person.text or "601234567" in person.text
