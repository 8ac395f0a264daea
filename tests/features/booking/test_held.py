"""A person with an upcoming visit who books again is told of it first, and may move it, keep
it, or book another; a time typed that is their own visit is theirs, not «not free» (the
fresh-eyes tester's finding: /book → 14:00 said «not free» of their own visit, then a second
visit was booked beside it without a word)."""

from __future__ import annotations

from tests.support.bookings import book_and_confirm
from tests.support.dialogue import Dialogue


async def test_booking_again_names_the_visit_and_offers_to_move_it(app, dialogue: Dialogue):
    await book_and_confirm(dialogue)
    await dialogue.send("/book")
    assert "You already have a visit:" in dialogue.text
    assert "Tuesday, 24 November 2026, 13:30 — City Hall" in dialogue.text
    assert "move it, keep it as it is, or book another visit?" in dialogue.text
    await dialogue.press("Move: Tue 24 Nov, 13:30")
    assert "choose the new time" in dialogue.text


async def test_keeping_it_changes_nothing(app, dialogue: Dialogue):
    await book_and_confirm(dialogue)
    await dialogue.send("/book")
    await dialogue.press("Keep it")
    assert "Your visit stays as it is." in dialogue.text
    await dialogue.send("/mybookings")
    assert "13:30" in dialogue.text


async def test_another_visit_may_be_booked_and_its_own_time_is_named_as_theirs(
    app, dialogue: Dialogue
):
    await book_and_confirm(dialogue)
    await dialogue.send("/book")
    await dialogue.press("Book another visit")
    await dialogue.press("City Hall")
    await dialogue.send("back")  # back to the places and on: not told of the visit again
    assert "Which place suits you best?" in dialogue.text
    await dialogue.press("City Hall")
    await dialogue.press("Tue 24 Nov")
    await dialogue.send("13:30")
    assert "13:30 is your own visit (Tuesday, 24 November 2026, 13:30)" in dialogue.text
    assert "is not free" not in dialogue.text
    await dialogue.press("13:45")
    assert "What is your visit about?" in dialogue.text or dialogue.button("PESEL")


async def test_at_the_limit_the_visits_can_still_be_moved(app, dialogue: Dialogue):
    await book_and_confirm(dialogue)
    await book_and_confirm(dialogue, "booking:time:social_services:202611261200")
    await dialogue.send("/book")
    assert "as many upcoming visits as one person can hold" in dialogue.text
    assert dialogue.button("Move: Tue 24 Nov, 13:30") and not any(
        "another" in b.label for b in dialogue.buttons
    )
