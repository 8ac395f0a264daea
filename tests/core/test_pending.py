"""A question asked on top of where the person is (tester report 8, item 5) waits in the
session (Session.pending): shown again where the step's question would be (a language change,
/help, a returning person in the terminal, who is sent `language:<code>:again`), so that the
buttons shown are the ones that question has; once answered, the step's own question again."""

from __future__ import annotations

import io

import pytest

from bot.app import Channels, build
from bot.channels.console import chat
from bot.channels.console.render import CHANNEL, USER
from tests.support.bookings import book_and_confirm
from tests.support.callbacks import at_the_name_step
from tests.support.dialogue import Dialogue

RETURNING = "language:en:again"  # what the terminal sends for a returning person


async def test_the_offer_to_answer_a_question_typed_as_a_name_is_asked_again(dialogue):
    await at_the_name_step(dialogue, "en")
    await dialogue.send("how do I get pesel for my kid?")
    await dialogue.payload(RETURNING)
    assert "That looks like a question, not a name" in dialogue.text
    assert "What is your name" not in dialogue.text
    await dialogue.press("No, that is my name")
    assert "Please type just your name" in dialogue.text


async def test_the_offer_to_leave_a_form_for_a_question_is_asked_again_after_help(dialogue):
    await dialogue.send("/callback")
    await dialogue.send("what is pesel?")  # where the consent's buttons are expected
    assert "That looks like a question." in dialogue.text
    await dialogue.send("/help")
    assert dialogue.buttons[-2].label == "❓ Yes, answer my question"
    await dialogue.press("No, back to the form")
    assert "Do you agree" in dialogue.text
    await dialogue.payload(RETURNING)  # answered: not asked again
    assert "That looks like a question." not in dialogue.text


async def test_the_languages_asked_in_a_form_are_asked_again_until_one_is_chosen(dialogue):
    await at_the_name_step(dialogue, "en")
    await dialogue.send("/language")
    await dialogue.payload(RETURNING)
    assert "Choose your language" in dialogue.text
    await dialogue.payload("language:pl")
    assert "imię" in dialogue.text  # the name's question, in Polish
    assert "language:" not in " ".join(b.payload for b in dialogue.buttons)


async def test_start_in_a_form_asks_again_and_go_on_returns_to_the_form(dialogue):
    await at_the_name_step(dialogue, "en")
    await dialogue.send("/start")
    await dialogue.payload(RETURNING)
    assert "Leave it and start again?" in dialogue.text
    await dialogue.press("Go on with the form")
    assert "What is your name" in dialogue.text
    assert "Leave it and start again?" not in dialogue.text


async def test_cancel_this_visit_is_asked_again_and_its_yes_cancels(dialogue):
    await book_and_confirm(dialogue)
    await dialogue.send("/mybookings")
    await dialogue.payload(next(b.payload for b in dialogue.buttons if "cancel:" in b.payload))
    await dialogue.payload(RETURNING)
    assert "Do you really want to cancel this visit?" in dialogue.text
    await dialogue.press("Yes, cancel it")
    assert "cancelled" in dialogue.text


async def test_in_the_terminal_a_returning_persons_1_is_yes_to_cancel_this_visit(
    config_path, clock
):
    async def run(lines: list[str]) -> str:
        out = io.StringIO()
        app = await build(config_path, clock=clock, channels=Channels(console=out), search="off")
        try:
            if not lines:  # first: a visit booked, then /mybookings and its cancel pressed
                await book_and_confirm(Dialogue(app.core, user_id=USER, channel=CHANNEL))
                lines = ["/mybookings", "1"]
            await chat(app.core, app.worker, "en", io.StringIO("\n".join(lines) + "\n"), out)
        finally:
            await app.close()
        return out.getvalue()

    first = await run([])
    assert "Do you really want to cancel this visit?" in first
    again = await run(["1"])
    assert "Do you really want to cancel this visit?" in again.split("> ")[0]
    assert "[1] ✖ Yes, cancel it" in again.split("> ")[0]
    assert "has been cancelled" in again.split("> ")[1]  # «1» was «Yes», not a topic


@pytest.mark.parametrize("command", ["/mybookings", "/book", "/topics", "/services"])
async def test_a_command_that_would_leave_a_form_asks_first_and_the_form_can_go_on(
    dialogue, command
):
    """A visit's time chosen, consent given: /mybookings (or /book, /topics) no longer throws the
    form away unasked. «Go on» shows the step again as it was; «Leave» opens the command."""
    await dialogue.send("/book")
    await dialogue.press("City Hall")
    await dialogue.press("Tue 24 Nov")
    await dialogue.press("13:30")
    await dialogue.press("PESEL")
    if any(b.payload == "person:agree" for b in dialogue.buttons):
        await dialogue.press("I agree")
    await dialogue.send(command)
    assert f"Leave it and open {command}?" in dialogue.text
    await dialogue.press("Go on with the form")
    assert "name" in dialogue.text.lower()  # the step as it was
    await dialogue.send("Olena")
    assert dialogue.replies[-1].request_contact  # the form went on: the phone is asked
    await dialogue.send(command)
    await dialogue.press(f"Leave the form: {command}")
    assert "Leave it" not in dialogue.text
    await dialogue.send("601 234 567")  # no longer a form's answer
    assert "Please check" not in dialogue.text


async def test_help_and_my_data_answer_inside_a_form_without_asking(dialogue):
    await dialogue.send("/book")
    await dialogue.press("City Hall")
    await dialogue.send("/mydata")
    assert "Leave it" not in dialogue.text
    await dialogue.send("/help")
    assert "Leave it" not in dialogue.text
