"""Courses end to end: the real bot (`bot.runner.serve`, its outbox worker and jobs) against the
fake Bot API and the fake Viber, on the fixture catalogue (`polish_a1`: 2 places, 8 Tuesdays
from 1 Dec 2026 at 17:00, 24 hours to take a freed place). The clock is the tests' settable one:
an offer lapses when it is moved on and the waiting-list job runs, as the bot's scheduler runs it.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.features.courses.waiting import lapse_offers
from tests.conftest import Clock
from tests.support.e2e import STAFF_CHAT, has, has_button, running_bot, shown
from tests.support.fake_telegram import FakeTelegram, FakeUser
from tests.support.fake_viber import FakeViber
from tests.support.services import catalogue
from tests.support.webhook_e2e import webhook_bot

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1

SIGNED_UP = "You are signed up for Polish A1!"


async def to_summary(user: FakeUser, name: str, phone: str) -> str:
    """/courses → Polish A1 → sign up (or join the waiting list) → consent, name, phone: the
    summary's text (in English)."""
    await user.send("/courses")
    await user.wait_message(has("Courses and events"))
    await user.press("Polish A1")
    page = await user.wait_message(has("Polish for adult beginners"))
    full = "All places are taken" in page["text"]
    await user.press("Join the waiting list" if full else "Sign up", message=page)
    await user.wait_message(has("sign you up for the course or event"))
    await user.press("I agree")
    await user.wait_message(has("What is your name"))
    await user.send(name)
    asked = await user.wait_message(lambda m: "Your phone number" in m["text"] or "?" in m["text"])
    if "looks like a question" in asked["text"]:  # an odd name: it is one
        await user.press("No, that is my name", message=asked)
        await user.wait_message(has("Your phone number"))
    await user.share_contact(phone)
    summary = await user.wait_message(has("Please check your sign-up"))
    return str(summary["text"])


async def sign_up(user: FakeUser, name: str, phone: str) -> str:
    """The whole sign-up; what the bot answered the confirmation with."""
    summary = await to_summary(user, name, phone)
    if "There is a place for you" in summary:
        await user.press("Yes, sign me up")
    else:
        await user.press("Yes, put me on the waiting list")
    answer = await user.wait_message(lambda m: "Polish A1" in m.get("text", ""))
    return str(answer["text"])


async def leave(user: FakeUser) -> None:
    await user.send("/mybookings")
    await user.wait_message(has("Polish A1"))
    await user.press("Leave: Polish A1")
    await user.wait_message(has("Do you really want to leave Polish A1?"))
    await user.press("Yes, leave")
    await user.wait_message(has("You have left Polish A1"))


async def test_two_places_four_people_a_freed_place_lapses_and_goes_to_the_next(tmp_path, tg):
    clock = Clock()  # Monday 23 Nov 2026, 09:00 in Warsaw
    olena, petro, maria, ivan = (
        tg.user(name, language_code="en") for name in ("Olena", "Petro", "Maria", "Ivan")
    )
    async with running_bot(tmp_path, tg, clock=clock, **catalogue()) as bot:
        assert SIGNED_UP in await sign_up(olena, "Olena", "+48601000001")
        assert SIGNED_UP in await sign_up(petro, "Petro", "+48601000002")
        told = await sign_up(maria, "Maria", "+48601000003")
        assert "You are on the waiting list for Polish A1: number 1." in told
        assert "You will then have 24 hours to take it" in told
        assert "number 2" in await sign_up(ivan, "Ivan", "+48601000004")

        await leave(olena)
        offer = await maria.wait_message(has("A place is free on Polish A1!"))
        assert "confirm by 24 November 2026, 09:00" in offer["text"]
        await ivan.wait_message(has("You are now number 1 on the waiting list for Polish A1."))
        await ivan.send("/mybookings")
        await ivan.wait_message(has("Polish A1 — ⏳ number 1 on the waiting list"))

        clock.advance(hours=24)  # nobody took it in time
        await lapse_offers(bot.services)
        await maria.wait_message(has("The time to take your place on Polish A1 has run out"))
        second = await ivan.wait_message(has("A place is free on Polish A1!"))
        assert "confirm by 25 November 2026, 09:00" in second["text"]
        await maria.press("Take the place", message=offer)
        await maria.wait_message(has("this place is no longer yours"))
        await ivan.press("Take the place", message=second)
        await ivan.wait_message(has("The place is yours: you are signed up for Polish A1!"))

        await petro.send("/mybookings")
        await petro.wait_message(has("Polish A1 — ✅ you are signed up"))
        await olena.send("/mybookings")
        mine = await olena.wait_message()
        assert "Polish A1" not in mine["text"]
        for user in (olena, maria, ivan, petro):  # nobody was told anything twice
            texts = [m.get("text", "") for m in user.messages()]
            assert sum("A place is free" in t for t in texts) <= 1, user.first_name
            assert sum("You are now number" in t for t in texts) == (user is ivan), user.first_name


