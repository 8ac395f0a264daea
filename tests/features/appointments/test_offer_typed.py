"""An offered time named in words while the request waits (tester 40, F6): the advisor still
reads the text, and the person gets the time it names to book with one tap; a day that fits
two offered times offers both; a day with a no is not the one chosen."""

from __future__ import annotations

from tests.support.appointments import LAWYER_TUE_1000, send_request
from tests.support.dialogue import Dialogue, StaffMember

LAWYER_TUE_1_DEC = "lawyer:202612010900"  # Tuesday 1 December, 10:00 in Warsaw


async def _offered_two_tuesdays(app, dialogue: Dialogue) -> None:  # type: ignore[no-untyped-def]
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1_DEC}")
    await anna.press("Zaproponuj 2 zaznaczone")


async def test_a_day_typed_that_fits_one_offered_time_offers_it_to_book(app, dialogue):
    dialogue.language_hint = "uk"
    await _offered_two_tuesdays(app, dialogue)
    await dialogue.send("давайте краще 1-го, 24-го я на роботі")
    assert "✉️ Передано консультантові (запит на прийом № W1)" in dialogue.text  # not lost
    assert "📅 вт, 1 груд., 10:00 — один із запропонованих вам часів." in dialogue.text
    assert [b.payload for b in dialogue.buttons if b.payload.startswith("appt:")] == [
        "appt:take:1:1"
    ]
    await dialogue.press("1 груд")
    assert "✅ Ви записані на прийом!" in dialogue.text
    assert "🗓 вівторок, 1 грудня 2026\u202fр., 10:00" in dialogue.text  # the day named


async def test_a_day_that_fits_both_offered_times_offers_both(app, dialogue):
    await _offered_two_tuesdays(app, dialogue)
    await dialogue.send("tuesday is fine for me")
    assert "📅 You named more than one of the times you were offered." in dialogue.text
    assert {b.payload for b in dialogue.buttons if b.payload.startswith("appt:take")} == {
        "appt:take:1:0",
        "appt:take:1:1",
    }


async def test_a_day_said_with_a_no_is_only_passed_on(app, dialogue):
    dialogue.language_hint = "pl"
    await _offered_two_tuesdays(app, dialogue)
    await dialogue.send("nie 24-go, wtedy pracuję")
    assert "zaproponowanych" not in dialogue.text
    assert not any(b.payload.startswith("appt:take") for b in dialogue.buttons)
