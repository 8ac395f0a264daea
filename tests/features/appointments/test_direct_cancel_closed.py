"""A direct booking cancelled by staff closing its time (README «Known gaps», Staff side): as
a specialist's cancel from an approved request, the times offered are from the next day on,
and a staff message after it names no command that does not fit («To book again: /services»
under times just offered). A visit at the duty desk cancelled so offers the next days too."""

from __future__ import annotations

from tests.support.appointments import STAFF_CHAT, book_and_confirm_career
from tests.support.bookings import TUE_1330, book_and_confirm, to_chat
from tests.support.dialogue import Dialogue, StaffMember


async def test_a_direct_appointment_gets_the_next_days_and_no_command(
    app, dialogue, delivery, platform
):
    await book_and_confirm_career(dialogue)  # Thursday 26 November, 09:00
    await delivery.run()
    note = next(s for s in platform.to(STAFF_CHAT) if "(nr S1)" in s.text)
    anna = StaffMember(app.core)
    await anna.payload("apptv:cancel:1")
    await anna.press("Tak, odwołaj wizytę")
    await delivery.run()
    told = platform.to(dialogue.user_id)[-1]
    labels = " ".join(b.label for row in told.reply.buttons for b in row)
    assert "the specialist will not be available then" in told.text
    assert "26 Nov" not in labels and "Thu 3 Dec, 09:00" in labels  # not later that morning
    await anna.reply(note.message_id, "Pani Ewa jest chora, przepraszamy", "700")
    await delivery.run()
    said = platform.to(dialogue.user_id)[-1].text
    assert "Pani Ewa jest chora" in said and "goes to the bot" in said
    assert "/services" not in said


async def test_a_visit_at_the_duty_desk_closed_so_gets_the_next_days(app):
    person = Dialogue(app.core, user_id="ua", language_hint="uk")
    await book_and_confirm(person, TUE_1330)  # Tuesday 24 November, 13:30
    staff = StaffMember(app.core)
    await staff.payload("visit:cancel:1")
    await staff.press("Tak, odwołaj wizytę")
    told = (await to_chat(app.core, "ua"))[-1]
    offers = [b.label for b in told.buttons if b.payload.startswith("booking:time:")]
    assert offers and not any("24 лист." in label for label in offers), offers
    assert "/services" not in told.text
