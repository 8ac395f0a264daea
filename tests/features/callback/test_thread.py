"""Writing both ways: staff reply to a request, the person's answers come back under it."""

from __future__ import annotations

import pytest

from tests.support.callbacks import (
    STAFF_CHAT,
    StaffMember,
    request_callback,
)


@pytest.fixture
async def posted(dialogue, delivery, platform):  # type: ignore[no-untyped-def]
    """A request whose message is in the staff chat; returns that message."""
    await request_callback(dialogue)
    await delivery.run()
    return platform.to(STAFF_CHAT)[0]


async def test_a_staff_reply_reaches_the_person_and_their_answer_comes_back_under_the_request(
    app, dialogue, delivery, platform, posted
):
    anna = StaffMember(app.core)
    await anna.reply(posted.message_id, "Do you have a <residence card>? *Bring it*", "700")
    assert "zostanie dostarczona" in anna.text
    await delivery.run()
    to_person = platform.to(dialogue.user_id)[-1]
    assert "Do you have a <residence card>? *Bring it*" in to_person.text
    assert "next 24 hours" in to_person.text

    await dialogue.send("Yes, I have it & my passport")
    assert "Passed on to the staff (request #T1)" in dialogue.text
    await delivery.run()
    relayed = platform.to(STAFF_CHAT)[-1]
    assert "Olena" in relayed.text and "Yes, I have it & my passport" in relayed.text
    assert relayed.reply.reply_to_message_id == posted.message_id  # threaded under the request

    # Replying to the relayed answer, or to the staff member's own reply, still reaches her.
    await anna.reply(relayed.message_id, "Great, see you", "701")
    await anna.reply("700", "One more thing", "702")
    await delivery.run()
    texts = [s.text for s in platform.to(dialogue.user_id)]
    assert any("Great, see you" in t for t in texts) and any("One more thing" in t for t in texts)


async def test_after_24_hours_without_a_staff_reply_the_person_talks_to_the_bot_again(
    app, clock, dialogue, delivery, platform, posted
):
    await StaffMember(app.core).reply(posted.message_id, "Call me back please")
    clock.advance(hours=24, minutes=1)
    await dialogue.send("where is the city hall")
    assert "Passed on" not in dialogue.text
    await delivery.run()
    assert not any("where is the city hall" in s.text for s in platform.to(STAFF_CHAT))


async def test_stop_writing_to_staff_ends_the_thread_until_staff_write_again(
    app, dialogue, delivery, platform, posted
):
    anna = StaffMember(app.core)
    await anna.reply(posted.message_id, "Hello")
    await dialogue.send("hello")
    await dialogue.press("End chat with staff")
    assert "go to the bot again" in dialogue.text
    await dialogue.send("how do I get a PESEL")
    assert "Passed on" not in dialogue.text
    await anna.reply(posted.message_id, "Are you there?", "703")
    await dialogue.send("yes")
    assert "Passed on" in dialogue.text


async def test_staff_talking_among_themselves_is_left_alone(app, posted, delivery, platform):
    anna = StaffMember(app.core)
    assert await anna.reply("12345", "coffee?") == []  # a reply to some other message
    assert await anna._run(text="good morning") == []
    await delivery.run()
    assert len(platform.sent) == 1  # only the request itself


async def test_a_command_the_staff_chat_does_not_have_is_answered_with_the_help(app):
    anna = StaffMember(app.core)
    await anna.command("/reqests")  # a typo: not silence, which reads as a bot that is down
    assert "nie ma polecenia /reqests" in anna.text and "/help" in anna.text
    assert "Czy chodziło o /requests?" in anna.text  # tester 25, item 17: the closest one
    await anna.command("/todya")
    assert "Czy chodziło o /today?" in anna.text
    await anna.command("/qwertyuiop")  # nothing close: no guess
    assert "nie ma polecenia /qwertyuiop" in anna.text and "Czy chodziło" not in anna.text


async def test_a_staff_reply_without_text_is_explained(app, posted):
    anna = StaffMember(app.core)
    await anna._run(unsupported="photo", reply_to=posted.message_id, message_id="704")
    assert "tylko tekst" in anna.text


async def test_someone_elses_thread_button_is_refused(app, dialogue, posted):
    from tests.support.dialogue import Dialogue

    stranger = Dialogue(app.core, user_id="666")
    await stranger.payload("callback:stop:1")
    assert "no longer active" in stranger.text
    await stranger.payload("callback:rate:1:1")
    assert "no longer active" in stranger.text


async def test_danger_written_under_a_staff_reply_comes_back_urgent_with_its_reason(
    app, dialogue, delivery, platform, posted
):
    anna = StaffMember(app.core)
    await anna.reply(posted.message_id, "When can we call you?", "700")
    await delivery.run()
    await dialogue.send("Not tonight, I smell gas in the flat")
    assert "992" in dialogue.text  # the gas lines for her
    await delivery.run()
    relayed = platform.to(STAFF_CHAT)[-1].text
    assert relayed.splitlines()[0] == "🚨 PILNE — osoba pisała o ulatniającym się gazie", relayed


def _kept_anywhere(app, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The requests' and the outbox's rows that still hold `text`."""
    import sqlite3

    with sqlite3.connect(app.services.db.path) as conn:
        rows = conn.execute("SELECT details FROM callback_requests").fetchall()
        rows += conn.execute("SELECT reply FROM outbox").fetchall()
    return [str(cell) for (cell,) in rows if cell and text in str(cell)]


async def test_what_the_person_wrote_to_staff_is_in_mydata_until_forget_erases_it(
    app, dialogue, delivery, platform, posted
):
    anna = StaffMember(app.core)
    await anna.reply(posted.message_id, "Do you have a residence card?", "700")
    await dialogue.send("Yes, I have it, Zorblax passport too")
    assert "Passed on to the staff" in dialogue.text
    await dialogue.send("And my flat is in Qwertown")
    await dialogue.send("/mydata")
    mine = dialogue.text
    assert "✉️ You wrote to staff: Yes, I have it, Zorblax passport too" in mine
    assert mine.index("Zorblax") < mine.index("✉️ You wrote to staff: And my flat is in Qwertown")
    await delivery.run()
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await dialogue.send("/mydata")
    assert "Zorblax" not in dialogue.text and "Qwertown" not in dialogue.text
    assert _kept_anywhere(app, "Zorblax") == [] and _kept_anywhere(app, "Qwertown") == []


async def test_the_texts_go_with_the_request_once_its_retention_period_is_over(
    app, clock, dialogue, delivery, platform, posted
):
    anna = StaffMember(app.core)
    await anna.reply(posted.message_id, "Do you have a residence card?", "700")
    await dialogue.send("Yes, the Zorblax one")
    await delivery.run()
    await anna.payload("request:done:1")
    await anna.press("Tak, załatwiona")
    await dialogue.send("/mydata")
    assert "✉️ You wrote to staff: Yes, the Zorblax one" in dialogue.text  # closed: still kept
    clock.advance(days=31)
    for job in app.jobs:  # what `infopoint run` runs every hour
        await job.run(app.services)
    await dialogue.send("/mydata")
    assert "Zorblax" not in dialogue.text
    assert _kept_anywhere(app, "Zorblax") == []


async def test_a_text_taken_back_is_not_kept_with_the_request(app, dialogue, delivery, posted):
    await dialogue.send("Can it be on a Zorblaxday?")  # the search finds nothing: to staff
    assert "Added to your request #T1" in dialogue.text
    await dialogue.press("Undo")
    await dialogue.send("/mydata")
    assert "Zorblaxday" not in dialogue.text
