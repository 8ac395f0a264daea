"""«tak» typed on a service's page, whose one main action is «🙋 Request this help», presses it
(tester 38, F8): the request starts; a yes elsewhere is not taken for a page seen before."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("lang", "yes"), [("pl", "tak"), ("uk", "так"), ("ru", "да"), ("en", "yes")]
)
async def test_a_yes_on_a_service_page_starts_its_request(dialogue: Dialogue, lang, yes):
    dialogue.language_hint = lang
    await dialogue.payload("service:translation")
    assert any(b.payload == "assist:open:translation" for b in dialogue.buttons)
    await dialogue.send(yes)
    assert any(b.payload == "person:agree" for b in dialogue.buttons), dialogue.text


async def test_a_yes_after_leaving_the_page_starts_nothing(dialogue: Dialogue):
    await dialogue.payload("service:translation")
    await dialogue.payload("menu")
    await dialogue.send("yes")
    assert not any(b.payload == "person:agree" for b in dialogue.buttons)