async def test_a_viber_and_a_telegram_user_confirm_the_last_place_at_once_one_gets_it(tmp_path):
    async with FakeTelegram() as tg, FakeViber() as viber:
        tg.group(STAFF_CHAT, "Staff")
        olena = tg.user("Olena", language_code="en")
        taras = viber.user("Taras", language="en", phone="48601000005")
        config: dict[str, Any] = {**catalogue(), "services__polish_a1__seats": 1}
        async with webhook_bot(tmp_path, tg, viber, clock=Clock(), **config):
            await taras.open()
            await taras.press("English")
            await taras.wait_message(has("Language: English"))
            await taras.send("/courses")
            await taras.wait_message(has("Courses and events"))
            await taras.press("Polish A1")
            await taras.wait_message(has("Free places: 1 of 1."))
            await taras.press("Sign up")
            await taras.wait_message(has("sign you up for the course or event"))
            await taras.press("I agree")
            await taras.wait_message(has("What is your name"))
            await taras.send("Taras")
            await taras.wait_message(has("Your phone number"))
            await taras.press("Share my phone")
            await taras.wait_message(has("Should we call this number"))  # Viber: whose?
            await taras.press("Yes, call this number")
            on_viber = await taras.wait_message(has("Please check your sign-up"))
            on_telegram = await to_summary(olena, "Olena", "+48601000001")
            assert "There is a place for you." in on_viber["text"]
            assert "There is a place for you." in on_telegram

            await asyncio.gather(
                olena.press("Yes, sign me up"), taras.press("Yes, sign me up")
            )  # both at once
            answers = [
                (await olena.wait_message(has("Polish A1")))["text"],
                (await taras.wait_message(has("Polish A1")))["text"],
            ]
            winners = [a for a in answers if SIGNED_UP in a]
            losers = [a for a in answers if SIGNED_UP not in a]
            assert len(winners) == 1 and len(losers) == 1, answers
            assert "Someone took the last place a moment before you." in losers[0]
            assert "You are on the waiting list for Polish A1: number 1." in losers[0]

            # the winner leaves: the place is offered to the other, on the other platform
            winner, loser = (olena, taras) if SIGNED_UP in answers[0] else (taras, olena)
            await winner.send("/mybookings")
            await winner.wait_message(has("Polish A1 — ✅ you are signed up"))
            await winner.press("Leave: Polish A1")
            await winner.wait_message(has("Do you really want to leave Polish A1?"))
            await winner.press("Yes, leave")
            await winner.wait_message(has("You have left Polish A1"))
            await loser.wait_message(has("A place is free on Polish A1!"))
            await loser.press("Take the place")
            await loser.wait_message(has("The place is yours: you are signed up for Polish A1!"))
        assert not viber.refused and not tg.refused


