"""«✏️ Change something» under an appointment request's summary, as under a callback request's:
what the person needs (or, for a confidential service, whether it is urgent), the name or the
phone, then the summary again (the fresh-eyes tester's finding: a typo in the phone meant
starting over)."""

from __future__ import annotations

from tests.support.appointments import give_details
from tests.support.dialogue import Dialogue

NEED = "My residence card was refused, I have a letter from the voivode"


async def at_the_summary(dialogue: Dialogue, service: str = "legal_advice") -> None:
    await dialogue.payload(f"appt:open:{service}")
    if any(b.payload == "person:agree" for b in dialogue.buttons):
        await dialogue.payload("person:agree")
    if any(b.payload.startswith("appt:urgent:") for b in dialogue.buttons):
        await dialogue.payload("appt:urgent:no")
    else:
        await dialogue.send(NEED)
    await give_details(dialogue, "Olena Kovalenko", "601 234 567")
    assert dialogue.button("Change something")


async def test_the_phone_is_changed_and_the_summary_shows_it(app, dialogue: Dialogue):
    await at_the_summary(dialogue)
    await dialogue.press("Change something")
    assert "What would you like to change?" in dialogue.text
    await dialogue.press("Change the phone")
    await dialogue.send("+380 50 123 4567")
    assert "+380 50 123 4567" in dialogue.text and "Olena Kovalenko" in dialogue.text
    assert NEED in dialogue.text
    await dialogue.press("Send the request")
    assert "sent" in dialogue.text.lower()


async def test_the_need_is_written_again(app, dialogue: Dialogue):
    await at_the_summary(dialogue)
    await dialogue.press("Change something")
    await dialogue.press("What you need")
    assert f"Now: “{NEED}”" in dialogue.text
    await dialogue.send("My employer has not paid me for two months")
    assert "My employer has not paid me for two months" in dialogue.text
    assert NEED not in dialogue.text and dialogue.button("Send the request")


async def test_back_shows_the_summary_unchanged(app, dialogue: Dialogue):
    await at_the_summary(dialogue)
    await dialogue.press("Change something")
    await dialogue.send("back")
    assert NEED in dialogue.text and dialogue.button("Send the request")


async def test_a_confidential_request_changes_whether_it_is_urgent(app, dialogue: Dialogue):
    await at_the_summary(dialogue, "psychologist")
    assert "Not urgent" in dialogue.text
    await dialogue.press("Change something")
    assert not any("What you need" in b.label for b in dialogue.buttons)
    await dialogue.press("Whether it is urgent")
    await dialogue.payload("appt:urgent:yes")
    assert "⚡ Urgent" in dialogue.text and dialogue.button("Send the request")
