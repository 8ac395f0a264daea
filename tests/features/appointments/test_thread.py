"""An appointment request is a thread, as a callback request is: a staff reply to its card
reaches the person; what the person writes while it is open (and for a day after staff last
wrote) comes back under the card; «none of these times suits me» tells the advisors, who may
offer other times, decline or close it from the card."""

from __future__ import annotations

from bot.app import build
from tests.support.appointments import LAWYER_TUE_1000, LAWYER_TUE_1045, STAFF_CHAT, send_request
from tests.support.callbacks import Delivery, request_callback
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import (
    EAST_TOPIC,
    FORUM_CHAT,
    SOUTH_TOPIC,
    write_network_with_services,
)


def card_of(platform, number: int = 1):  # type: ignore[no-untyped-def]
    return next(s for s in platform.to(STAFF_CHAT) if f"Prośba o wizytę nr W{number}\n" in s.text)


async def offer_tuesday(anna: StaffMember, number: int = 1) -> None:
    await anna.payload(f"apptq:approve:{number}")
    await anna.payload(f"apptq:pick:{number}:{LAWYER_TUE_1000}")
    await anna.press("Zaproponuj")


async def test_staff_and_the_person_write_both_ways_about_a_request(
    app, dialogue, delivery, platform
):
    await send_request(dialogue)
    assert "Anything you write here meanwhile reaches the advisor" in dialogue.text
    await dialogue.send("Can it be on a Thursday? <b>not bold</b> *nor this*")
    assert "Passed on to the advisor (appointment request #W1)" in dialogue.text
    assert dialogue.button("End chat with staff").payload == "callback:stop:1:apptq"
    await delivery.run()
    card = card_of(platform)
    relayed = platform.to(STAFF_CHAT)[-1]
    assert "Prośba o wizytę nr W1 · Olena Kovalenko pisze" in relayed.text
    assert "Can it be on a Thursday? <b>not bold</b> *nor this*" in relayed.text  # as typed
    assert relayed.reply.reply_to_message_id == card.message_id  # under the request's card

    anna = StaffMember(app.core)
    await anna.reply(card.message_id, "Czy ma Pani <umowę> o pracę *na piśmie*?", "700")
    assert "Prośba o wizytę nr W1: wiadomość zostanie dostarczona" in anna.text
    await delivery.run()
    told = platform.to(dialogue.user_id)[-1]
    assert "The advisor wrote about your appointment request #W1 (Legal advice)" in told.text
    assert "Czy ma Pani <umowę> o pracę *na piśmie*?" in told.text
    assert told.reply.buttons[0][0].payload == "callback:stop:1:apptq"

    await dialogue.send("Yes, I have it")
    await delivery.run()
    answer = platform.to(STAFF_CHAT)[-1]
    assert "Yes, I have it" in answer.text and answer.reply.reply_to_message_id == card.message_id
    await anna.reply(answer.message_id, "Dobrze, dziękuję", "701")  # a reply to the relayed one
    await anna.reply("700", "Jeszcze jedno", "702")  # or to her own reply
    await delivery.run()
    texts = [s.text for s in platform.to(dialogue.user_id)]
    assert any("Dobrze, dziękuję" in t for t in texts) and any("Jeszcze jedno" in t for t in texts)


async def test_stopping_the_thread_gives_the_bot_back_until_staff_write_again(app, dialogue):
    await send_request(dialogue)
    await dialogue.send("hello")
    await dialogue.press("End chat with staff")
    assert "go to the bot again" in dialogue.text
    await dialogue.send("where is the city hall")
    assert "Passed on" not in dialogue.text
    anna = StaffMember(app.core)
    await offer_tuesday(anna)  # an offer is the advisor writing again
    await dialogue.send("thank you, and where is it?")
    assert "Passed on to the advisor" in dialogue.text


async def test_a_declined_request_takes_no_more_of_the_persons_messages(
    app, dialogue, delivery, platform
):
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:decline:1")
    await anna.payload("apptq:reason:1:not_ours")
    await delivery.run()
    declined = platform.to(dialogue.user_id)[-1]
    assert "we can't give you an appointment for request #W1" in declined.text
    assert "What you write here now goes to the bot, not to the advisor." in declined.text
    await dialogue.send("where is the city hall")  # the bot's, as a closed callback request's
    assert "Passed on" not in dialogue.text
    await delivery.run()
    assert not any("where is the city hall" in s.text for s in platform.to(STAFF_CHAT))

    # The advisor may still write; the person is told that their answers go to the bot.
    await anna.reply(card_of(platform).message_id, "Proszę zadzwonić do urzędu.", "720")
    assert "Prośba jest zamknięta" in anna.text
    await delivery.run()
    told = platform.to(dialogue.user_id)[-1]
    assert "Proszę zadzwonić do urzędu." in told.text
    assert "This request is closed, so what you write here now goes to the bot" in told.text
    assert not told.reply.buttons  # no «End chat with staff»: there is none
    await dialogue.send("ok, and where is the voivode's office?")
    assert "Passed on" not in dialogue.text


