"""A booked appointment is a thread, as a visit at the duty hours is
(bot/features/appointments/booked.py): a staff reply to its note («🧑‍💼 Nowa wizyta u
specjalisty (nr 1)») reaches the person, the note says who wrote, and what the person writes
back comes under the note; a cancelled appointment's note still reaches them, their answers go
to the bot; for a confidential service staff still see a first name alone."""

from __future__ import annotations

from bot.features.appointments.privacy import retention
from tests.support.appointments import STAFF_CHAT, book_and_confirm_career, send_request
from tests.support.dialogue import StaffMember

WROTE = "✉️ Wiadomość do tej osoby: "


def note_of(platform):  # type: ignore[no-untyped-def]
    return next(s for s in platform.to(STAFF_CHAT) if "Nowa wizyta u specjalisty" in s.text)


async def test_a_reply_to_an_appointments_note_reaches_the_person_and_their_answer_comes_back(
    app, clock, dialogue, delivery, platform
):
    await book_and_confirm_career(dialogue)
    await delivery.run()
    note = note_of(platform)
    assert WROTE not in note.text
    anna = StaffMember(app.core, "501", "Anna Nowak")
    await anna.reply(note.message_id, "Proszę zabrać <CV> *na piśmie*", "700")
    assert "Wizyta u specjalisty nr S1: wiadomość zostanie dostarczona tej osobie." in anna.text
    await delivery.run()
    told = platform.to(dialogue.user_id)[-1]
    assert "wrote about your appointment (Career advice, Thursday, 26 November 2026" in told.text
    assert "Proszę zabrać <CV> *na piśmie*" in told.text  # exactly as staff wrote it
    assert "for the next 24 hours" in told.text
    assert told.reply.buttons[0][0].payload == "callback:stop:1:appt"
    edited = platform.edits[-1]  # the note says who wrote, for her colleagues
    assert edited.message_id == note.message_id and f"{WROTE}Anna Nowak, " in edited.text
    assert edited.reply.buttons[0][0].payload == "apptv:cancel:1"  # still to cancel

    clock.advance(minutes=5)
    await dialogue.send("OK, I will bring it. <b>thanks</b>")
    assert "Passed on to the staff (your appointment: Career advice)" in dialogue.text
    await delivery.run()
    relayed = platform.to(STAFF_CHAT)[-1]
    assert relayed.text.startswith("💬 Wizyta u specjalisty nr S1 · Olena Kovalenko pisze:")
    assert "OK, I will bring it. <b>thanks</b>" in relayed.text  # as typed
    assert relayed.reply.reply_to_message_id == note.message_id  # under the note

    piotr = StaffMember(app.core, "502", "Piotr Lis")
    await piotr.reply(relayed.message_id, "Dziękujemy", "701")  # a reply to the relayed text
    await delivery.run()
    assert "Dziękujemy" in platform.to(dialogue.user_id)[-1].text
    assert f"{WROTE}Piotr Lis, " in platform.edits[-1].text

    await dialogue.press("End chat with staff")  # to the bot again
    await dialogue.send("where is the city hall")
    assert "Passed on" not in dialogue.text

    clock.advance(days=40)  # the appointment long over: what she wrote leaves the staff chat
    await retention(app.services)
    await delivery.run()
    edits = [e for e in platform.edits if e.message_id == relayed.message_id]
    assert edits and edits[-1].text == (
        "💬 Wizyta u specjalisty nr S1: (treść usunięta: minął okres przechowywania danych)"
    )


async def test_a_cancelled_appointments_note_reaches_the_person_whose_answers_go_to_the_bot(
    app, dialogue, delivery, platform
):
    await book_and_confirm_career(dialogue)
    await delivery.run()
    anna = StaffMember(app.core)
    await anna.payload("apptv:cancel_now:1")
    await anna.reply(note_of(platform).message_id, "Doradca choruje, przepraszamy")
    assert "Wizyta jest odwołana, więc jej odpowiedzi trafią do bota, nie tutaj." in anna.text
    await delivery.run()
    told = platform.to(dialogue.user_id)[-1]
    assert "wrote about your cancelled appointment (Career advice" in told.text
    assert "Doradca choruje" in told.text and "goes to the bot" in told.text
    assert "/services" not in told.text  # the cancel offered its times already
    assert not told.reply.buttons  # no «end chat»: nothing goes to staff
    await dialogue.send("ok, when else can I come?")
    assert "Passed on" not in dialogue.text


async def test_for_a_confidential_service_staff_see_a_first_name_alone_in_the_thread(
    app, clock, dialogue, delivery, platform
):
    await send_request(dialogue, "psychologist")
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload("apptq:pick:1:psychologist:202611251100")
    await anna.press("Zaproponuj zaznaczony")
    await dialogue.payload("appt:take:1:0")
    await delivery.run()
    clock.advance(minutes=2)  # after the advisor's offer: the note's thread is the latest
    await anna.reply(note_of(platform).message_id, "Psycholog zadzwoni o 12:00", "710")
    await delivery.run()
    assert "Psycholog zadzwoni o 12:00" in platform.to(dialogue.user_id)[-1].text
    await dialogue.send("Thank you, I will wait")
    await dialogue.press("Pass on my message")  # asked first: test_private_thread.py
    await delivery.run()
    relayed = platform.to(STAFF_CHAT)[-1]
    assert relayed.text.startswith("💬 Wizyta u specjalisty nr S1 · Olena pisze:")
    assert "Kovalenko" not in relayed.text


async def test_an_appointment_whose_person_wrote_back_is_in_requests_until_staff_answer(
    app, clock, dialogue, delivery, platform
):
    await book_and_confirm_career(dialogue)
    await delivery.run()
    anna = StaffMember(app.core, "501", "Anna Nowak")
    await anna.reply(note_of(platform).message_id, "Proszę zabrać CV", "700")
    await anna.command("/requests")
    assert "Wizyta u specjalisty nr S1" not in anna.text  # staff wrote last
    clock.advance(minutes=4)
    await dialogue.send("Can I bring it on a USB stick?")
    await anna.command("/requests")
    [line] = [x for x in anna.text.splitlines() if "Wizyta u specjalisty nr S1" in x]
    head = "🧑‍💼 Wizyta u specjalisty nr S1 · angielski · 🗓 26 listopada 2026"
    assert line.startswith(head), line
    assert f"{WROTE}Anna Nowak, " in line and "💬 odpisał(a) 09:04" in line, line
    await anna.press("Wizyta u specjalisty nr S1")  # the note again, to reply to
    assert "🧑‍💼 Wizyta u specjalisty (nr S1)" in anna.text and "Olena Kovalenko" in anna.text
    assert "Nowa wizyta" not in anna.text  # shown again: no longer new (tester 23, item 14)
    assert anna.replies[0].shows
    await anna.reply("700", "Tak, może być", "701")
    await anna.command("/requests")
    assert "Wizyta u specjalisty nr S1" not in anna.text  # answered
