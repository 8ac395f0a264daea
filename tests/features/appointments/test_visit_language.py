"""The language of an appointment (tester report 16, item 10, as a visit's): chosen on the
summary of a direct booking or of a request, for someone who speaks another language; staff
read it on the request's card and on the appointment's note."""

from __future__ import annotations

from tests.support.appointments import (
    LAWYER_TUE_1045,
    STAFF_CHAT,
    book_career,
    confirm_button,
    give_details,
)
from tests.support.bookings import to_chat
from tests.support.dialogue import StaffMember


async def test_a_direct_booking_for_someone_else_in_their_language(app, dialogue):
    await book_career(dialogue)
    assert "🗣 Language of the appointment: English" in dialogue.text
    assert "Choose their language below" in dialogue.text
    await dialogue.send("ukrainian")  # typed: its button
    assert "🗣 Language of the appointment: Ukrainian" in dialogue.text
    await dialogue.payload(confirm_button(dialogue).payload)
    assert "Your appointment is booked" in dialogue.text
    [note] = await to_chat(app.core, STAFF_CHAT)
    assert "🗣 Język wizyty: ukraiński" in note.text and "Język czatu: angielski" in note.text


async def test_a_request_keeps_its_language_to_the_appointment(app, dialogue):
    dialogue.language_hint = "uk"
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")
    await dialogue.send("Сусідці відмовили в карті побиту, є лист від воєводи")
    await give_details(dialogue, "Олена", "601 234 567")
    assert "🗣 Мова прийому: українська" in dialogue.text
    await dialogue.press("Русский")
    assert "🗣 Мова прийому: російська" in dialogue.text
    send = next(b for b in dialogue.buttons if b.payload.startswith("appt:send:"))
    await dialogue.payload(send.payload)
    card = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert "🗣 Język wizyty: rosyjski" in card.text and "Język czatu: ukraiński" in card.text
    await dialogue.send("/mybookings")  # the person reads it with the request too
    assert "🗣 Мова прийому: російська" in dialogue.text
    staff = StaffMember(app.core)
    await staff.command("requests")  # the language staff will speak, as on the card (F4)
    assert "W1 · rosyjski ·" in staff.text
    await dialogue.send("/mydata")  # and what is stored with it (tester 43, F10)
    request = dialogue.text.split("№ W1", 1)[1]
    assert "🗣 Мова прийому: російська" in request and "👤 Олена, 📱 +48 601 234 567" in request

    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1045}")
    await anna.press("Zaproponuj zaznaczony termin")
    await dialogue.payload("appt:take:1:0")
    staff = await to_chat(app.core, STAFF_CHAT)
    [note] = [q for q in staff if "Nowa wizyta u specjalisty" in q.text]
    assert "🗣 Język wizyty: rosyjski" in note.text


async def test_the_person_reads_the_appointments_other_language_after_booking(dialogue):
    await book_career(dialogue)
    await dialogue.send("po polsku")
    await dialogue.payload(confirm_button(dialogue).payload)
    line = "🗣 Language of the appointment: Polish"
    assert line in dialogue.text  # the confirmation
    await dialogue.send("/mybookings")
    assert line in dialogue.text
    await dialogue.send("/mydata")
    assert line in dialogue.text
    await dialogue.send("/language")
    await dialogue.payload("language:pl")  # now the chat's language too: said no more
    await dialogue.send("/mybookings")
    assert "🗓" in dialogue.text and "🗣" not in dialogue.text
