"""Moving an appointment names the old and the new time in a form that needs no grammatical
case («Перенести приём: вторник, 24 ноября … → …»), never a weekday in the nominative after a
preposition («с вторник … на среда»: tester 18, item 9)."""

from __future__ import annotations

from tests.features.appointments.test_move import TUE_1045, _booked
from tests.features.booking.test_move_wording import WRONG
from tests.support.dialogue import Dialogue


async def test_an_appointment_moved_names_its_days_without_a_case(app):
    person = Dialogue(app.core, language_hint="ru")
    await _booked(app, person)
    await person.payload("appt:move:1")
    assert "Перенос приёма вт, 24 нояб., 10:00" in person.text
    moveto = next(b for b in person.buttons if b.payload.startswith("appt:moveto:1:"))
    await person.payload(moveto.payload)
    assert "Перенести приём: вторник, 24 ноября 2026\u202fг., 10:00 → " in person.text
    assert not any(wrong in person.text for wrong in WRONG)


async def test_the_move_question_shows_the_new_time_and_the_old_one_as_was(app):
    # tester report 21, finding 8: the card above «✅ Так, перенести» had the old time only
    person = Dialogue(app.core, language_hint="uk")
    await _booked(app, person)
    await person.payload("appt:move:1")
    await person.payload(f"appt:moveto:1:{TUE_1045}")
    question, card = person.text.replace("**", "").split("\n\n", 1)
    assert question.startswith("Перенести прийом: ") and "10:00 → " in question
    assert card.splitlines()[:2] == [
        "🗓 вівторок, 24 листопада 2026\u202fр., 10:45",
        "↩️ було: вт, 24 лист., 10:00",
    ]
    assert card.count("10:00") == 1
