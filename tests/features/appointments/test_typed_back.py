"""A word for «back» typed at an appointment's step goes one step back, as its «« Back» button
does (the same words as in help forms: bot/core/choice_words.yaml, back_words); it is never
kept as the need described to the advisor."""

from __future__ import annotations

import pytest

from tests.support.appointments import give_details
from tests.support.dialogue import Dialogue


@pytest.mark.parametrize("typed", ["go back", "назад", "wstecz"])
async def test_back_at_a_specialists_days_shows_the_services_page(app, dialogue: Dialogue, typed):
    await dialogue.payload("appt:open:career")
    assert "Choose a day" in dialogue.text
    await dialogue.send(typed)
    assert "Help with a CV" in dialogue.text  # the service's page
    assert "Please choose with the buttons" not in dialogue.text


@pytest.mark.parametrize("typed", ["back", "вернуться", "cofnij"])
async def test_back_at_a_specialists_times_shows_the_days(app, dialogue: Dialogue, typed):
    await dialogue.payload("appt:open:career")
    await dialogue.press("Thu 26 Nov")
    assert "Choose a time" in dialogue.text
    await dialogue.send(typed)
    assert "Choose a day" in dialogue.text
    await dialogue.press("Thu 26 Nov")
    await dialogue.press("09:30")
    await give_details(dialogue, "Ann", "600 700 800")
    assert "Thursday, 26 November 2026, 09:30" in dialogue.text


@pytest.mark.parametrize("typed", ["back", "go back", "назад", "повернутися", "wstecz"])
async def test_back_at_the_need_is_not_sent_as_the_need(app, dialogue: Dialogue, typed):
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")
    assert "Please describe it in a few words" in dialogue.text
    await dialogue.send(typed)
    assert "Free advice from a lawyer" in dialogue.text  # the service's page
    assert "What is your name?" not in dialogue.text
    await dialogue.payload("appt:open:legal_advice")  # the request again: the need asked again
    assert "Please describe it in a few words" in dialogue.text
    await dialogue.send("my residence card was refused")
    await give_details(dialogue, "Olena", "601 234 567")
    assert "my residence card was refused" in dialogue.text
    assert f"📝 {typed}" not in dialogue.text


async def test_back_at_a_confidential_services_question_shows_its_page(app, dialogue: Dialogue):
    dialogue.language_hint = "uk"
    await dialogue.payload("appt:open:psychologist")
    await dialogue.payload("person:agree")
    assert any(b.payload == "appt:urgent:yes" for b in dialogue.buttons)
    await dialogue.send("назад")
    assert not any(b.payload == "appt:urgent:yes" for b in dialogue.buttons)
    assert any(b.payload == "appt:open:psychologist" for b in dialogue.buttons)
