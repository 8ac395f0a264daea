"""A language typed at a choice of languages is read only when it is close enough to a name of
one: «Russel» (a person's name, read in Cyrillic «руссел») is no «русский»; the question is
asked again. «по-русски», «russkij», «po rosyjsku», «Englsh» still are their languages."""

from __future__ import annotations

import pytest

from bot.core import languages
from tests.support.callbacks import at_the_name_step
from tests.support.dialogue import Dialogue

USE_BUTTONS = {
    "uk": "Будь ласка, скористайтеся кнопками нижче.",
    "ru": "Пожалуйста, воспользуйтесь кнопками ниже.",
    "en": "Please answer with the buttons below.",
    "pl": "Odpowiedz, proszę, przyciskami poniżej.",
}


async def _at_the_language_of_the_call(dialogue: Dialogue, lang: str) -> None:
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    assert any(b.payload == "callback:language:ru" for b in dialogue.buttons)


@pytest.mark.parametrize("lang", ["uk", "ru", "en", "pl"])
@pytest.mark.parametrize("typed", ["Russel", "russel", "Ingrid", "Mary"])
async def test_a_persons_name_at_the_languages_asks_again(dialogue, lang, typed):
    await _at_the_language_of_the_call(dialogue, lang)
    await dialogue.send(typed)
    assert dialogue.text.startswith(USE_BUTTONS[lang])
    assert any(b.payload == "callback:language:ru" for b in dialogue.buttons)  # asked again
    assert not any(b.payload.startswith("callback:window:") for b in dialogue.buttons)


@pytest.mark.parametrize(
    ("typed", "code"),
    [("по-русски", "ru"), ("russkij", "ru"), ("po rosyjsku", "ru"), ("Englsh", "en")],
)
async def test_a_language_typed_close_to_its_name_is_still_chosen(dialogue, typed, code):
    await _at_the_language_of_the_call(dialogue, "en")
    await dialogue.send(typed)
    assert any(b.payload.startswith("callback:window:") for b in dialogue.buttons)
    await dialogue.payload("callback:window:asap")
    called_in = {"ru": "Russian", "en": "English"}[code]
    assert f"Language of the call: {called_in}" in dialogue.text


@pytest.mark.parametrize("name", ["Russel", "Ingrid", "Mary", "Roman", "Polina", "Anglik"])
def test_names_of_people_name_no_language(name):
    assert languages.named(name, ("uk", "ru", "en", "pl")) is None
