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


# «ой ні, 797 123 456» after a refused number: «ой ні» was kept as a note for staff (tester 41,
# F11); a self-correction alone is no note, a real one still is
CORRECTED = {
    "uk": ("ой ні, 797 123 456", "Телефон", "біля номера"),
    "ru": ("нет, вот: 797 123 456", "Телефон", "рядом с номером"),
    "en": ("sorry, my number is 797 123 456", "Phone", "with the number"),
    "pl": ("przepraszam, to jest 797 123 456", "Telefon", "przy numerze"),
}


@pytest.mark.parametrize("lang", sorted(CORRECTED))
async def test_a_self_correction_before_the_number_is_no_note(dialogue, lang):
    typed, phone, note = CORRECTED[lang]
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Оксана")
    await dialogue.send("0 797 12 34 56")
    await dialogue.send(typed)
    assert f"✅ {phone}: +48 797 123 456" in dialogue.text, dialogue.text
    assert note not in dialogue.text, dialogue.text


async def test_a_note_beside_a_corrected_number_is_still_kept(dialogue):
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Оксана")
    await dialogue.send("ой ні, 797 123 456 після 17")
    assert "біля номера" in dialogue.text and "після 17" in dialogue.text, dialogue.text
