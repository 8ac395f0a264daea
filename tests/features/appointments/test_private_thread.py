"""A confidential service (a psychologist) promises that what it is about is never asked or
shown, so what the person types afterwards does not reach the staff group silently: they are
told staff there would read it and choose to pass it on, to tell staff only that they wrote,
or not to pass it on (the fresh-eyes tester's finding 4)."""

from __future__ import annotations

from tests.support.appointments import STAFF_CHAT, send_request


def relayed(platform, text: str) -> bool:  # type: ignore[no-untyped-def]
    return any(text in s.text for s in platform.to(STAFF_CHAT))


async def test_a_confidential_requests_text_is_passed_on_only_as_the_person_chooses(
    app, dialogue, delivery, platform
):
    await send_request(dialogue, "psychologist", name="Iryna Shevchenko")
    assert "we will first ask whether to pass it on" in dialogue.text
    await dialogue.send("I am depressed since I lost my job, I cannot sleep")
    assert "the staff of the information point will read it in their group chat" in dialogue.text
    assert "Passed on" not in dialogue.text
    await delivery.run()
    assert not relayed(platform, "cannot sleep")

    await dialogue.press("Pass on my message")
    assert "Passed on to the advisor (appointment request #W1)" in dialogue.text
    await delivery.run()
    assert relayed(platform, "Prośba o wizytę nr W1 · Iryna pisze")
    assert relayed(platform, "I am depressed since I lost my job, I cannot sleep")

    await dialogue.send("one more thing about my family")
    await dialogue.press("Only tell them I wrote")
    assert "without your text" in dialogue.text
    await delivery.run()
    assert relayed(platform, "Prośba o wizytę nr W1 · Iryna napisał(a) wiadomość")
    assert not relayed(platform, "my family")

    await dialogue.send("and my neighbours")
    await dialogue.press("Don't pass it on")
    assert "nothing was passed on" in dialogue.text
    await dialogue.payload("callback:private:send")  # the question's older button: nothing held
    await delivery.run()
    assert not relayed(platform, "neighbours")

    await dialogue.send("how do I register my address, meldunek?")  # the bot answers it at once
    assert "Meldunek" in dialogue.text
    await delivery.run()
    assert not relayed(platform, "register my address")
    await dialogue.press("Send this to your request #W1 too")  # asked first, as any text
    assert "the staff of the information point will read it in their group chat" in dialogue.text
    assert not any("question for the bot" in b.label for b in dialogue.buttons)
    await dialogue.press("Pass on my message")
    await delivery.run()
    assert relayed(platform, "register my address")


async def test_another_services_text_is_still_passed_on_at_once(app, dialogue):
    await send_request(dialogue)
    await dialogue.send("Can it be on a Thursday?")
    assert "Passed on to the advisor (appointment request #W1)" in dialogue.text
