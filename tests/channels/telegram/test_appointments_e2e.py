"""Appointments with a specialist end to end: the real bot (`bot.runner.serve`) against the fake
Bot API, with the fixture catalogue (a lawyer and a psychologist behind qualification, a career
counsellor booked directly). The clock: Monday 23 November 2026, 09:00 in Warsaw."""

from __future__ import annotations

import pytest

from tests.conftest import Clock
from tests.support.e2e import STAFF_CHAT, has, has_button, running_bot, shown
from tests.support.fake_telegram import FakeTelegram, FakeUser
from tests.support.services import catalogue

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1


@pytest.fixture
def anna(tg: FakeTelegram) -> FakeUser:
    member = tg.user("Anna", language_code="pl")
    tg.set_member(tg.chats[STAFF_CHAT], member)
    return member


async def consent(tg: FakeTelegram, user: FakeUser) -> None:
    await shown(tg, user.id, has("your data"))
    await user.press("I agree")


async def name_phone(tg: FakeTelegram, user: FakeUser, name: str) -> None:
    """A typed name and the phone shared with Telegram's button (English)."""
    await shown(tg, user.id, has("What is your name"))
    await user.send(name)
    await shown(tg, user.id, has("Your phone number"))
    await user.share_contact("+48601234567")


async def consent_name_phone(tg: FakeTelegram, user: FakeUser, name: str) -> None:
    await consent(tg, user)
    await name_phone(tg, user, name)


async def request_legal_advice(tg: FakeTelegram, user: FakeUser, need: str) -> None:
    await user.send("/services")
    await shown(tg, user.id, has("Appointments with a specialist"))
    await user.press("Legal advice")
    await shown(tg, user.id, has_button("Book an appointment"))
    await user.press("Book an appointment")
    await consent(tg, user)  # before anything is typed
    await shown(tg, user.id, has("describe it in a few words"))
    await user.send(need)
    await name_phone(tg, user, "Olena Kovalenko")
    summary = await shown(tg, user.id, has("Please check your request"))
    assert "&lt;b&gt;refused&lt;/b&gt;" in summary["html"]  # shown as typed
    await user.press("Send the request")
    await shown(tg, user.id, has("Appointment request #W1 sent (Legal advice)"))


async def test_a_request_approved_in_the_staff_chat_then_one_offered_time_booked(
    tmp_path, tg: FakeTelegram, anna: FakeUser
):
    olena = tg.user("Olena", language_code="en")
    staff = tg.chats[STAFF_CHAT]
    async with running_bot(tmp_path, tg, clock=Clock(), **catalogue()):
        await request_legal_advice(tg, olena, "My card was <b>refused</b> & I have a letter")

        card = await shown(tg, STAFF_CHAT, has("Prośba o wizytę nr W1"))
        assert "Porada prawna" in card["text"] and "+48 601 234 567" in card["text"]
        assert "My card was &lt;b&gt;refused&lt;/b&gt; &amp; I have a letter" in card["html"]
        await anna.press("Przyjmij", chat=staff, message=card)
        picker = await shown(tg, STAFF_CHAT, has("Zaznacz od 1 do 3"))
        await anna.press("24 listopada, 10:00", chat=staff, message=picker)
        ticked = await shown(tg, STAFF_CHAT, has("Zaznacz od 1 do 3"))
        await tg.wait_until(lambda: "☑️" in str(ticked.get("reply_markup")))
        await anna.press("Zaproponuj zaznaczony", chat=staff, message=ticked)

        approved = has("your appointment request #W1 (Legal advice) is approved")
        offer = await shown(tg, olena.id, approved)
        # the request is a thread: she writes, the advisor answers under the card
        await olena.send("Could it be a <b>Thursday</b>?")
        relayed = await shown(tg, STAFF_CHAT, has("Olena Kovalenko pisze"))
        assert "Could it be a &lt;b&gt;Thursday&lt;/b&gt;?" in relayed["html"]
        assert relayed.get("reply_to_message", {}).get("message_id") == card["message_id"]
        await anna.reply(card, "Tylko <i>wtorki</i>, niestety", chat=staff)
        await shown(tg, STAFF_CHAT, has("zostanie dostarczona"))
        wrote = await shown(tg, olena.id, has("The advisor wrote about your appointment request"))
        assert "Tylko &lt;i&gt;wtorki&lt;/i&gt;, niestety" in wrote["html"]
        await olena.press("Tue 24 Nov, 10:00", message=offer)
        booked = await shown(tg, olena.id, has("Your appointment is booked"))
        assert "Tuesday, 24 November 2026, 10:00" in booked["text"]
        assert "City Hall" in booked["text"]
        await tg.wait_until(lambda: any(f["chat_id"] == olena.id for f in tg.files))
        await shown(tg, STAFF_CHAT, has("Z prośby o wizytę nr W1"))  # the staff chat's note

        await olena.send("/mybookings")
        mine = await shown(tg, olena.id, has("Your visits, appointments, courses and requests"))
        assert "Legal advice — Lawyer" in mine["text"]
        assert "Tuesday, 24 November 2026, 10:00" in mine["text"]
        await olena.press("Cancel: Tue 24 Nov, 10:00", message=mine)
        await shown(tg, olena.id, has("really want to cancel"))
        await olena.press("Yes, cancel it")
        await shown(tg, olena.id, has("has been cancelled"))
        await shown(tg, STAFF_CHAT, has("odwołana przez osobę"))


