"""The example network's first screen (examples/network.yaml, the shipped content): «opel» is
asked about as Opole, small talk gets a friendly line, «що робити» is no town, «Olesno» is kept
as the person's town with Opole first (tests/features/office/test_gate_first_screen.py: the
same on the test network)."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content


@pytest.mark.parametrize(
    ("hint", "said"),
    [
        ("en", "«opel»: did you mean Opole?"),
        ("pl", "«opel»: czy chodziło o Opole?"),
    ],
)
async def test_opel_is_asked_about_as_opole(network, hint, said):
    person = Dialogue(network.core, user_id=f"opel-{hint}", language_hint=hint)
    await person.payload(f"language:{hint}")
    await person.send("opel")
    assert said in person.text, person.text
    assert person.buttons[0].label == "Opole"
    await person.press("Opole")
    assert "Opole" in person.text


@pytest.mark.parametrize("typed", ["привіт", "дякую", "що робити"])
async def test_ordinary_words_at_the_first_screen_are_no_town(network, typed):
    person = Dialogue(network.core, user_id=f"first-{typed}", language_hint="uk")
    await person.send(typed)
    assert "Я не знаю міста" not in person.text, person.text
    assert "Ополе" in [b.label for b in person.buttons]


async def test_olesno_is_kept_with_opole_first(network):
    person = Dialogue(network.core, user_id="olesno", language_hint="pl")
    await person.payload("language:pl")
    await person.send("Olesno")
    await person.send("/mydata")
    assert "Twoje miasto: Olesno" in person.text, person.text
    await person.send("/office")
    assert person.buttons[0].label == "Opole"
