"""A person's appointments and requests in /mydata and /forget; retention; no names in logs."""

from __future__ import annotations

import logging
from dataclasses import replace

from bot.core.messages import Incoming
from tests.support.appointments import (
    LAWYER_TUE_1000,
    LAWYER_TUE_1045,
    STAFF_CHAT,
    book_and_confirm_career,
    send_request,
)
from tests.support.bookings import queued
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.privacy import traces

TRACE = "Qwzxplorf"  # typed nowhere else


async def _booked_and_asked(app, dialogue, trace: str = "Qwzxplorf") -> None:  # type: ignore[no-untyped-def]
    await book_and_confirm_career(dialogue, name=f"{trace}a Kovalenko ({trace}'s neighbour)")
    await send_request(
        dialogue,
        need=f"A letter from {trace} office about my residence card",
        name=f"Olena Kovalenko (sister of {trace}b)",  # the bracket: the request's note
    )


async def test_mydata_shows_appointments_and_requests_with_the_need(app, dialogue):
    await _booked_and_asked(app, dialogue)
    await dialogue.send("/mydata")
    text = dialogue.text
    assert "Appointments with a specialist" in text
    assert "Thursday, 26 November 2026, 09:00 — Career advice, Career counsellor (upcoming)" in text
    assert "Qwzxplorfa Kovalenko, 📱 +48 601 234 567" in text
    assert "Appointment request #W1 — Legal advice (waiting for an advisor)" in text
    assert "A letter from Qwzxplorf office" in text


async def test_forget_cancels_the_upcoming_appointment_and_erases_every_row_and_card(
    app, dialogue, delivery, platform
):
    trace = "Qwzxplorf"
    await _booked_and_asked(app, dialogue, trace)
    await delivery.run()
    shown = {m.message_id for m in platform.to(STAFF_CHAT)}
    await dialogue.send("/mydata")
    await delivery.run()
    await app.services.db.checkpoint()
    assert traces(app, trace), "the setting-up worked"

    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    assert traces(app, trace) == []
    async with app.services.db.transaction() as tx:
        for table in ("appointments", "appointment_requests"):
            assert await tx.fetchall(f"SELECT * FROM {table}") == []  # noqa: S608
    other = Dialogue(app.core, user_id="p2")
    await book_and_confirm_career(other)
    await book_and_confirm_career(Dialogue(app.core, user_id="p3"))
    assert "is booked" in other.text  # both seats of Thursday 09:00 are free again
    edited = {e.message_id: e.text for e in platform.edits}
    assert shown <= set(edited), "every staff message about them is rewritten"
    for text in edited.values():  # the notes written in brackets after the name too
        assert "Kovalenko" not in text and "601 234 567" not in text and trace not in text
    told = "\n".join(m.text for m in platform.to(STAFF_CHAT)[-2:])
    assert "Wizyta u specjalisty nr S1" in told and "usunięcie swoich danych" in told
    assert "Prośba o wizytę nr W1 (Porada prawna) — wycofana" in told  # nobody decides it now
    assert any("Osoba wycofała prośbę" in t for t in edited.values())  # the card says so
    await dialogue.send("/mydata")
    assert "Appointments with a specialist" not in dialogue.text


async def test_forget_after_a_request_was_booked_tells_staff_once_that_the_visit_is_cancelled(
    app, dialogue, delivery, platform
):
    """A request already booked was handled, not withdrawn: /forget tells staff only that its
    visit (S1) is cancelled, and the request's card says that visit was cancelled by the person
    (tester 38, F9: it kept «✅ Umówiona»), without the person."""
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1045}")
    await anna.press("Zaproponuj zaznaczony termin")
    await dialogue.payload("appt:take:1:0")
    assert "Your appointment is booked" in dialogue.text
    await delivery.run()
    sent = len(platform.to(STAFF_CHAT))
    edits = len(platform.edits)

    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    told = [m.text for m in platform.to(STAFF_CHAT)[sent:]]
    assert len(told) == 1 and "Wizyta u specjalisty nr S1" in told[0], told
    assert "wycofana" not in told[0] and "Nie trzeba" not in told[0]
    cards = [e.text for e in platform.edits[edits:] if "Prośba o wizytę nr W1" in e.text]
    said = "❌ Umówiona wizyta odwołana przez osobę: wtorek, 24 listopada 2026, 10:45"
    assert cards and said in cards[-1] and "✅ Umówiona" not in cards[-1], cards[-1]
    assert "Osoba wycofała prośbę" not in cards[-1] and "Kovalenko" not in cards[-1]
    # why, in one wording: the person asked (not «… or after the retention period»)
    assert "osoba poprosiła o usunięcie swoich danych" in cards[-1]
    visit = [e.text for e in platform.edits[edits:] if "Prośba o wizytę" not in e.text]
    assert visit and "Wizyta u specjalisty (nr S1)" in visit[-1]
    assert "osoba poprosiła o usunięcie swoich danych" in visit[-1]
    assert all("przechowywania" not in e.text for e in platform.edits[edits:])


