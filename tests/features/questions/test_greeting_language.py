"""A greeting or thanks as a newcomer's first message, on a phone set to English (the tenth
tester, the eighth session): written in its language's own letters, it is answered in that
language as a question is (`questions.follow_language`), with the way back; «привет»,
«здравствуйте» (words Ukrainians write too) also offer Ukrainian; Polish is offered, not
followed; a greeting in Latin letters («privet», «namaste»), misspelt or not, stays in the
person's language and is a greeting, not «did you mean» of random topics."""

from __future__ import annotations

import pytest


def payloads(dialogue) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.payload for b in dialogue.buttons]


async def test_a_russian_greeting_is_answered_in_russian_with_english_and_ukrainian_offered(
    dialogue,
):
    await dialogue.send("здравствуйте")
    assert dialogue.text.startswith("👋 Здравствуйте!")
    assert dialogue.button("English").payload == "answer:lang:en"
    assert dialogue.button("українською").payload == "answer:lang:uk"
    await dialogue.send("/menu")
    assert dialogue.button("Документы")  # Russian from now on (a guess: not chosen)


async def test_a_ukrainian_greeting_is_answered_in_ukrainian(dialogue):
    await dialogue.send("добрий день")
    assert dialogue.text.startswith("👋 Вітаю!")
    assert dialogue.button("English").payload == "answer:lang:en"
    assert "answer:lang:ru" not in payloads(dialogue)


async def test_a_russian_greeting_with_a_letter_only_russian_has_offers_english_alone(dialogue):
    await dialogue.send("добрый день")
    assert dialogue.text.startswith("👋 Здравствуйте!")
    assert [p for p in payloads(dialogue) if p.startswith("answer:lang:")] == ["answer:lang:en"]


async def test_the_way_back_answers_the_greeting_again_in_english_and_keeps_it(dialogue):
    await dialogue.send("привет")
    await dialogue.press("English")
    assert dialogue.text.startswith("👋 Hello!")
    assert dialogue.button("по-русски").payload == "answer:lang:ru"  # offered, no longer followed
    await dialogue.send("спасибо")
    assert dialogue.text.startswith("You're welcome!")


async def test_a_polish_greeting_offers_polish(dialogue):
    await dialogue.send("dzień dobry")
    assert dialogue.text.startswith("👋 Hello!")
    assert dialogue.button("po polsku").payload == "answer:lang:pl"
    await dialogue.send("/menu")
    assert dialogue.button("Documents")  # still English


async def test_a_language_chosen_is_kept_and_the_greetings_language_offered(dialogue):
    await dialogue.payload("language:en")
    await dialogue.send("здравствуйте")
    assert dialogue.text.startswith("👋 Hello!")
    assert dialogue.button("по-русски").payload == "answer:lang:ru"


@pytest.mark.parametrize(
    "typed",
    ["здраствуйте", "zdravstvuite", "dobryi den", "namaste", "salam", "privet", "hello sir"],
)
async def test_a_misspelt_or_transliterated_greeting_is_a_greeting_in_the_persons_language(
    dialogue, typed
):
    await dialogue.send(typed)
    assert dialogue.text.startswith("👋 Hello!")
    assert not [p for p in payloads(dialogue) if p.startswith("answer:")]


async def test_an_acknowledgement_does_not_move_a_newcomer(dialogue):
    await dialogue.send("да")
    assert "answer:lang:ru" not in payloads(dialogue)
    await dialogue.send("/menu")
    assert dialogue.button("Documents")
