"""A need of one word («Ahmed») at «describe it in a few words» is asked about once (tester 38,
F10): a name typed there would have been the legal matter on the advisor's card."""

from __future__ import annotations

from tests.support.appointments import STAFF_CHAT, give_details
from tests.support.bookings import to_chat
from tests.support.dialogue import Dialogue


async def _at_the_need(dialogue: Dialogue) -> None:
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")


async def test_a_name_at_the_need_is_asked_about_and_the_matter_typed_then_kept(app, dialogue):
    await _at_the_need(dialogue)
    await dialogue.send("Ahmed")
    assert "Only “Ahmed”?" in dialogue.text and "What is your name" not in dialogue.text
    await dialogue.send("my employer does not pay my salary")
    await give_details(dialogue, "Ahmed", "601 234 567")
    send = next(b for b in dialogue.buttons if b.payload.startswith("appt:send:"))
    await dialogue.payload(send.payload)
    card = (await to_chat(app.core, STAFF_CHAT))[-1].text
    assert "my employer does not pay my salary" in card


async def test_one_word_that_is_the_matter_is_kept_with_a_tap(app, dialogue):
    await _at_the_need(dialogue)
    await dialogue.send("Rozwód")
    await dialogue.press("Yes, that is my matter")
    assert "What is your name" in dialogue.text
    await give_details(dialogue, "Olena", "601 234 567")
    assert "Rozwód" in dialogue.text  # on the summary
