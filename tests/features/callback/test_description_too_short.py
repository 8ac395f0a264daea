"""A stray number («3», «12») or a word too short («ok») typed at a callback request's
description is not kept: the person is asked for a few words, as at an appointment's need
(bot.core.words.too_short); an optional description may be skipped, also by a typed «no»."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, at_the_name_step, confirm_payload

TOO_SHORT = "Please write a bit more, at least 3 characters"


async def at_the_description(dialogue, topic: str = "pesel", lang: str | None = None) -> None:  # type: ignore[no-untyped-def]
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Ivan")
    await dialogue.send("601234567")
    await dialogue.payload(f"callback:topic:{topic}")


@pytest.mark.parametrize("typed", ["3", "12", "ok", "?!", "1 2"])
async def test_a_stray_number_at_the_description_asks_for_a_few_words(
    dialogue, delivery, platform, typed
):
    await at_the_description(dialogue)
    await dialogue.send(typed)
    assert TOO_SHORT in dialogue.text
    assert "In which language should we call you?" not in dialogue.text
    assert dialogue.button("Skip")  # optional: it may still be skipped
    await dialogue.send("my son needs a PESEL")
    assert "In which language should we call you?" in dialogue.text
    await dialogue.payload("callback:language:en")
    await dialogue.payload("callback:window:asap")
    assert "Description: my son needs a PESEL" in dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "my son needs a PESEL" in card.text


async def test_a_matter_of_something_else_too_short_has_no_skip(dialogue):
    await at_the_description(dialogue, "other")
    await dialogue.send("3")
    assert TOO_SHORT in dialogue.text
    assert not any(b.payload == "callback:skip" for b in dialogue.buttons)
    await dialogue.send("no")  # the matter is needed: «no» is too little too
    assert TOO_SHORT in dialogue.text


@pytest.mark.parametrize("typed", ["no", "ні", "nie"])
async def test_a_no_at_an_optional_description_skips_it(dialogue, typed):
    await at_the_description(dialogue)
    await dialogue.send(typed)
    assert "In which language should we call you?" in dialogue.text
    await dialogue.payload("callback:language:en")
    await dialogue.payload("callback:window:asap")
    assert "Description: —" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("uk", "Напишіть, будь ласка, трохи більше (щонайменше символів: 3)"),
        ("ru", "Напишите, пожалуйста, чуть подробнее (минимум символов: 3)"),
        ("pl", "Napisz, proszę, trochę więcej (co najmniej 3 znaki)"),
    ],
)
async def test_the_few_words_are_asked_for_in_the_persons_language(dialogue, lang, said):
    await at_the_description(dialogue, lang=lang)
    await dialogue.send("12")
    assert said in dialogue.text


@pytest.mark.parametrize("typed", ["ok", "12"])
async def test_too_little_typed_at_the_topic_asks_for_the_topic_again(dialogue, typed):
    await at_the_name_step(dialogue)
    await dialogue.send("Ivan")
    await dialogue.send("601234567")
    await dialogue.send(typed)
    assert "Please answer with the buttons" in dialogue.text
    assert "What is it about?" in dialogue.text
