"""A help request's note (the text field `note`, «Anything else?») is a few words, as an
appointment's need and a callback's description (bot.core.words.too_short): a stray number
(«3», «12») is not kept; an optional note may still be skipped, by its button or a typed «no»."""

from __future__ import annotations

import pytest

from tests.support.assist import send_payload, up_to_the_form
from tests.support.callbacks import STAFF_CHAT
from tests.support.dialogue import Dialogue


async def at_the_note(dialogue: Dialogue) -> None:
    await up_to_the_form(dialogue, "translation")
    await dialogue.payload("assist:pick:0:1")  # Diploma
    await dialogue.send("1.12")
    await dialogue.payload("assist:pick:2:uk")
    assert "Anything else?" in dialogue.text


@pytest.mark.parametrize("typed", ["3", "12", "ok"])
async def test_a_stray_number_as_the_note_asks_for_a_few_words(
    dialogue: Dialogue, delivery, platform, typed
):
    await at_the_note(dialogue)
    await dialogue.send(typed)
    assert "Please write a bit more, at least 3 characters" in dialogue.text
    assert "Anything else?" in dialogue.text and dialogue.button("Skip")
    await dialogue.send("two copies, please")
    assert "Please check your request" in dialogue.text
    assert "Anything else? — two copies, please" in dialogue.text
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "two copies, please" in card.text


@pytest.mark.parametrize("typed", ["no", "ні", "нет", "nie"])
async def test_a_no_skips_an_optional_note(dialogue: Dialogue, typed):
    await at_the_note(dialogue)
    await dialogue.send(typed)
    assert "Please check your request" in dialogue.text
    assert "Anything else? — —" in dialogue.text


async def test_the_few_words_are_asked_for_in_ukrainian(dialogue: Dialogue):
    dialogue.language_hint = "uk"
    await up_to_the_form(dialogue, "translation")
    await dialogue.payload("assist:pick:0:1")
    await dialogue.send("1.12")
    await dialogue.payload("assist:pick:2:uk")
    await dialogue.send("5")
    assert "щонайменше символів: 3" in dialogue.text and "Щось іще?" in dialogue.text


async def test_a_number_is_still_an_answer_where_a_field_is_no_note(dialogue: Dialogue):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("1.12")
    await dialogue.send("10:00")
    await dialogue.send("12")  # «Where to?»: not the note, kept as typed
    assert "Please write a bit more" not in dialogue.text