async def test_a_decline_in_the_advisors_own_words_reaches_the_person_escaped_in_her_language(
    tmp_path, tg: FakeTelegram, anna: FakeUser
):
    olena = tg.user("Olena", language_code="uk")
    staff = tg.chats[STAFF_CHAT]
    async with running_bot(tmp_path, tg, clock=Clock(), **catalogue()):
        await olena.send("/services")
        await shown(tg, olena.id, has("Юридична консультація"))
        await olena.press("Юридична консультація")
        await shown(tg, olena.id, has_button("Записатися"))
        await olena.press("Записатися")
        await shown(tg, olena.id, has("записати вас на прийом до фахівця"))
        await olena.press("Погоджуюся")
        await shown(tg, olena.id, has("кількома словами"))
        await olena.send("Мені відмовили в карті побиту")
        await shown(tg, olena.id, has("звати"))
        await olena.send("Олена")
        await shown(tg, olena.id, has("номер телефону"))
        await olena.share_contact("+48601234567")
        await shown(tg, olena.id, has("Надіслати"))
        await olena.press("Надіслати")

        card = await shown(tg, STAFF_CHAT, has("Prośba o wizytę nr W1"))
        await anna.press("Odrzuć", chat=staff, message=card)
        prompt = await shown(tg, STAFF_CHAT, has("Odrzucenie prośby o wizytę nr W1"))
        await anna.reply(prompt, "Go to the <i>voivodeship</i> office & ask for form B", chat=staff)
        await shown(tg, STAFF_CHAT, has("Prośba o wizytę nr W1 odrzucona"))

        told = await shown(tg, olena.id, has("записати вас не вийде"))
        assert "Консультант пише" in told["text"]
        assert (
            "Go to the &lt;i&gt;voivodeship&lt;/i&gt; office &amp; ask for form B" in told["html"]
        )
        # the card's edit may come after the person's message: waited for, not read at once
        await tg.wait_until(
            lambda: "Odrzucona (Anna)" in tg.messages[STAFF_CHAT][card["message_id"]]["text"]
        )


async def book_career_advice(tg: FakeTelegram, olena: FakeUser) -> dict:  # type: ignore[type-arg]
    """Career advice on Thursday at 09:30, in English, as «Olena <Kovalenko>»: the confirmation."""
    await olena.send("/services")
    await shown(tg, olena.id, has("Appointments with a specialist"))
    await olena.press("Career advice")
    await shown(tg, olena.id, has_button("Book an appointment"))
    await olena.press("Book an appointment")
    await shown(tg, olena.id, has("Choose a day"))
    await olena.press("Thu 26 Nov")
    await shown(tg, olena.id, has("Choose a time"))
    await olena.press("09:30")
    await consent_name_phone(tg, olena, "Olena <Kovalenko>")
    await shown(tg, olena.id, has("Please check your appointment"))
    await olena.press("Confirm the appointment")
    return await shown(tg, olena.id, has("Your appointment is booked"))


async def test_career_advice_booked_directly(tmp_path, tg: FakeTelegram, anna: FakeUser):
    olena = tg.user("Olena", language_code="en")
    async with running_bot(tmp_path, tg, clock=Clock(), **catalogue()):
        booked = await book_career_advice(tg, olena)
        assert "Thursday, 26 November 2026, 09:30" in booked["text"]
        note = await shown(tg, STAFF_CHAT, has("Nowa wizyta u specjalisty"))
        assert "Olena <Kovalenko>" in note["text"] and "&lt;Kovalenko&gt;" in note["html"]
        assert "Doradztwo zawodowe" in note["text"] and "09:30" in note["text"]
        await olena.send("/mybookings")
        mine = await shown(tg, olena.id, has("Your visits, appointments, courses and requests"))
        assert "Career advice — Career counsellor" in mine["text"]


