"""Tester report 8, item 5: the «✅ Yes, save “…”» question asked on top of a help request's
choice is kept in the session, so a restart of the bot loses nothing: on Telegram the old
message's button still saves the text typed; in the terminal a returning person sees that
question again, with its buttons, and «1» presses what is shown."""

from __future__ import annotations

import io

from bot.app import Channels, build
from bot.channels.console import chat
from tests.support.assist import send_payload, up_to_the_form
from tests.support.dialogue import Dialogue


async def test_the_save_button_of_a_message_sent_before_a_restart_saves_the_text_typed(
    config_path, clock
):
    first = await build(config_path, clock=clock, search="off")
    try:
        person = Dialogue(first.core, channel="telegram")
        await up_to_the_form(person, "translation")
        await person.send("xyz abc")
        save = person.button("Yes, save “xyz abc”")
    finally:
        await first.close()
    second = await build(config_path, clock=clock, search="off")  # the bot restarted
    try:
        person = Dialogue(second.core, channel="telegram")
        await person.payload(save.payload)  # the button on the old message, tapped
        assert "2/4 When do you need it?" in person.text
        await person.send("24.11")
        await person.payload("assist:pick:2:pl")
        await person.payload("assist:skip:3")
        assert "Which document? — Other: xyz abc" in person.text
        await person.payload(send_payload(person))
        assert "Request #P1 for “Document translation” has been sent" in person.text
    finally:
        await second.close()


async def test_a_language_change_asks_the_save_question_again_not_the_choice(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("xyz abc")
    await dialogue.payload("language:pl")
    assert "xyz abc" in dialogue.buttons[0].label  # the save button first, as before
    await dialogue.payload(dialogue.buttons[0].payload)
    assert "2/4" in dialogue.text


async def test_once_answered_the_save_question_is_not_asked_again(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("xyz abc")
    await dialogue.payload("assist:pick:0:1")  # Diploma, chosen instead
    await dialogue.send("/help")
    assert "xyz abc" not in dialogue.text
    assert "2/4 When do you need it?" in dialogue.text


async def run_chat(config_path, clock, lines: list[str]) -> str:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    app = await build(config_path, clock=clock, channels=Channels(console=out), search="off")
    try:
        await chat(app.core, app.worker, "en", io.StringIO("\n".join(lines) + "\n"), out)
    finally:
        await app.close()
    return out.getvalue()


async def test_a_returning_person_in_the_terminal_sees_the_save_question_and_1_saves_it(
    config_path, clock
):
    await run_chat(
        config_path, clock, ["/services", "6", "1", "1", "Olena", "601 234 567", "xyz abc"]
    )
    again = await run_chat(config_path, clock, ["1"])
    resumed, after = again.split("> ")[0], again.split("> ")[1]
    assert "[1] ✅ Yes, save “xyz abc”" in resumed  # the question waiting, not the choice
    assert "2/4 When do you need it?" in after  # «xyz abc» saved, not the first option
