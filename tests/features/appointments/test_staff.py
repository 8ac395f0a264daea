"""The staff chat: /appointments, cancelling by staff or by the person, other offices refused."""

from __future__ import annotations

from bot.app import build
from tests.support.appointments import (
    CAREER_THU_0930,
    LAWYER_TUE_1000,
    STAFF_CHAT,
    book_and_confirm_career,
    confirm_button,
    send_request,
)
from tests.support.bookings import queued, to_chat
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import FORUM_CHAT, NORTH_CHAT, SOUTH_TOPIC, write_network_config
from tests.support.services import catalogue


async def test_appointments_lists_waiting_requests_and_the_weeks_appointments(app, dialogue):
    await book_and_confirm_career(dialogue, name="Olena Kovalenko")
    psych = Dialogue(app.core, user_id="2002")
    await send_request(psych, "psychologist", urgent=True, name="Iryna Shevchenko")
    anna = StaffMember(app.core)
    await anna.command("/appointments")
    assert "Prośby czekające na doradcę" in anna.text
    assert "⚡ Psycholog — Iryna (prośba o wizytę nr W1)" in anna.text
    assert "Shevchenko" not in anna.text
    assert "Ewa Doradca (Doradczyni zawodowa)" in anna.text
    assert "09:00 — Olena Kovalenko, +48 601 234 567 — Doradztwo zawodowe (nr S1)" in anna.text
    await anna.press("Prośba o wizytę nr W1")
    assert "Prośba o wizytę nr W1" in anna.text and anna.button("Przyjmij")


async def test_staff_cancel_and_the_person_is_told_with_other_times_to_book(app):
    olena = Dialogue(app.core, user_id="2001", language_hint="uk")
    await book_and_confirm_career(olena)
    anna = StaffMember(app.core)
    await anna.payload("apptv:cancel:1")
    assert "Odwołać tę wizytę?" in anna.text
    await anna.press("Tak, odwołaj wizytę")
    assert "Wizyta u specjalisty nr S1 odwołana (Anna Nowak)" in anna.text
    told = [q for q in await queued(app.core) if q.chat_id == "2001"][-1]
    assert "ваш прийом скасовано" in told.text and "🗓 четвер, 26 листопада 2026" in told.text
    edited = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert edited.action == "edit" and "ODWOŁANA przez pracownika" in edited.text
    other = next(b for b in told.buttons if b.payload.startswith("appt:again:1:"))
    await olena.payload(other.payload)
    await olena.payload("person:saved")
    await olena.payload(confirm_button(olena).payload)
    assert "Ви записані на прийом" in olena.text
    await anna.payload("apptv:cancel_now:1")  # a second tap
    assert "już odwołana" in anna.text


async def test_staff_cancel_of_an_approved_appointment_offers_the_request_again(app, dialogue):
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.press("Zaproponuj zaznaczony")
    await dialogue.payload("appt:take:1:0")
    await anna.payload("apptv:cancel_now:1")
    told = [q for q in await queued(app.core) if q.chat_id == dialogue.user_id][-1]
    assert "has been cancelled" in told.text and "stays approved" in told.text
    again = next(b for b in told.buttons if b.payload.startswith("appt:take:1:"))
    await dialogue.payload(again.payload)
    assert "Your appointment is booked" in dialogue.text


async def test_the_person_cancels_in_mybookings_and_the_staff_chat_is_told(app, dialogue):
    await book_and_confirm_career(dialogue, CAREER_THU_0930)
    await dialogue.send("/mybookings")
    assert "Career advice — Career counsellor" in dialogue.text
    await dialogue.press("Cancel: Thu 26 Nov, 09:30")
    await dialogue.press("Yes, cancel it")
    assert "has been cancelled" in dialogue.text
    staff = await to_chat(app.core, STAFF_CHAT)
    assert "Wizyta u specjalisty nr S1 odwołana przez osobę" in staff[-2].text
    assert staff[-1].action == "edit" and "ODWOŁANA przez osobę" in staff[-1].text
    await dialogue.send("/mybookings")
    assert "Career advice" not in dialogue.text
    assert "no upcoming visits, appointments, course places or open requests" in dialogue.text


