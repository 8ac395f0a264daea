"""What a person writes with their phone number («600 123 456 after 2pm») is not dropped: a
callback request passes it on to staff as a note; elsewhere the person hears it was not kept.
(A time outside the office's hours is asked about first: test_note_hours.py.)"""

from __future__ import annotations

import pytest

from tests.support.bookings import TUE_1330
from tests.support.callbacks import STAFF_CHAT, at_the_name_step, confirm_payload


async def _the_rest_of_the_request(dialogue) -> None:  # type: ignore[no-untyped-def]
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    if any(b.payload.startswith("callback:window:") for b in dialogue.buttons):
        await dialogue.payload("callback:window:pm")  # (an urgent request is not asked)


async def test_a_time_written_with_the_phone_reaches_staff_as_a_note(dialogue, delivery, platform):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("+48 600 123 456 after 2pm")
    assert "Phone: +48 600 123 456" in dialogue.text
    assert "goes to the staff as a note to your request: “after 2pm”" in dialogue.text
    assert "What is it about" in dialogue.text  # the form goes on
    await _the_rest_of_the_request(dialogue)
    assert "Note for the staff: after 2pm" in dialogue.text  # the summary
    await dialogue.payload(confirm_payload(dialogue))
    assert "Request #T1 has been sent" in dialogue.text
    assert "Staff will see your note: “after 2pm”." in dialogue.text
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Uwaga od osoby: after 2pm" in card.text
    await dialogue.send("/mydata")
    assert "Note: after 2pm" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("uk", "600123456 після 17:00", "примітку до запиту: «після 17:00»"),
        ("ru", "600 123 456, лучше после 17", "примечание к заявке: «лучше после 17»"),
        ("pl", "po 17 600 123 456", "jako uwagę do Twojej prośby: „po 17”"),  # the time before it
    ],
)
async def test_the_note_is_kept_in_the_persons_language(dialogue, lang, typed, said):
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Olena")
    await dialogue.send(typed)
    assert "+48 600 123 456" in dialogue.text and said in dialogue.text


async def test_what_was_typed_with_the_phone_is_shown_to_staff_exactly(
    dialogue, delivery, platform
):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("600 123 456 *after* [5pm](https://x.example)")
    await _the_rest_of_the_request(dialogue)
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Uwaga od osoby: *after* [5pm](https://x.example)" in card.text
    assert "\\*after\\* \\[5pm\\]" in card.reply.text  # never read as markup


async def test_name_phone_and_time_in_one_message_each_go_to_their_place(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Ramesh, 600 123 456 after 2pm")
    assert "“after 2pm”" in dialogue.text and "What is it about" in dialogue.text
    await _the_rest_of_the_request(dialogue)
    assert "Name: Ramesh\n" in dialogue.text and "Note for the staff: after 2pm" in dialogue.text


async def test_danger_written_with_the_phone_brings_the_help_lines_and_an_urgent_request(
    dialogue, delivery, platform
):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("600 123 456 my husband beats me")
    assert "112" in dialogue.text and "How should staff reach you?" in dialogue.text  # (short)
    await dialogue.payload("callback:reach:call")
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "PILNE" in card.text and "my husband beats me" in card.text


async def test_a_number_alone_leaves_no_note(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("my phone is 600 123 456")
    assert "note" not in dialogue.text.lower()
    await _the_rest_of_the_request(dialogue)
    assert "Note for the staff" not in dialogue.text


async def test_a_booking_says_that_only_the_number_was_kept(dialogue):
    await dialogue.payload(TUE_1330)
    await dialogue.payload("booking:topic:pesel")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567 after 2pm")
    assert "Only the number was saved; “after 2pm” is not kept here." in dialogue.text
    assert "Please check your booking" in dialogue.text


async def test_the_note_stays_when_the_saved_details_are_chosen_again_and_goes_with_a_new_number(
    dialogue,
):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("600 123 456 after 2pm")
    await _the_rest_of_the_request(dialogue)
    await dialogue.payload("callback:fix:person")
    await dialogue.press("Use: Olena")
    assert "Note for the staff: after 2pm" in dialogue.text
    await dialogue.payload("callback:fix")
    await dialogue.press("Change the phone")
    await dialogue.send("601 234 567")
    assert "Phone: +48 601 234 567" in dialogue.text and "Note for the staff" not in dialogue.text


async def test_the_digits_of_a_time_are_not_read_as_part_of_the_number(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("601 234 567 after 14")  # not +60 12-345 6714, a Malaysian number
    assert "Phone: +48 601 234 567" in dialogue.text
    assert "“after 14”" in dialogue.text
