"""(tester 29, item 8) At the psychologist's «Is it urgent?», a name or a phone typed as other
forms ask them («Olena Kovalenko», «12345», «+48 600 123 456») gets one short «please choose
one of the buttons», with the buttons, not the line to talk to someone now each time; words
that may say how someone feels («мне очень плохо», «Погано») still get the line (116 123),
danger words the help lines, and the request goes on as before."""

from __future__ import annotations

import pytest

from tests.support.appointments import give_details
from tests.support.dialogue import Dialogue

SHORT = {
    "en": "Please choose one of the buttons below: urgent or not.",
    "uk": "Будь ласка, оберіть одну з кнопок нижче: «терміново» чи ні.",
    "ru": "Пожалуйста, выберите одну из кнопок ниже: срочно или нет.",
    "pl": "Wybierz, proszę, jeden z przycisków poniżej: pilne czy nie.",
}


async def _at_the_urgency(app, lang: str) -> Dialogue:  # type: ignore[no-untyped-def]
    dialogue = Dialogue(app.core, user_id=f"u-{lang}", language_hint=lang)
    await dialogue.payload(f"language:{lang}")
    await dialogue.payload("appt:open:psychologist")
    await dialogue.payload("person:agree")
    assert any(b.payload == "appt:urgent:yes" for b in dialogue.buttons)
    return dialogue


@pytest.mark.parametrize("lang", ["en", "uk", "ru", "pl"])
async def test_a_name_and_a_phone_typed_there_get_a_short_line(app, lang):
    dialogue = await _at_the_urgency(app, lang)
    for typed in ("Olena Kovalenko", "12345", "+48 600 123 456"):
        await dialogue.send(typed)
        assert SHORT[lang] in dialogue.text
        assert "116 123" not in dialogue.text
        assert any(b.payload == "appt:urgent:no" for b in dialogue.buttons)
    await dialogue.payload("appt:urgent:no")
    await give_details(dialogue, "Olena Kovalenko", "601 234 567")
    assert any(b.payload.startswith("appt:send:") for b in dialogue.buttons)


@pytest.mark.parametrize(("lang", "typed"), [("ru", "мне очень плохо"), ("uk", "Погано")])
async def test_words_of_feeling_still_get_the_line_to_talk_now(app, lang, typed):
    dialogue = await _at_the_urgency(app, lang)
    await dialogue.send(typed)
    assert "116 123" in dialogue.text and SHORT[lang] not in dialogue.text


# Issue 18: one capitalised word of feeling is never taken for a name (feeling_words.yaml)
FEELINGS = {
    "uk": [
        "Страшно",
        "Тривожно",
        "Важко",
        "Боляче",
        "Безнадійно",
        "Кошмар",
        "Нервую",
        "Перелякана",
    ],
    "ru": ["Страшно", "Тревожно", "Тяжело", "Больно", "Хреново", "Тоскливо", "Испугана", "Жутко"],
    "pl": ["Źle", "Strasznie", "Ciężko", "Boli", "Okropnie", "Niepokój", "Przerażona", "Nerwy"],
    "en": ["Terrible", "Awful", "Exhausted", "Hopeless", "Worried", "Overwhelmed", "Panic", "Fear"],
}
NAMES = {  # and names, even ones that begin as a feeling's word does, still are names
    "uk": ["Оксана", "Богдан", "Соломія", "Нервик", "Сумська"],
    "ru": ["Наталья", "Борис", "Страхова", "Тосканова", "Горбачёв"],
    "pl": ["Małgorzata", "Bolesław", "Strachowski", "Sadowska", "Zbigniew"],
    "en": ["Sarah", "Paine", "Fearne", "Lowell", "Hurtado"],
}


@pytest.mark.parametrize("lang", list(FEELINGS))
async def test_one_capitalised_word_of_feeling_gets_the_line_in_every_language(app, lang):
    dialogue = await _at_the_urgency(app, lang)
    for typed in FEELINGS[lang]:
        await dialogue.send(typed)
        assert "116 123" in dialogue.text, typed
        assert SHORT[lang] not in dialogue.text, typed
    for typed in NAMES[lang]:
        await dialogue.send(typed)
        assert SHORT[lang] in dialogue.text, typed
        assert "116 123" not in dialogue.text, typed


async def test_danger_words_still_get_the_help_lines_and_mark_it_urgent(app):
    dialogue = await _at_the_urgency(app, "en")
    await dialogue.send("I want to kill myself")
    assert "112" in dialogue.text and SHORT["en"] not in dialogue.text
