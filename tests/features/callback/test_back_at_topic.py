"""The callback form's topic step (tester report 7, #2): a word for «back» goes one step back
and a number that is no button asks again; neither becomes the request's description."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT


async def at_the_topic(dialogue) -> None:  # type: ignore[no-untyped-def]
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Ivan")
    await dialogue.send("601234567")
    assert "What is it about?" in dialogue.text


@pytest.mark.parametrize("typed", ["back", "назад", "wstecz", "вернуться", "« Назад"])
async def test_back_at_the_topic_goes_to_the_name_and_phone(dialogue, typed):
    await at_the_topic(dialogue)
    await dialogue.send(typed)
    assert "Use: Ivan" in " ".join(b.label for b in dialogue.buttons)
    assert "Description" not in dialogue.text
    await dialogue.press("Use: Ivan")
    assert "What is it about?" in dialogue.text


@pytest.mark.parametrize("typed", ["9", "0", "12"])
async def test_a_number_that_is_no_button_asks_for_the_topic_again(dialogue, typed):
    await at_the_topic(dialogue)
    await dialogue.send(typed)
    assert "Please answer with the buttons" in dialogue.text
    assert "What is it about?" in dialogue.text
    assert any(b.payload == "callback:topic:other" for b in dialogue.buttons)


async def test_back_while_changing_the_topic_returns_to_the_summary_unchanged(
    dialogue, delivery, platform
):
    await at_the_topic(dialogue)
    await dialogue.send("question about my card")
    await dialogue.press("English")
    await dialogue.press("As soon as possible")
    await dialogue.press("Change something")
    await dialogue.press("Topic")
    await dialogue.send("« Back")
    assert "Please check your request" in dialogue.text
    assert "Description: question about my card" in dialogue.text
    await dialogue.press("Send the request")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Back" not in card.text and "question about my card" in card.text


async def test_back_at_the_description_asks_the_topic_again(dialogue):
    await at_the_topic(dialogue)
    await dialogue.press("Something else")
    await dialogue.send("назад")
    assert "What is it about?" in dialogue.text