async def test_the_psychologist_staff_chat_sees_nothing_the_person_typed_beyond_a_first_name(
    tmp_path, tg: FakeTelegram, anna: FakeUser
):
    iryna = tg.user("Iryna", language_code="en")
    staff = tg.chats[STAFF_CHAT]
    secret = "nightmares since the shelling"
    async with running_bot(tmp_path, tg, clock=Clock(), **catalogue()):
        await iryna.send("/services")
        await shown(tg, iryna.id, has("Appointments with a specialist"))
        await iryna.press("Psychologist")
        await shown(tg, iryna.id, has_button("Book an appointment"))
        await iryna.press("Book an appointment")
        await consent(tg, iryna)
        await shown(tg, iryna.id, has("urgent"))
        await iryna.send(f"I have {secret}")  # nothing is asked: it goes nowhere
        await shown(tg, iryna.id, has("choose with the buttons"))
        await iryna.press("It can wait a few days")
        await name_phone(tg, iryna, "Iryna Shevchenko")
        await shown(tg, iryna.id, has("Please check your request"))
        await iryna.press("Send the request")
        await shown(tg, iryna.id, has("Appointment request #W1 sent (Psychologist)"))

        card = await shown(tg, STAFF_CHAT, has("Prośba o wizytę nr W1"))
        await anna.press("Przyjmij", chat=staff, message=card)
        picker = await shown(tg, STAFF_CHAT, has("Zaznacz od 1 do 3"))
        assert "Iryna" in picker["text"] and "Shevchenko" not in picker["text"]
        await anna.press("sama wybierze wolny termin", chat=staff, message=picker)
        offer = await shown(tg, iryna.id, has("is approved"))
        await iryna.press("Choose a time", message=offer)
        await shown(tg, iryna.id, has("Choose a day"))
        await iryna.press("Wed 25 Nov")
        await shown(tg, iryna.id, has("Choose a time"))
        await iryna.press("12:00")
        await shown(tg, iryna.id, has("Your appointment is booked"))
        note = await shown(tg, STAFF_CHAT, has("Nowa wizyta u specjalisty"))
        assert "+48 601 234 567" in note["text"]  # the psychologist calls this number

        everything = " ".join(m.get("text", "") for m in tg.messages_in(STAFF_CHAT))
        assert "Iryna" in everything
        for typed in (secret, "Shevchenko"):
            assert typed not in everything


async def test_staff_see_the_appointment_in_week_beside_the_duty_and_cancel_it_there(
    tmp_path, tg: FakeTelegram, anna: FakeUser
):
    olena = tg.user("Olena", language_code="en")
    staff = tg.chats[STAFF_CHAT]
    async with running_bot(tmp_path, tg, clock=Clock(), **catalogue()):
        await book_career_advice(tg, olena)
        await anna.send("/week", chat=staff)
        week = await shown(tg, STAFF_CHAT, has("Wizyty od"))
        text = week["text"]
        specialist = text.index(
            "czwartek, 26 listopada 2026 — 🧑‍💼 Ewa Doradca (Doradczyni zawodowa), Centrum Usług"
        )
        duty = text.index("czwartek, 26 listopada 2026 — Centrum Usług Społecznych")
        assert specialist < duty  # 09:30 comes before the duty at 13:00
        line = "09:30 — Olena <Kovalenko>, +48 601 234 567 — Doradztwo zawodowe"
        assert f"{line} (wizyta u specjalisty nr S1)" in text
        assert "Olena &lt;Kovalenko&gt;" in week["html"]  # as typed, escaped on the way
        await anna.press("🧑‍💼 czw. 26 listopada, 09:30 Olena", chat=staff, message=week)
        await shown(tg, STAFF_CHAT, has("Odwołać tę wizytę?"))
        await anna.press("Tak, odwołaj wizytę", chat=staff)
        await shown(tg, STAFF_CHAT, has("Wizyta u specjalisty nr S1 odwołana (Anna)"))
        await shown(tg, olena.id, has("has been cancelled"))
