"""A plea for help typed at a form's free-text step (a name, a description, a note) gets the
answer it gets outside a form (the help lines; for a plea of being at a loss, the way to a
person), and the form goes on at the same question, saying so; the plea is taken for nothing
(bot.features.urgent.in_free_text). Said again at a description, it is what the request is
about: kept, and the request urgent; so is danger beside a matter («he threatens me, I need a
lawyer»), the help lines first."""

from __future__ import annotations

import pytest

from tests.support.assist import send_payload, up_to_the_form
from tests.support.callbacks import STAFF_CHAT, at_the_name_step, confirm_payload
from tests.support.dialogue import Dialogue

GOES_ON = "Your form is still open — when you are ready, we go on with the same question"
HELP_LINES = "800 120 002"


@pytest.mark.parametrize(
    ("lang", "plea", "goes_on", "name_asked"),
    [
        ("uk", "допоможіть мене б'є чоловік, я боюсь", "Ваша заявка ще відкрита", "Як вас звати?"),
        ("en", "help, my husband beats me, I'm scared", GOES_ON, "What is your name?"),
        ("ru", "помогите меня бьет муж я боюсь", "Ваша заявка ещё открыта", "Как вас зовут?"),
        ("pl", "pomocy, mąż mnie bije, boję się", "Twój formularz jest nadal otwarty", "imię"),
    ],
)
async def test_a_plea_at_the_name_gets_the_help_lines_and_the_name_is_asked_again(
    dialogue: Dialogue, lang, plea, goes_on, name_asked
):
    await at_the_name_step(dialogue, lang)
    await dialogue.send(plea)
    assert "112" in dialogue.replies[0].text and HELP_LINES in dialogue.replies[0].text
    assert goes_on in dialogue.text and name_asked in dialogue.text
    assert not any(b.payload == "person:answer" for b in dialogue.buttons)  # no «a question?»
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert not any(b.payload == "person:agree" for b in dialogue.buttons)
    assert any(b.payload == "callback:reach:write" for b in dialogue.buttons)  # urgent: short


async def at_the_description(dialogue: Dialogue) -> None:
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:other")


async def test_danger_at_the_description_is_answered_and_the_request_is_urgent(
    dialogue: Dialogue, delivery, platform
):
    await at_the_description(dialogue)
    await dialogue.send("help, my husband beats me, I'm scared")
    assert HELP_LINES in dialogue.text and GOES_ON in dialogue.text
    assert "Please describe your matter briefly" in dialogue.text
    assert "In which language should we call you?" not in dialogue.text
    await dialogue.send("I need to talk about my situation at home")
    await dialogue.payload("callback:language:en")  # (urgent: as soon as possible)
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert card.text.startswith("🚨 PILNE") and "my situation at home" in card.text
    assert "beats" not in card.text


async def test_danger_said_again_at_the_description_is_the_matter(dialogue: Dialogue):
    await at_the_description(dialogue)
    await dialogue.send("help, my husband beats me, I'm scared")
    await dialogue.send("help, my husband beats me, I'm scared")  # what the request is about
    assert "In which language should we call you?" in dialogue.text
    assert HELP_LINES not in dialogue.text  # the help lines were shown just before
    await dialogue.payload("callback:language:en")  # (urgent: as soon as possible)
    assert "Description: help, my husband beats me, I'm scared" in dialogue.text


async def test_danger_beside_a_matter_is_the_matter_with_the_help_lines_first(dialogue):
    await at_the_description(dialogue)
    await dialogue.send("my husband threatens me, I need a lawyer for a divorce")
    assert HELP_LINES in dialogue.text and GOES_ON not in dialogue.text
    assert "In which language should we call you?" in dialogue.text


async def test_a_plea_in_distress_gets_the_way_to_a_person(dialogue: Dialogue):
    await at_the_description(dialogue)
    await dialogue.send("I am desperate, I don't know what to do, please help me")
    assert "a member of staff can go through it with you" in dialogue.text
    assert GOES_ON in dialogue.text and "Please describe your matter briefly" in dialogue.text
    assert "In which language should we call you?" not in dialogue.text


async def test_a_plea_at_a_visits_description_keeps_the_booking_where_it_was(app, dialogue):
    await dialogue.send("/book")
    await dialogue.press("City Hall")
    await dialogue.press("Tue 24 Nov")
    await dialogue.press("13:30")
    await dialogue.press("Something else")
    await dialogue.send("help, my husband beats me, I'm scared")
    assert HELP_LINES in dialogue.text and GOES_ON in dialogue.text
    assert "Describe your matter in a few words" in dialogue.text
    assert not any(b.payload == "person:agree" for b in dialogue.buttons)


async def test_a_plea_at_an_appointments_need_is_answered_then_the_need_asked(app, dialogue):
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")
    await dialogue.send("допоможіть мене б'є чоловік, я боюсь")
    assert HELP_LINES in dialogue.text and GOES_ON in dialogue.text
    assert "Please describe it in a few words" in dialogue.text
    await dialogue.send("my residence card was refused")
    assert "What is your name?" in dialogue.text


async def test_a_plea_at_a_help_requests_note_is_answered_then_the_note_asked(
    app, dialogue: Dialogue, delivery, platform
):
    await up_to_the_form(dialogue, "translation")
    await dialogue.payload("assist:pick:0:1")
    await dialogue.send("1.12")
    await dialogue.payload("assist:pick:2:uk")
    await dialogue.send("help, my husband beats me, I'm scared")
    assert HELP_LINES in dialogue.text and GOES_ON in dialogue.text
    assert "Anything else?" in dialogue.text
    await dialogue.payload("assist:skip:3")
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "PILNE" in card.text and "beats" not in card.text