async def test_staff_of_another_office_are_refused_and_nothing_changes(tmp_path, clock):
    config = write_network_config(tmp_path, **catalogue())
    app = await build(config, clock=clock, search="off")  # no question is typed
    try:
        olena = Dialogue(app.core)
        await olena.send("/start north")
        await send_request(olena)
        card = next(q for q in await queued(app.core) if q.chat_id == str(NORTH_CHAT))
        assert "apptq:approve:1" in [b.payload for b in card.buttons]
        south = StaffMember(app.core, chat_id=str(FORUM_CHAT), topic_id=str(SOUTH_TOPIC))
        await south.payload("apptq:approve:1")
        assert "belongs to North" in south.text
        await south.payload("apptq:reason:1:no_time")
        assert "belongs to North" in south.text
        north = StaffMember(app.core, chat_id=str(NORTH_CHAT))
        await north.payload("apptq:approve:1")
        assert "Zaznacz od 1 do 3" in north.text
    finally:
        await app.close()


async def test_an_offer_the_person_cannot_get_is_reported_to_staff_private_for_a_psychologist(
    app, clock
):
    from bot.delivery import undelivered
    from tests.support.callbacks import Delivery, RecordingPlatform

    platform = RecordingPlatform()
    delivery = Delivery(app, platform, clock)
    delivery.worker.on_undeliverable = undelivered.reporter(app.services)
    olena, iryna = Dialogue(app.core, user_id="7001"), Dialogue(app.core, user_id="7002")
    await send_request(olena, need="My residence card was refused")
    await send_request(iryna, "psychologist", name="Iryna")
    await delivery.run()
    platform.refused_chats.update({"7001", "7002"})  # both blocked the bot
    anna = StaffMember(app.core)
    for request in (1, 2):
        await anna.payload(f"apptq:approve:{request}")
        await anna.press("sama wybierze wolny termin")
    await delivery.run()
    notices = [s.text for s in platform.to(STAFF_CHAT) if "Nie udało się dostarczyć" in s.text]
    assert len(notices) == 2
    assert "zablokowała bota" in notices[0] and "Legal advice" in notices[0]
    assert "Dotyczy prośby o wizytę nr W1." in notices[0], "staff know whom to call"
    assert "poufnej wizycie" in notices[1] and "Psychologist" not in notices[1]
    assert "Dotyczy prośby o wizytę nr W2." in notices[1], "named, its text still not shown"
    first, second = platform.to(STAFF_CHAT)[:2]  # the requests' cards
    assert "nr W1" in first.text and "nr W2" in second.text
    under = [s.reply.reply_to_message_id for s in platform.to(STAFF_CHAT) if "Nie udało" in s.text]
    assert under == [first.message_id, second.message_id], "each under its request's card"


async def test_a_cancelled_appointment_the_person_cannot_be_told_of_names_it_for_staff(app, clock):
    from bot.delivery import undelivered
    from tests.support.callbacks import Delivery, RecordingPlatform

    platform = RecordingPlatform()
    delivery = Delivery(app, platform, clock)
    delivery.worker.on_undeliverable = undelivered.reporter(app.services)
    olena = Dialogue(app.core, user_id="7001")
    await book_and_confirm_career(olena)
    await delivery.run()
    [note] = platform.to(STAFF_CHAT)  # «Nowa wizyta u specjalisty»
    platform.refused_chats.add("7001")  # she blocked the bot
    await StaffMember(app.core).payload("apptv:cancel_now:1")
    await delivery.run()
    [notice] = [s for s in platform.to(STAFF_CHAT) if "Nie udało się dostarczyć" in s.text]
    assert "Dotyczy wizyty u specjalisty nr S1." in notice.text, "staff know whom to call"
    assert "your appointment on" in notice.text and "has been cancelled" in notice.text
    assert notice.reply.reply_to_message_id == note.message_id, "under the appointment's note"
