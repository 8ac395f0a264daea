"""A question about the number typed at a help request's phone step («what is this number
for?», «do I have to give my number?», «навіщо вам мій номер?»): a short answer and the phone
asked again, the form going on with the number typed next; a question about the office's own
number is still offered an answer outside the form."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue


async def _at_the_phone(app, lang: str, user_id: str = "1001") -> Dialogue:
    dialogue = Dialogue(app.core, user_id=user_id, language_hint=lang)
    await dialogue.payload("assist:open:translation")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    return dialogue


@pytest.mark.parametrize(
    ("lang", "typed", "answer", "asked"),
    [
        ("en", "What is this number for?", "We use your number only to reach you", "Your phone"),
        ("en", "do I have to give my number?", "cannot be sent without one", "Your phone"),
        ("uk", "Навіщо вам мій номер?", "Номер потрібен лише для того", "Ваш номер телефону"),
        ("ru", "а номер обязательно?", "Без номера форму не отправить", "Ваш номер телефона"),
        ("pl", "Po co wam mój numer?", "zagraniczny numer też się nada", "Podaj numer telefonu"),
    ],
)
async def test_a_question_about_the_number_is_answered_and_the_phone_asked_again(
    app, lang, typed, answer, asked
):
    dialogue = await _at_the_phone(app, lang)
    await dialogue.send(typed)
    assert dialogue.text.startswith("📱 ") and answer in dialogue.text
    assert asked in dialogue.replies[-1].text
    assert "?" not in dialogue.replies[0].text.split(".")[0]  # no «answer your question?» offer
    await dialogue.send("601 234 567")
    assert "+48 601 234 567" in dialogue.text
    assert any(b.payload.startswith("assist:pick:0:") for b in dialogue.buttons)  # the form


async def test_a_question_about_the_offices_number_is_still_offered_an_answer(app):
    dialogue = await _at_the_phone(app, "en")
    await dialogue.send("what is your phone number?")
    assert "That looks like a question" in dialogue.text
    assert "We use your number only" not in dialogue.text


async def test_without_a_phone_asked_hears_what_it_can_do_and_the_phone_again(app):
    """«чи можна без телефону?»: a foreign number is fine, none cannot be sent; the phone asked
    again. «I have no phone» said (no question) keeps its answer alone, with ✖ Cancel."""
    dialogue = await _at_the_phone(app, "uk")
    await dialogue.send("чи можна без телефону?")
    assert dialogue.text.startswith("📱 Іноземний номер теж підходить")
    assert "Ваш номер телефону" in dialogue.replies[-1].text
    await dialogue.send("+380 50 123 4567")
    assert any(b.payload.startswith("assist:pick:0:") for b in dialogue.buttons)
    said = await _at_the_phone(app, "en", user_id="en-none")
    await said.send("I have no phone")
    assert "A foreign number is fine too" in said.replies[-1].text  # the last: no phone again
