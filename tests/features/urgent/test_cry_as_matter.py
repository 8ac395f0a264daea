"""«I need help» typed where a form asks what the matter is (tester 20, item 1): it is the
matter, kept and sent to staff with the 112 line above the next question, not the urgent
screen with a «Request a callback» that started the form again. Danger words stay the urgent
screen's, and no button offered inside the callback form starts it again."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, at_the_name_step, confirm_payload
from tests.support.dialogue import Dialogue

HELP_LINES = "800 120 002"


async def at_the_description(dialogue: Dialogue, lang: str = "en") -> None:
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Ola")
    await dialogue.send("600 123 456")
    await dialogue.payload("callback:topic:other")


@pytest.mark.parametrize(
    ("lang", "cry", "language_asked"),
    [
        ("uk", "потрібна допомога", "Якою мовою вам зателефонувати?"),
        ("en", "I need help", "In which language should we call you?"),
        ("pl", "potrzebuję pomocy", "W jakim języku"),
        ("ru", "нужна помощь", "На каком языке"),
    ],
)
async def test_i_need_help_at_the_description_is_the_matter_sent_to_staff(
    dialogue: Dialogue, delivery, platform, lang, cry, language_asked
):
    await at_the_description(dialogue, lang)
    await dialogue.send(cry)
    assert "112" in dialogue.replies[0].text
    assert language_asked in dialogue.text  # the form went on
    assert not any(b.payload == "callback" for b in dialogue.buttons)
    await dialogue.payload(f"callback:language:{lang}")
    await dialogue.payload("callback:window:asap")
    assert cry in dialogue.text  # in the summary
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert cry in card.text and "PILNE" not in card.text


async def test_a_callback_button_pressed_in_the_form_goes_on_with_it(dialogue: Dialogue):
    await at_the_description(dialogue)
    await dialogue.payload("callback")  # «📞 Request a callback» under an older message
    assert "You are already filling in a callback request" in dialogue.text
    assert "Please describe your matter briefly" in dialogue.text
    assert "What is your name?" not in dialogue.text
    await dialogue.send("My residence card was refused")
    assert "In which language should we call you?" in dialogue.text


async def test_a_cry_at_the_name_offers_no_button_that_starts_the_form_again(dialogue):
    await at_the_name_step(dialogue, "en")
    await dialogue.send("help me please")
    assert "112" in dialogue.text and "You are already asking for a call" in dialogue.text
    assert not any(b.payload == "callback" for b in dialogue.buttons)
    assert "What is your name?" in dialogue.text


@pytest.mark.parametrize("text", ["help, fire", "help, he beats me"])
async def test_danger_at_the_description_is_still_the_urgent_screen(dialogue, text):
    await at_the_description(dialogue)
    await dialogue.send(text)
    assert "112" in dialogue.text
    assert "Your form is still open" in dialogue.text  # not taken as the matter
    assert "In which language should we call you?" not in dialogue.text


async def test_i_need_help_at_an_appointments_need_is_the_need(app, dialogue: Dialogue):
    dialogue.language_hint = "uk"
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")
    await dialogue.send("потрібна допомога")
    assert "112" in dialogue.text and "Як вас звати?" in dialogue.text
    assert "Ваша заявка ще відкрита" not in dialogue.text