async def test_a_request_closed_or_withdrawn_ends_the_thread_but_an_open_one_keeps_it(
    app, dialogue, delivery, platform
):
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await offer_tuesday(anna)  # open, times offered: what the person writes reaches the advisor
    await dialogue.send("Can it be later?")
    assert "Passed on to the advisor" in dialogue.text
    await anna.payload("apptq:end:1")
    await anna.payload("apptq:end_now:1")
    await delivery.run()
    closed = platform.to(dialogue.user_id)[-1]
    assert "has been closed by the advisor" in closed.text
    assert "What you write here now goes to the bot" in closed.text
    await dialogue.send("hello?")
    assert "Passed on" not in dialogue.text
    assert "not passed on to the staff" not in dialogue.text  # no thread left to offer

    await send_request(dialogue)  # a second request, withdrawn by the person
    await dialogue.send("/mybookings")
    await dialogue.payload("appt:withdraw:2")
    await dialogue.payload("appt:withdraw_now:2")
    assert "What you write here now goes to the bot" in dialogue.text
    await delivery.run()
    await anna.reply(card_of(platform, 2).message_id, "Proszę o szczegóły", "721")
    assert "Prośba jest zamknięta" in anna.text  # a reply after it: their answers are the bot's
    await dialogue.send("and where is the city hall?")
    assert "Passed on" not in dialogue.text


async def test_a_declined_request_leaves_a_callback_requests_thread_open(
    app, dialogue, delivery, platform
):
    await request_callback(dialogue)
    await delivery.run()
    posted = next(s for s in platform.to(STAFF_CHAT) if "Prośba o telefon nr T1" in s.text)
    anna = StaffMember(app.core)
    await anna.reply(posted.message_id, "Proszę przynieść paszport", "730")
    await send_request(dialogue)  # opened later, then declined
    await anna.payload("apptq:decline:1")
    await anna.payload("apptq:reason:1:not_ours")
    await dialogue.send("I will bring it")  # to the callback request, still open
    assert "Passed on to the staff (request #T1)" in dialogue.text


async def test_none_of_the_times_suits_and_the_advisor_offers_others(
    app, dialogue, delivery, platform
):
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await offer_tuesday(anna)
    await delivery.run()
    offer = platform.to(dialogue.user_id)[-1]
    assert [b.payload for row in offer.reply.buttons for b in row][-2:] == [
        "appt:none:1",
        "appt:withdraw:1",
    ]
    card = platform.edits[-1]  # the card, offered: still with its buttons
    assert [b.payload for row in card.reply.buttons for b in row] == [
        "apptq:other:1",
        "apptq:decline:1",
        "apptq:end:1",
    ]

    await dialogue.payload("appt:none:1")
    assert "The advisor now knows that none of these times suits you" in dialogue.text
    await delivery.run()
    notice = platform.to(STAFF_CHAT)[-1]
    assert "Olena Kovalenko: żaden z zaproponowanych terminów nie pasuje" in notice.text
    assert notice.reply.reply_to_message_id == card_of(platform).message_id
    assert [b.payload for row in notice.reply.buttons for b in row] == [
        "apptq:other:1",
        "apptq:decline:1",
    ]
    await dialogue.send("Wednesdays after 15:00 would be best")
    assert "Passed on to the advisor" in dialogue.text  # still open: what suits reaches them
    await anna.reply(notice.message_id, "Wtorek 10:45?", "710")  # a reply to the notice
    await delivery.run()
    assert "Wtorek 10:45?" in platform.to(dialogue.user_id)[-1].text

    await anna.payload("apptq:other:1")
    assert "Zaznacz od 1 do 3" in anna.text
    await dialogue.payload("appt:take:1:0")  # the old offer is no longer bookable
    assert "is with an advisor" in dialogue.text
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1045}")
    await anna.press("Zaproponuj zaznaczony")
    await delivery.run()
    again = platform.to(dialogue.user_id)[-1]
    assert "The advisor has chosen other times for you" in again.text
    assert "Tue 24 Nov, 10:45" in str(again.reply.buttons)
    await dialogue.payload("appt:take:1:0")
    assert "Your appointment is booked" in dialogue.text and "10:45" in dialogue.text


async def test_an_offer_of_any_free_time_says_no_free_time_suits_not_none_of_these(
    app, dialogue, delivery, platform
):
    """Any free time offered: one «📅 Choose a time» button, and under it no «none of these
    times» (there are none listed) but «no free time suits me»; the advisor hears it so."""
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.press("Niech osoba sama wybierze wolny termin")
    await delivery.run()
    offer = platform.to(dialogue.user_id)[-1]
    assert "Choose any free time that suits you" in offer.text
    assert [b.label for row in offer.reply.buttons for b in row] == [
        "📅 Choose a time",
        "🙅 No free time suits me",
        "↩️ Withdraw the request",
    ]
    await dialogue.payload(offer.reply.buttons[1][0].payload)
    assert "The advisor now knows that no free time suits you" in dialogue.text
    await delivery.run()
    notice = platform.to(STAFF_CHAT)[-1]
    assert "Olena Kovalenko: żaden wolny termin nie pasuje** (zaproponowano dowolny" in (
        notice.reply.text
    )
    assert "zaproponowanych" not in notice.text


