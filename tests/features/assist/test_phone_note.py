"""What a person writes with their phone number in a help request («601 234 567, my wife answers,
she speaks Polish») is kept as a note for staff, as in a callback request: said, shown in the
summary, the confirmation, the staff card (escaped) and /mydata, asked about when it names a
time outside the office's hours, and erased by /forget and retention with the rest."""

from __future__ import annotations

import logging

from bot.core import markup
from tests.support.assist import (
    closed_and_forgotten,
    fill_translation,
    send_payload,
    send_translation,
    up_to_the_form,
)
from tests.support.callbacks import STAFF_CHAT
from tests.support.privacy import traces

WIFE = "my wife answers, she speaks Polish"


async def test_the_note_written_with_the_phone_reaches_staff_with_the_help_request(
    dialogue, delivery, platform
):
    await up_to_the_form(dialogue, "translation", phone=f"601 234 567, {WIFE}")
    assert "Phone: +48 601 234 567" in dialogue.text
    assert f"goes to the staff as a note to your request: “{WIFE}”" in dialogue.text
    assert "Only the number was saved" not in dialogue.text
    assert "1/" in dialogue.text  # the form's first question
    await dialogue.payload("assist:pick:0:1")
    await dialogue.send("1.12")
    await dialogue.payload("assist:pick:2:uk")
    await dialogue.payload("assist:skip:3")
    assert f"Phone: +48 601 234 567\n🗒 Note for the staff: {WIFE}" in dialogue.text
    await dialogue.payload(send_payload(dialogue))
    assert f"Staff will see your note: “{WIFE}”." in dialogue.text
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert f"🗒 Uwaga od osoby: {WIFE}" in card.text
    assert "phone_note" not in card.text  # not shown as one of the form's answers
    await dialogue.send("/mydata")
    assert f"Note: {WIFE}" in dialogue.text and "phone_note" not in dialogue.text


async def test_the_note_is_shown_to_staff_exactly_as_typed(dialogue, delivery, platform):
    await send_translation(dialogue, phone="601 234 567 <b>**call**</b> [me](https://x.example)")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    html = markup.to_html(card.reply.text)
    assert "&lt;b&gt;**call**&lt;/b&gt; [me](https://x.example)" in html
    assert "<a " not in html and "<b>call" not in html


async def test_a_time_outside_the_hours_is_asked_about_before_the_form(dialogue):
    await up_to_the_form(dialogue, "translation", phone="601 234 567 after 6pm")
    assert "• today, Monday, 23 November: 08:00–16:00" in dialogue.text
    assert "1/" not in dialogue.text
    await dialogue.press("Keep the note")
    assert "The note stays as it is: “after 6pm”." in dialogue.text
    assert "1/" in dialogue.text


async def test_a_new_number_in_the_summary_replaces_the_note_and_the_saved_one_keeps_it(
    dialogue,
):
    await fill_translation(dialogue, phone="601 234 567 after 14")
    assert "Note for the staff: after 14" in dialogue.text
    await dialogue.payload("assist:fix")
    await dialogue.payload("assist:fix:person")
    await dialogue.press("Use: Olena")
    assert "Note for the staff: after 14" in dialogue.text
    await dialogue.payload("assist:fix")
    await dialogue.press("Change the phone")
    await dialogue.send("602 345 678")
    assert "Phone: +48 602 345 678" in dialogue.text
    assert "Note for the staff" not in dialogue.text


async def test_danger_written_with_the_phone_brings_the_help_lines_and_an_urgent_request(
    dialogue, delivery, platform
):
    await up_to_the_form(dialogue, "translation", phone="601 234 567 my husband beats me")
    assert "112" in dialogue.text
    await dialogue.payload("assist:pick:0:1")
    await dialogue.send("1.12")
    await dialogue.payload("assist:pick:2:uk")
    await dialogue.payload("assist:skip:3")
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "PILNE" in card.text


async def test_forget_erases_the_note_everywhere(app, dialogue, delivery, platform):
    trace = "Zqxwvnote"  # typed nowhere else
    await send_translation(dialogue, phone=f"601 234 567 ask for {trace}")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    await dialogue.send("/mydata")
    await app.services.db.checkpoint()
    assert traces(app, trace), "the setting-up worked"
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    edited = platform.edits[-1]
    assert edited.message_id == card.message_id and trace not in edited.text
    assert traces(app, trace) == []


async def test_retention_erases_the_note_of_a_closed_help_request(app, clock, dialogue, anna):
    await send_translation(dialogue, phone="601 234 567 ask for Oksana")
    row = await closed_and_forgotten(app, clock, anna)
    assert row["details"] is None and row["name"] is None


async def test_the_note_never_reaches_the_logs(dialogue, anna, delivery, caplog):
    caplog.set_level(logging.DEBUG, logger="bot")
    await send_translation(dialogue, phone="601 234 567 ask for Wojciechowska after 14")
    await anna.payload("request:take:1")
    await delivery.run()
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    assert "Wojciechowska" not in caplog.text


async def test_a_note_in_brackets_after_the_name_is_the_help_requests_note(
    dialogue, delivery, platform
):
    """README «Known gaps», Forms: «Halyna (sąsiadka, ja tylko pomagam)» was stored as the
    name; now the name is «Halyna» and the bracket the request's note."""
    await up_to_the_form(dialogue, "translation", name="Halyna (neighbour, I only help)")
    assert "“Halyna”" in dialogue.text and "note to your request: “neighbour, I only help”" in (
        dialogue.text
    )
    await send_translation_rest(dialogue)
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "👤 Imię: Halyna\n" in card.text
    assert "🗒 Uwaga od osoby: neighbour, I only help" in card.text


async def send_translation_rest(dialogue) -> None:  # type: ignore[no-untyped-def]
    await dialogue.payload("assist:pick:0:1")
    await dialogue.send("1.12")
    await dialogue.payload("assist:pick:2:uk")
    await dialogue.payload("assist:skip:3")
    await dialogue.payload(send_payload(dialogue))