async def test_staff_list_attendance_a_message_to_everyone_and_closing_sign_up(tmp_path, tg):
    olena = tg.user("Olena", language_code="en")
    petro = tg.user("Petro", language_code="en")
    maria = tg.user("Maria", language_code="en")
    anna = tg.user("Anna", language_code="pl")
    staff = tg.chats[STAFF_CHAT]
    tg.set_member(staff, anna)
    clock = Clock()
    async with running_bot(tmp_path, tg, clock=clock, **catalogue()):
        assert SIGNED_UP in await sign_up(olena, "Olena <b>Kowal</b> **K**", "+48601000001")
        assert SIGNED_UP in await sign_up(petro, "Petro", "+380501234567")
        await petro.send("/language")  # signed up in English, then chose Ukrainian
        await petro.wait_message()
        await petro.press("Українська")
        await petro.wait_message(has("Мова: українська"))
        summary = await to_summary(maria, "Maria", "+48601000003")
        assert "you will be number 1 on the waiting list" in summary

        await anna.send("/courses", chat=staff)
        overview = await shown(tg, STAFF_CHAT, has("zapisani: 2 z 2, rezerwowi: 0"))
        assert "Język polski A1" in overview["text"]
        await anna.press("Język polski A1", chat=staff, message=overview)
        card = await shown(tg, STAFF_CHAT, has("Zapisani (2 z 2)"))
        assert "1. Olena &lt;b&gt;Kowal&lt;/b&gt; **K**, +48 601 000 001" in card["html"]
        assert "2. Petro, +380 50 123 4567" in card["text"]

        clock.advance(days=8)  # Tuesday 1 December, the first meeting's day: attendance opens
        await anna.press("Obecność", chat=staff, message=card)
        meetings = await shown(tg, STAFF_CHAT, has("Wybierz spotkanie"))
        await anna.press("wt. 1 grudnia", chat=staff, message=meetings)
        sheet = await shown(tg, STAFF_CHAT, has("Obecni: 0 z 2"))
        await anna.press("⬜ Olena", chat=staff, message=sheet)
        sheet = await shown(tg, STAFF_CHAT, has("Obecni: 1 z 2"))
        labels = [b["text"] for row in sheet["reply_markup"]["inline_keyboard"] for b in row]
        assert any(label.startswith("✅ Olena") for label in labels)
        assert "⬜ Petro" in labels

        await anna.press("Inne spotkania", chat=staff, message=sheet)
        meetings = await shown(tg, STAFF_CHAT, has("Wybierz spotkanie"))
        await anna.press("Wróć do kursu", chat=staff, message=meetings)
        card = await shown(tg, STAFF_CHAT, has("Zapisani (2 z 2)"))
        await anna.press("Napisz do wszystkich", chat=staff, message=card)
        prompt = await shown(tg, STAFF_CHAT, has("Wiadomość do wszystkich zapisanych"))
        assert "(2 osoby)" in prompt["text"]
        await anna.reply(prompt, "Bring a notebook <b>&</b> a pen!", chat=staff)
        await shown(tg, STAFF_CHAT, has("Wiadomość wysłana do zapisanych"))
        to_olena = await olena.wait_message(has("Bring a notebook"))
        assert "A message from Punkt Informacyjny" in to_olena["text"]
        assert "about Polish A1" in to_olena["text"]
        assert "Bring a notebook &lt;b&gt;&amp;&lt;/b&gt; a pen!" in to_olena["html"]
        to_petro = await petro.wait_message(has("Bring a notebook"))
        assert "щодо «Польська мова A1»" in to_petro["text"]  # his language now
        assert not any("Bring a notebook" in m.get("text", "") for m in maria.messages())

        await anna.press("Zamknij zapisy", chat=staff, message=card)
        question = await shown(tg, STAFF_CHAT, has("Zamknąć zapisy na „Język polski A1”?"))
        await anna.press("Tak, zamknij zapisy", chat=staff, message=question)
        await shown(tg, STAFF_CHAT, has("Zapisy na „Język polski A1” zamknięte (Anna)"))
        await maria.press("Yes, put me on the waiting list")
        await maria.wait_message(has("Sign-up for this course is closed."))
        await maria.send("/courses")
        await maria.wait_message(has("Courses and events"))
        await maria.press("Polish A1")
        page = await maria.wait_message(has("Sign-up for this course is closed."))
        labels = [b["text"] for row in page["reply_markup"]["inline_keyboard"] for b in row]
        assert not any("Sign up" in label or "waiting list" in label for label in labels)


