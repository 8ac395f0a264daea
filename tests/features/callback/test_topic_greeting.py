"""Tester 24, item 17: a greeting typed at «What is it about?» is not the matter (the topics
again, saying what to do), and a matter whose topics the search finds in one category is
«Something else» in that category («my residence card application, no news for 8 months»:
Documents), not «Something else» at large."""

from __future__ import annotations

import pytest

from tests.support.callbacks import at_the_name_step

GREETINGS = {
    "uk": ("привіт", "👋 Вітаємо! Щоб передати ваш запит"),
    "ru": ("здравствуйте", "👋 Здравствуйте! Чтобы передать вашу заявку"),
    "en": ("hello", "👋 Hello! To pass your request on"),
    "pl": ("dzień dobry", "👋 Dzień dobry! Żeby przekazać Twoją prośbę"),
}


@pytest.mark.parametrize("lang", sorted(GREETINGS))
async def test_a_greeting_at_the_topics_is_not_the_matter(dialogue, lang):
    typed, said = GREETINGS[lang]
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.send(typed)
    assert said in dialogue.text
    assert any(b.payload.startswith("callback:category") for b in dialogue.buttons)  # again
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload(f"callback:language:{lang}")
    await dialogue.payload("callback:window:asap")
    assert typed not in dialogue.text.casefold()  # the summary: no description «hello»


async def test_a_matter_about_a_residence_card_is_filed_under_documents(dialogue):
    await at_the_name_step(dialogue, "en")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.send("my residence card application, no news for 8 months")
    await dialogue.press("English")
    await dialogue.press("As soon as possible")
    assert "📌 Topic: 📄 Documents and legal stay · something else" in dialogue.text
    assert "my residence card application, no news for 8 months" in dialogue.text
