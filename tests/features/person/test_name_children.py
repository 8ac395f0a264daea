"""A parent typing their children at their own name step («dwoje: Masza 8 i Petro 5», «двоє
дітей: Маша 8, Петро 5»): not offered as a question, never saved as the name: the parent's own
name is asked, saying the children come later if the form asks for them (names.children)."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

CHILDREN = {
    "uk": "двоє дітей: Маша 8, Петро 5",
    "ru": "двое детей: Маша 8 и Петя 5",
    "en": "two kids, Anna 8 and Tom 5",
    "pl": "dwoje: Masza 8 i Petro 5",
}
CHILD = {"uk": "Маша", "ru": "Маша", "en": "Anna", "pl": "Masza"}
OWN_NAME = {
    "uk": "Спершу напишіть, будь ласка, своє ім'я",
    "ru": "Сначала, пожалуйста, напишите своё имя",
    "en": "First, please type your own name",
    "pl": "Najpierw wpisz, proszę, swoje imię",
}
LATER = {
    "uk": "Про дітей запитаємо далі",
    "ru": "О детях спросим дальше",
    "en": "it asks for them later",
    "pl": "O dzieci zapytamy dalej",
}


@pytest.mark.parametrize("lang", sorted(CHILDREN))
async def test_the_children_at_the_parents_name_ask_for_the_parents_own(dialogue: Dialogue, lang):
    dialogue.language_hint = lang
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send(CHILDREN[lang])
    assert OWN_NAME[lang] in dialogue.text and LATER[lang] in dialogue.text
    assert not any(b.payload in ("typed:answer", "person:is_name") for b in dialogue.buttons)
    assert not any(r.request_contact for r in dialogue.replies)  # the phone not asked yet
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload(f"callback:language:{lang}")
    await dialogue.payload("callback:window:asap")
    assert "Olena" in dialogue.text and CHILD[lang] not in dialogue.text  # the parent's name
