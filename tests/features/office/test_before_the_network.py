"""Someone who used the bot before it served a network (or before their office was added) has a
session with a language and no office. They are asked for their office as a newcomer is, never
shown a menu naming an office that is not theirs; whatever they sent first goes on after the
choice."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.conftest import write_config
from tests.support.callbacks import request_callback
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_config

OFFICES = ["North", "South", "East"]


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    """The one-office deployment Olena used (her language chosen, a callback requested), then
    the same database serving the fixture network."""
    single = await build(write_config(tmp_path), clock=clock)
    olena = Dialogue(single.core, user_id="2401")
    await olena.send("/start")
    await olena.press("English")
    await request_callback(olena)
    await single.close()
    app = await build(write_network_config(tmp_path), clock=clock)
    yield app
    await app.close()


def olena(app) -> Dialogue:  # type: ignore[no-untyped-def]
    return Dialogue(app.core, user_id="2401")


def offered(person: Dialogue) -> list[str]:
    return [b.label for b in person.buttons]


async def test_coming_back_in_her_language_shows_the_list_not_a_menu_naming_an_office(network):
    person = olena(network)
    await person.payload("language:en")  # what the terminal and a language button send
    assert person.text.startswith("✅ Language: English.")
    assert "Which information point is yours?" in person.text
    assert offered(person)[:3] == OFFICES
    assert not any(": change" in label for label in offered(person))
    await person.press("South")
    assert "Your information point: South" in person.text
    assert "📍 South: change" in offered(person)


async def test_start_shows_the_list(network):
    person = olena(network)
    await person.send("/start")
    assert "Which information point is yours?" in person.text
    assert offered(person)[:3] == OFFICES


async def test_a_tap_on_an_old_menu_goes_on_after_the_choice(network):
    person = olena(network)
    await person.payload("category:health")
    assert person.text.startswith("First choose your information point")
    await person.press("East")
    assert "Your information point: East" in person.text
    assert "Health" in person.text and "choose a topic" in person.text


async def test_a_typed_question_is_answered_after_the_choice(network):
    person = olena(network)
    await person.send("how do I get a PESEL number")
    assert person.text.startswith("First choose your information point")
    await person.press("South")
    assert "PESEL in Southville is given at the South Desk only" in person.text


async def test_mybookings_shows_her_earlier_request_after_the_choice(network):
    person = olena(network)
    await person.send("/mybookings")
    assert person.text.startswith("First choose your information point")
    await person.press("North")  # the default office: the request made before is its own
    assert "Your information point: North" in person.text
    assert "Callback request #T1" in person.text


async def test_help_before_the_choice_names_no_office(network):
    person = olena(network)
    await person.send("/help")
    assert "/office" in person.text
    assert "📍 Choose your information point" in offered(person)
    assert not any(": change" in label for label in offered(person))
    await person.press("Choose your information point")
    assert offered(person)[:3] == OFFICES