async def test_staff_decline_or_close_a_request_after_offering_times(app, dialogue):
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await offer_tuesday(anna)
    await anna.payload("apptq:end:1")
    assert "Zamknąć prośbę o wizytę nr W1 (Olena Kovalenko)?" in anna.text
    await anna.press("Nie, zostaw")
    await anna.payload("apptq:end:1")
    await anna.press("Tak, zamknij")
    assert "Prośba o wizytę nr W1 zamknięta" in anna.text
    await dialogue.send("/mybookings")
    assert "Appointment request #W1" not in dialogue.text
    await dialogue.payload("appt:take:1:0")
    assert "no longer open" in dialogue.text
    await anna.payload("apptq:decline:1")
    assert "już nie czeka" in anna.text and "Zamknięta (Anna Nowak)" in anna.text
    await dialogue.send("/mydata")
    assert "closed by the advisor" in dialogue.text

    other = Dialogue(app.core, user_id="1002")
    await send_request(other, name="Iryna Bondar")
    await offer_tuesday(anna, 2)
    await anna.payload("apptq:decline:2")  # declining after an offer
    await anna.payload("apptq:reason:2:no_time")
    assert "Prośba o wizytę nr W2 odrzucona" in anna.text
    await other.payload("appt:take:2:0")
    assert "is closed, so this time can no longer be booked" in other.text  # and why:
    assert "no free time in the coming weeks" in other.text


async def test_a_confidential_requests_thread_shows_staff_only_the_first_name(
    app, dialogue, delivery, platform
):
    await send_request(dialogue, "psychologist")
    await dialogue.send("I would prefer a woman")
    await dialogue.press("Pass on my message")  # asked first: test_private_thread.py
    await delivery.run()
    relayed = platform.to(STAFF_CHAT)[-1]
    assert "Prośba o wizytę nr W1 · Olena pisze" in relayed.text
    assert "Kovalenko" not in relayed.text and "601" not in relayed.text
    anna = StaffMember(app.core)
    await anna.reply(card_of(platform).message_id, "Oczywiście")
    async with app.services.db.transaction() as tx:  # what cannot be delivered: no text shown
        row = await tx.fetchone("SELECT ref_kind FROM outbox WHERE reply LIKE '%Oczywiście%'")
    assert row["ref_kind"] == "appointment_request_person_private"


async def test_staff_of_another_office_cannot_write_to_the_person(tmp_path, clock, platform):
    app = await build(write_network_with_services(tmp_path), clock=clock, search="off")
    try:
        delivery = Delivery(app, platform, clock)
        olena = Dialogue(app.core, user_id="2002")
        await olena.send("/start south")
        await send_request(olena)
        await delivery.run()
        card = next(s for s in platform.to(str(FORUM_CHAT)) if "#W1" in s.text)
        east = StaffMember(app.core, chat_id=str(FORUM_CHAT), topic_id=str(EAST_TOPIC))
        await east.reply(card.message_id, "Hello from East", "720")
        assert "należy do punktu Południe" in east.text
        await delivery.run()
        assert not any("Hello from East" in s.text for s in platform.to("2002"))
        south = StaffMember(app.core, chat_id=str(FORUM_CHAT), topic_id=str(SOUTH_TOPIC))
        await south.reply(card.message_id, "Hello from South", "721")
        assert "will be delivered" in south.text  # South's staff write in English
        await delivery.run()
        assert any("Hello from South" in s.text for s in platform.to("2002"))
    finally:
        await app.close()


async def test_a_request_staff_keep_writing_about_is_not_closed_by_retention(
    app, clock, dialogue, delivery, platform
):
    await send_request(dialogue)
    await delivery.run()
    clock.advance(days=25)
    await StaffMember(app.core).reply(card_of(platform).message_id, "Czy ma Pani umowę?")
    clock.advance(days=10)  # 35 days after the request, 10 after the advisor wrote
    for job in app.core.registry.jobs:
        if job.name == "appointments: retention":
            await job.run(app.services)
    await dialogue.send("/mybookings")
    assert "Appointment request #W1 (Legal advice): waiting for an advisor" in dialogue.text
    clock.advance(days=21)  # untouched for 31 days: closed, and she is told
    for job in app.core.registry.jobs:
        if job.name == "appointments: retention":
            await job.run(app.services)
    await dialogue.send("/mybookings")
    assert "Appointment request #W1" not in dialogue.text
