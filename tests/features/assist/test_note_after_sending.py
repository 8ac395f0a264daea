"""A note typed right after a request is sent is that request's (tester 31, item 1): «Forgot:
it must be a sworn translation» after a help request was answered as a new question, or went
under an older request's card whose advisor had written earlier. Now the newest open request
takes it: the person is told it was added to it, staff get it under its card, and the card and
/requests say it waits for an answer until a staff member writes back."""

from __future__ import annotations

from tests.support.appointments import STAFF_CHAT, send_request
from tests.support.assist import send_translation
from tests.support.callbacks import request_callback

NOTE = "Forgot: it must be a sworn translation, for the voivode <b>"


def card(platform, head: str):  # type: ignore[no-untyped-def]
    return next(s for s in platform.to(STAFF_CHAT) if s.text.startswith(head))


def line_of(text: str, record: str) -> str:
    return next(x for x in text.splitlines() if record in x)


async def test_a_note_right_after_a_help_request_goes_under_its_card_unanswered(
    app, dialogue, delivery, platform, clock, anna
):
    sent = await send_translation(dialogue)
    assert "Request #P1" in sent and "Forgot something? Write it here" in sent
    await delivery.run()
    posted = card(platform, "🙋 Prośba o pomoc nr P1")
    clock.advance(minutes=5)
    await dialogue.send(NOTE)
    assert "Added to your request #P1" in dialogue.text
    assert "This information point can help" not in dialogue.text  # not a new question
    await delivery.run()
    relayed = platform.to(STAFF_CHAT)[-1]
    assert "💬 Prośba o pomoc nr P1 · Olena pisze:" in relayed.text
    assert "for the voivode <b>" in relayed.text  # as typed, never markup
    assert relayed.reply.reply_to_message_id == posted.message_id  # under P1's card
    edited = [e for e in platform.edits if e.message_id == posted.message_id][-1]
    # plain words and the time it was written, no «reply to the first card» (tester 35, item 17)
    waits = next(line for line in edited.text.splitlines() if "Osoba dopisała" in line)
    assert waits.startswith("💬 Osoba dopisała (") and "09:05" in waits
    assert waits.endswith(") — czeka na odpowiedź") and "kart" not in waits
    assert "nikt jeszcze" not in edited.text
    edits = len(platform.edits)
    await dialogue.send("And the stamp of the court")  # a second message: no second edit
    await delivery.run()
    assert len(platform.edits) == edits
    await anna.command("/requests")
    waiting = line_of(anna.text, "Prośba o pomoc nr P1")
    assert "💬 napisał(a) 09:05 · ⏳ bez odpowiedzi" in waiting
    await anna.command("/request P1")
    assert "💬 Osoba dopisała" in anna.text

    await anna.reply(relayed.message_id, "Dobrze, tłumacz przysięgły", "700")  # answered
    await delivery.run()
    assert "Dobrze, tłumacz przysięgły" in platform.to(dialogue.user_id)[-1].text
    edited = [e for e in platform.edits if e.message_id == posted.message_id][-1]
    assert "Osoba dopisała" not in edited.text and "Wiadomość do tej osoby: Anna" in edited.text
    await anna.command("/requests")
    assert "bez odpowiedzi" not in line_of(anna.text, "Prośba o pomoc nr P1")


async def test_with_an_older_thread_open_the_note_goes_to_the_newest_request(
    app, dialogue, delivery, platform, clock, anna
):
    """The lawyer's advisor wrote about W1 an hour before; P1 is sent; the note is P1's."""
    await send_request(dialogue, name="Olena")
    await delivery.run()
    w1 = card(platform, "📨 Prośba o wizytę nr W1")
    await anna.reply(w1.message_id, "Proszę zabrać kartę pobytu", "700")
    clock.advance(hours=1)
    await send_translation(dialogue)
    await delivery.run()
    p1 = card(platform, "🙋 Prośba o pomoc nr P1")
    await dialogue.send(NOTE)
    assert "Added to your request #P1" in dialogue.text
    assert "#W1" not in dialogue.text
    await delivery.run()
    relayed = platform.to(STAFF_CHAT)[-1]
    assert relayed.text.startswith("💬 Prośba o pomoc nr P1 · Olena pisze:")
    assert relayed.reply.reply_to_message_id == p1.message_id
    assert not any("Prośba o wizytę nr W1 · Olena pisze" in s.text for s in platform.sent)
    await anna.command("/requests")
    assert "⏳ bez odpowiedzi" in line_of(anna.text, "Prośba o pomoc nr P1")
    assert "⏳" not in line_of(anna.text, "Prośba o wizytę nr W1")

    await anna.payload("request:done_yes:1")  # P1 closed: W1 still takes what she types
    await delivery.run()
    closed = platform.to(dialogue.user_id)[-1].text
    assert "Your request #P1 is closed" in closed
    assert "goes to the bot" not in closed
    assert "another open request or appointment of yours, so what you write here goes" in closed


async def test_a_callback_request_takes_a_note_typed_after_it_the_same_way(
    app, dialogue, delivery, platform
):
    await request_callback(dialogue)
    await dialogue.send("I speak only Ukrainian, please call after 5")
    assert "Added to your request #T1" in dialogue.text
    await delivery.run()
    relayed = platform.to(STAFF_CHAT)[-1]
    assert "💬 Prośba o telefon nr T1" in relayed.text and "only Ukrainian" in relayed.text
    assert dialogue.button("End chat with staff").payload == "callback:stop:1"