async def test_retention_erases_the_person_of_a_past_appointment(app, clock, dialogue):
    await book_and_confirm_career(dialogue)
    clock.advance(days=40)
    for job in app.core.registry.jobs:
        if job.name == "appointments: retention":
            await job.run(app.services)
    async with app.services.db.transaction() as tx:
        row = await tx.fetchone("SELECT name, phone, status FROM appointments WHERE id = 1")
    assert (row["name"], row["phone"], row["status"]) == (None, None, "active")


async def test_a_request_nobody_answered_is_closed_by_retention_and_the_person_is_told(
    app, clock, dialogue
):
    dialogue.language_hint = "uk"
    await send_request(dialogue)
    clock.advance(days=40)
    for job in app.core.registry.jobs:
        if job.name == "appointments: retention":
            await job.run(app.services)
    told = [q for q in await queued(app.core) if q.chat_id == dialogue.user_id][-1]
    assert "Запит № W1" in told.text and "закрито" in told.text
    assert "/services" in told.text and "services" in [b.payload for b in told.buttons]
    await dialogue.send("/mybookings")
    assert "Request #W1" not in dialogue.text and "Запит № W1" not in dialogue.text


async def test_names_phones_and_needs_never_reach_the_logs(
    app, dialogue, caplog, delivery, platform
):
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.DEBUG, logger="bot")
    await book_and_confirm_career(dialogue, name="Oksana Melnyk", phone="601 999 888")
    await send_request(dialogue, name="Oksana Melnyk", need="Evicted by Lviv landlord")
    await dialogue.send("The Lviv landlord kept my deposit")  # relayed to the advisor
    await delivery.run()
    anna = StaffMember(app.core)
    card = next(s for s in platform.to(STAFF_CHAT) if "Prośba o wizytę nr W1\n" in s.text)
    await anna.reply(card.message_id, "Lviv: do you have the contract?")
    assert "zostanie dostarczona" in anna.text
    await delivery.run()
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.press("Zaproponuj zaznaczony")
    await dialogue.payload("appt:take:1:0")
    await dialogue.send("/mybookings")
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    for secret in ("Oksana", "Melnyk", "601 999 888", "601999888", "Lviv", "Anna Nowak"):
        assert secret not in caplog.text


async def test_forget_rewrites_the_staff_agenda_that_showed_only_their_first_name(
    app, dialogue, delivery, platform
):
    await send_request(dialogue, "psychologist", name=f"Olena {TRACE}")  # staff see "Olena"
    staff = StaffMember(app.core)
    asked = Incoming("telegram", staff.user_id, staff.chat_id, "pl", sender_name=staff.name)
    queued_replies = await app.core.handle_queued(replace(asked, command="appointments"))
    await delivery.worker.send_now("telegram", staff.chat_id, queued_replies)
    agenda = platform.to(STAFF_CHAT)[-1]
    assert "Olena" in agenda.text and TRACE not in agenda.text and "601" not in agenda.text

    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    edits = [e for e in platform.edits if e.message_id == agenda.message_id]
    assert edits and "Olena" not in edits[-1].text and "usunięte" in edits[-1].text


async def test_forget_withdraws_an_urgent_psychologists_request_and_staff_are_told(
    app, dialogue, delivery, platform
):
    """The card no longer says «⏳ waiting for an advisor» with no buttons: withdrawn, and a
    line in the staff chat says why (as for a help request)."""
    await send_request(dialogue, "psychologist", urgent=True)
    await delivery.run()
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    card = [e.text for e in platform.edits if "Prośba o wizytę nr W1" in e.text][-1]
    assert "PILNE" in card and "Osoba wycofała prośbę" in card and "Czeka na doradcę" not in card
    assert "Olena" not in card
    told = platform.to(STAFF_CHAT)[-1].text
    assert "Prośba o wizytę nr W1 (Psycholog) — wycofana" in told and "Olena" not in told


async def _booked_from_request(app, dialogue) -> None:  # type: ignore[no-untyped-def]
    """W1 approved with a time offered; the person books it (S1)."""
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.press("Zaproponuj zaznaczony termin")
    await dialogue.payload("appt:take:1:0")


async def test_mydata_says_the_request_s_visit_was_cancelled_not_booked(app, dialogue):
    """Tester 36, F5: «вы записаны» stood next to the visit it booked, cancelled."""
    dialogue.language_hint = "ru"
    await _booked_from_request(app, dialogue)
    await dialogue.send("/mydata")
    assert "№ W1 — Юридическая консультация (вы записаны)" in dialogue.text
    await dialogue.payload("appt:cancel_now:1")
    await dialogue.send("/mydata")
    assert "(отменён)" in dialogue.text
    assert "№ W1 — Юридическая консультация (запись № S1 отменена)" in dialogue.text
    assert "вы записаны" not in dialogue.text
