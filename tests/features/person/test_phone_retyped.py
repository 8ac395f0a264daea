"""Tester 24, item 13: a phone number typed at «is this a question?» (asked after a question
typed at the phone step) is the phone step's answer, not «choose one of the two buttons»; a
number typed again at the next step (the first one read the wrong way) is the phone now, not
«please use the buttons»."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, at_the_name_step, confirm_payload

QUESTIONS = {
    "ru": ("Ольга", "где сделать песель?", "Телефон"),
    "uk": ("Оксана", "де зробити песель?", "Телефон"),
    "en": ("Olena", "where do I get a pesel?", "Phone"),
    "pl": ("Olena", "gdzie zrobić pesel?", "Telefon"),
}


@pytest.mark.parametrize("lang", sorted(QUESTIONS))
async def test_a_number_typed_at_the_offer_is_the_phone(dialogue, lang):
    name, question, phone = QUESTIONS[lang]
    await at_the_name_step(dialogue, lang)
    await dialogue.send(name)
    await dialogue.send(question)
    assert any(b.payload == "typed:answer" for b in dialogue.buttons)  # is it a question?
    await dialogue.send("+48600111222")
    assert f"✅ {phone}: +48 600 111 222" in dialogue.text
    assert any(b.payload.startswith("callback:category") for b in dialogue.buttons)


@pytest.mark.parametrize("lang", sorted(QUESTIONS))
async def test_a_number_typed_again_at_the_topics_replaces_the_phone(
    dialogue, delivery, platform, lang
):
    name, _, phone = QUESTIONS[lang]
    await at_the_name_step(dialogue, lang)
    await dialogue.send(name)
    await dialogue.send("0512345678")
    assert "+380 512 345 678" in dialogue.text  # read as Ukrainian
    await dialogue.send("+48 512 345 678")
    assert f"✅ {phone}: +48 512 345 678" in dialogue.text
    assert any(b.payload.startswith("callback:category") for b in dialogue.buttons)
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload(f"callback:language:{lang}")
    await dialogue.payload("callback:window:asap")
    assert "+48 512 345 678" in dialogue.text and "+380" not in dialogue.text  # the summary
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "+48 512 345 678" in card.text and "+380" not in card.text
