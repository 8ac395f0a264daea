"""A day or a time typed at the list of times to move an appointment to is read as a day or a
time (as the visit's move reads it): the day's free times, a free time asked about, anything
else a hint at the same list, never the main menu (the fresh-eyes tester's finding: «może 15
grudnia?» left the move for «I have no answer to that question»)."""

from __future__ import annotations

from tests.support.appointments import LAWYER_TUE_1000, send_request
from tests.support.dialogue import Dialogue, StaffMember


async def at_the_move(app, dialogue: Dialogue) -> None:  # type: ignore[no-untyped-def]
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.press("Zaproponuj zaznaczony")
    await dialogue.payload("appt:take:1:0")
    await dialogue.send("/mybookings")
    await dialogue.press("Move: Tue 24 Nov, 10:00")


async def test_a_day_typed_shows_its_free_times_and_a_time_typed_takes_one(app, dialogue):
    await at_the_move(app, dialogue)
    await dialogue.send("maybe 1 December?")
    assert "Free times on Tuesday, 1 December 2026 for your appointment of Tue 24 Nov, 10:00" in (
        dialogue.text
    )
    assert dialogue.button("10:45") and dialogue.button("Other days")
    await dialogue.send("10:45")
    assert "Move your appointment from Tuesday, 24 November 2026, 10:00 to Tuesday, 1 Dec" in (
        dialogue.text
    )
    await dialogue.press("Yes, move it")
    assert "Your appointment has been moved" in dialogue.text


async def test_a_day_without_free_times_names_the_nearest(app, dialogue):
    await at_the_move(app, dialogue)
    await dialogue.send("27.11")
    assert "Friday, 27 November: the specialist has no appointment hours that day." in (
        dialogue.text
    )
    assert any(b.payload.startswith("appt:moveday:1:") for b in dialogue.buttons)


async def test_anything_else_keeps_the_person_at_the_move(app, dialogue):
    await at_the_move(app, dialogue)
    await dialogue.send("hmm")
    assert "or type a day (“15.12”)" in dialogue.text and "choose the new time" in dialogue.text


async def test_a_yes_typed_at_the_question_moves_it(app, dialogue):
    await at_the_move(app, dialogue)
    await dialogue.send("1.12 10:45")
    await dialogue.send("так")
    assert "Your appointment has been moved" in dialogue.text


async def test_an_hour_alone_a_deadline_or_soon_are_read_as_at_the_days(app, dialogue):
    """As an appointment's day step reads them (bot/core/day_at.py): «as soon as possible» and
    «by Friday» offer the earliest free times to move to; «1 grudnia 10» asks about that time."""
    await at_the_move(app, dialogue)
    await dialogue.send("as soon as possible")
    assert "The earliest free times:" in dialogue.text
    offered = [b.payload for row in dialogue.replies[0].buttons for b in row]
    assert offered and all(p.startswith("appt:moveto:1:") for p in offered)
    await dialogue.send("by Friday")
    assert "by 27 November:" in dialogue.text
    await dialogue.send("1 grudnia 10")
    assert "Move your appointment from Tuesday, 24 November 2026, 10:00 to Tuesday, 1 Dec" in (
        dialogue.text
    )
