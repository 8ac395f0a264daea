"""A language typed where a language is the answer (the language of the call, a help form's
language field, the visit's language on the booking summary): «po angielsku» is English, not
Angika, whose name begins as «angielsku» does; the bot's own four languages, and those the step
offers, come before any other a name resembles, and a typo in their names («angelski») is read
past (bot/core/languages.py)."""

from __future__ import annotations

import pytest

from tests.features.test_typed_answers import at_the_call_language
from tests.support.bookings import book

TYPED = [
    ("po angielsku", "English"),
    ("po ukraińsku", "Ukrainian"),
    ("po rosyjsku", "Russian"),
    ("po polsku", "Polish"),
    ("англійською", "English"),
    ("по-английски", "English"),
    ("in English", "English"),
    ("in Ukrainian", "Ukrainian"),
    ("angelski", "English"),  # a typo
    ("по-англиски", "English"),
]


@pytest.mark.parametrize(("typed", "language"), TYPED)
async def test_the_language_of_the_call(dialogue, typed, language):
    await at_the_call_language(dialogue)
    await dialogue.send(typed)
    assert "When is the best time to call you?" in dialogue.text
    await dialogue.send("morning")
    assert f"Language of the call: {language}" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "typed", "line"),
    [
        ("uk", "po angielsku", "🗣 Мова візиту: англійська"),
        ("en", "po ukraińsku", "🗣 Language of the visit: Ukrainian"),
        ("en", "po rosyjsku", "🗣 Language of the visit: Russian"),
        ("ru", "po polsku", "🗣 Язык визита: польский"),
        ("pl", "англійською", "🗣 Język wizyty: angielski"),
        ("uk", "по-английски", "🗣 Мова візиту: англійська"),
        ("ru", "in English", "🗣 Язык визита: английский"),
        ("pl", "in Ukrainian", "🗣 Język wizyty: ukraiński"),
        ("ru", "angelski", "🗣 Язык визита: английский"),
    ],
)
async def test_the_visits_language_on_the_booking_summary(dialogue, lang, typed, line):
    dialogue.language_hint = lang
    await book(dialogue)
    await dialogue.send(typed)
    assert line in dialogue.text
