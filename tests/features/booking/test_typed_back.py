"""A word for «back» typed at a booking's step goes one step back, as its «« Back» button does
(the same words as in help forms: bot/core/choice_words.yaml, back_words); it is never taken
as an answer (a day, a time, what the visit is about)."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

WORDS = ["back", "go back", "назад", "повернутися", "вернуться", "wstecz", "« Back"]


async def at_the_days(dialogue: Dialogue) -> None:
    await dialogue.send("/book")
    await dialogue.press("City Hall")
    assert "Choose a day" in dialogue.text


@pytest.mark.parametrize("typed", WORDS)
async def test_back_at_the_days_shows_the_places(app, dialogue: Dialogue, typed):
    await at_the_days(dialogue)
    await dialogue.send(typed)
    assert "Which place suits you best?" in dialogue.text
    assert "Please choose with the buttons" not in dialogue.text


@pytest.mark.parametrize("typed", ["go back", "cofnij"])
async def test_back_at_the_times_shows_the_days_of_that_place(app, dialogue: Dialogue, typed):
    await at_the_days(dialogue)
    await dialogue.press("Tue 24 Nov")
    await dialogue.send(typed)
    assert "City Hall" in dialogue.text and "Choose a day" in dialogue.text


@pytest.mark.parametrize("typed", WORDS)
async def test_back_at_the_topics_shows_the_times_and_is_no_topic(app, dialogue: Dialogue, typed):
    await at_the_days(dialogue)
    await dialogue.press("Tue 24 Nov")
    await dialogue.press("13:30")
    assert "What is your visit about?" in dialogue.text
    await dialogue.send(typed)
    assert "Choose a time" in dialogue.text and "Tuesday, 24 November 2026" in dialogue.text
    assert not any(b.payload == "person:agree" for b in dialogue.buttons)  # no consent yet
    await dialogue.press("14:00")
    await dialogue.press("PESEL")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert "14:00" in dialogue.text and "PESEL" in dialogue.text
    assert "Something else" not in dialogue.text


@pytest.mark.parametrize("typed", ["previous question", "powrót", "назад"])
async def test_back_at_the_description_shows_the_topics(app, dialogue: Dialogue, typed):
    await at_the_days(dialogue)
    await dialogue.press("Tue 24 Nov")
    await dialogue.press("13:30")
    await dialogue.press("Something else")
    await dialogue.send(typed)
    assert "What is your visit about?" in dialogue.text
    await dialogue.send("a letter from ZUS")  # what it is about, typed: kept, under its topic
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert "Official letter or form — “a letter from ZUS”" in dialogue.text


async def test_back_typed_in_ukrainian_goes_back_in_ukrainian(app, dialogue: Dialogue):
    dialogue.language_hint = "uk"
    await dialogue.send("/book")
    await dialogue.press("Міська рада")
    await dialogue.send("крок назад")
    assert "Куди вам зручно прийти?" in dialogue.text