async def _rows(bot: Any, table: str, where: str, *args: object) -> int:
    async with bot.services.db.transaction() as tx:
        row = await tx.fetchone(f"SELECT COUNT(*) AS n FROM {table} WHERE {where}", args)
    return int(row["n"])


async def test_mydata_shows_the_sign_up_and_forget_erases_it_passing_the_place_on(tmp_path, tg):
    olena = tg.user("Olena", language_code="en")
    petro = tg.user("Petro", language_code="en")
    maria = tg.user("Maria", language_code="en")
    anna = tg.user("Anna", language_code="pl")
    staff = tg.chats[STAFF_CHAT]
    tg.set_member(staff, anna)
    clock = Clock()
    async with running_bot(tmp_path, tg, clock=clock, **catalogue()) as bot:
        assert SIGNED_UP in await sign_up(olena, "Olena", "+48601000001")
        assert SIGNED_UP in await sign_up(petro, "Petro", "+48601000002")
        assert "number 1" in await sign_up(maria, "Maria", "+48601000003")
        await anna.send("/courses", chat=staff)
        overview = await shown(tg, STAFF_CHAT, has_button("Język polski A1"))  # not «🆕 …»
        await anna.press("Język polski A1", chat=staff, message=overview)
        card = await shown(tg, STAFF_CHAT, has("Zapisani (2 z 2)"))
        clock.advance(days=8)  # Tuesday 1 December, the first meeting's day: attendance opens
        await anna.press("Obecność", chat=staff, message=card)
        meetings = await shown(tg, STAFF_CHAT, has("Wybierz spotkanie"))
        await anna.press("wt. 1 grudnia", chat=staff, message=meetings)
        sheet = await shown(tg, STAFF_CHAT, has("Obecni: 0 z 2"))
        await anna.press("⬜ Olena", chat=staff, message=sheet)
        await shown(tg, STAFF_CHAT, has("Obecni: 1 z 2"))

        await olena.send("/mydata")
        mydata = await olena.wait_message(has("What we store about you"))
        assert "Courses and events" in mydata["text"]
        assert "• Polish A1 — signed up" in mydata["text"]
        assert "Olena, 📱 +48 601 000 001" in mydata["text"]
        assert "Present at: 1 Dec 2026" in mydata["text"]

        user = str(olena.id)
        assert await _rows(bot, "enrolments", "user_id = ?", user) == 1
        await olena.send("/forget")
        await olena.wait_message(has("Delete all your data?"))
        await olena.press("Yes, delete everything")
        await olena.wait_message(has("everything we stored about you has been deleted"))
        assert await _rows(bot, "enrolments", "user_id = ?", user) == 0
        assert await _rows(bot, "enrolments", "name = ? OR phone = ?", "Olena", "+48601000001") == 0
        assert await _rows(bot, "course_attendance", "1") == 0

        await maria.wait_message(has("A place is free on Polish A1!"))  # Olena's place
        await olena.send("/mydata")
        after = await olena.wait_message(has("What we store about you"))
        assert "Polish A1" not in after["text"]
        await anna.send("/courses", chat=staff)
        overview = await shown(tg, STAFF_CHAT, has("zaproponowane miejsca: 1"))
        await anna.press("Język polski A1", chat=staff, message=overview)
        card = await shown(tg, STAFF_CHAT, has("Zapisani (1 z 2)"))
        assert "Olena" not in card["text"] and "Maria" in card["text"]
