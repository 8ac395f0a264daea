"""Where the person's text goes while they write with staff: a closed request takes none of it,
a rating typed after «How helpful were we?» is the rating, and /start or ❓ Ask a question turn
them to the bot, with a way back to staff."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, StaffMember, request_callback


@pytest.fixture
async def answered(app, dialogue, delivery, platform):  # type: ignore[no-untyped-def]
    """A request staff have written to the person about; returns its card."""
    await request_callback(dialogue)
    await delivery.run()
    card = platform.to(STAFF_CHAT)[0]
    await StaffMember(app.core, "501", "Anna Nowak").reply(card.message_id, "Hello Olena", "700")
    await delivery.run()
    return card


async def close_as_done(app, platform) -> StaffMember:  # type: ignore[no-untyped-def]
    anna = StaffMember(app.core, "501", "Anna Nowak")
    card = (platform.edits or platform.to(STAFF_CHAT))[-1]
    [done] = [b for row in card.reply.buttons for b in row if "Załatwione" in b.label]
    await anna.payload(done.payload)
    await anna.press("Tak, załatwiona")
    return anna


def relayed(platform, text: str) -> bool:  # type: ignore[no-untyped-def]
    return any(text in s.text for s in platform.to(STAFF_CHAT))


async def test_a_closed_request_no_longer_takes_the_persons_messages(
    app, dialogue, delivery, platform, answered
):
    await close_as_done(app, platform)
    await delivery.run()
    assert "How helpful were we?" in platform.to(dialogue.user_id)[-1].text
    closed_card = platform.edits[-1].text
    assert "Odpowiedz na tę wiadomość" not in closed_card  # staff are not asked to answer

    await dialogue.send("how do I get a PESEL")
    assert "Passed on" not in dialogue.text and "PESEL" in dialogue.text
    await dialogue.send("5")  # the rating asked for, typed
    assert "Thank you for your rating" in dialogue.text
    await dialogue.send("4")  # rated already: a number is nothing more
    assert "Thank you for your rating" not in dialogue.text
    await delivery.run()
    assert not relayed(platform, "how do I get a PESEL")
    assert not relayed(platform, "Olena pisze:\n5")


async def test_a_rating_typed_with_thanks_beside_it_is_the_rating(
    app, dialogue, delivery, platform, answered
):
    """«5 спасибо большое!» was answered «you're welcome» and the rating lost (the fourteenth
    tester): a rating with thanks around it counts."""
    await close_as_done(app, platform)
    await delivery.run()
    await dialogue.send("5 спасибо большое!")
    assert "Thank you for your rating" in dialogue.text
    await dialogue.send("4")  # rated already
    assert "Thank you for your rating" not in dialogue.text


async def test_staff_writing_under_a_closed_card_are_told_the_answers_go_to_the_bot(
    app, dialogue, delivery, platform, answered
):
    anna = await close_as_done(app, platform)
    await anna.reply(answered.message_id, "One more thing: bring a photo", "710")
    assert "Prośba jest zamknięta, więc jej odpowiedzi trafią do bota" in anna.text
    await delivery.run()
    told = platform.to(dialogue.user_id)[-1]
    assert "bring a photo" in told.text and "This request is closed" in told.text
    assert told.reply.buttons == []  # no «End chat with staff»: there is no chat
    await dialogue.send("ok thanks, and where is the office")
    assert "Passed on" not in dialogue.text


async def test_an_open_request_still_takes_what_the_person_writes_back(
    app, dialogue, delivery, platform, answered
):
    await dialogue.send("how do I get a PESEL")
    assert "Passed on to the staff (request #T1)" in dialogue.text
    await delivery.run()
    assert relayed(platform, "how do I get a PESEL")


async def test_after_ask_a_question_the_bot_answers_and_the_way_back_to_staff_is_offered(
    app, clock, dialogue, delivery, platform, answered
):
    clock.advance(minutes=5)
    await dialogue.payload("ask")
    await dialogue.send("how do I get a PESEL")
    assert "Passed on" not in dialogue.text and "PESEL" in dialogue.text
    assert "it was not passed on to the staff" in dialogue.text
    await dialogue.press("Write to the staff")
    assert "it will go to the staff" in dialogue.text
    await dialogue.send("Is Tuesday fine?")
    assert "Passed on to the staff (request #T1)" in dialogue.text
    await delivery.run()
    assert relayed(platform, "Is Tuesday fine?") and not relayed(platform, "how do I get a PESEL")


async def test_after_start_the_bot_answers_until_staff_write_again(
    app, clock, dialogue, delivery, platform, answered
):
    clock.advance(minutes=5)
    await dialogue.send("/start")
    await dialogue.send("how do I get a PESEL")
    assert "Passed on" not in dialogue.text and "not passed on" in dialogue.text
    clock.advance(minutes=5)
    await StaffMember(app.core).reply(answered.message_id, "Are you there?", "720")
    await dialogue.send("yes, I am")
    assert "Passed on to the staff (request #T1)" in dialogue.text


async def test_a_rating_typed_with_no_request_waiting_for_one_is_an_ordinary_message(dialogue):
    await dialogue.send("5")
    assert "rating" not in dialogue.text


async def test_requests_shows_when_the_person_wrote_back(app, clock, dialogue, answered):
    anna = StaffMember(app.core, "501", "Anna Nowak")
    await anna.command("/requests")
    assert "odpisał(a)" not in anna.text
    clock.advance(minutes=7)
    await dialogue.send("Yes, Tuesday is fine")
    await anna.command("/requests")
    [line] = [x for x in anna.text.splitlines() if "Prośba o telefon nr T1" in x]
    assert "💬 odpisał(a) 09:07" in line, line
    clock.advance(days=1)
    await anna.command("/requests")
    assert "💬 odpisał(a) 23 lis" in anna.text  # not today: the day too
