"""Courses in /mydata and /forget, retention, and what never reaches the logs."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from bot.core.messages import Incoming, Reply
from bot.features.courses.privacy import retention
from tests.support.callbacks import Delivery, RecordingPlatform
from tests.support.courses import course_app, enrol, people, text_of
from tests.support.dialogue import StaffMember
from tests.support.privacy import traces

TRACE = "Qwzxplorf"  # typed nowhere else


async def _count(app, sql: str, *args: object) -> int:  # type: ignore[no-untyped-def]
    async with app.services.db.transaction() as tx:
        row = await tx.fetchone(sql, args)
    return int(row[0])


async def test_forget_leaves_no_trace_of_a_sign_up_and_passes_the_place_on(tmp_path, clock, caplog):
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.DEBUG, logger="bot")
    async with course_app(tmp_path, clock) as app:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        olena, petro, maria = people(app, 3)
        await enrol(olena, name=f"{TRACE}a", phone="601 999 111")
        await enrol(petro, name="Petro")
        await enrol(maria, name="Maria")
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        clock.advance(days=8, hours=8)  # the first meeting's day
        await anna.payload("courses:mark:1:20261201")  # present at the first meeting
        await olena.send("/mydata")
        assert "Polish A1 — signed up" in olena.text
        assert f"{TRACE}a, 📱 +48 601 999 111" in olena.text
        assert "Present at: 1 Dec 2026" in olena.text
        await delivery.run()
        await app.services.db.checkpoint()
        assert traces(app, TRACE), "the setting-up worked"

        await olena.send("/forget")
        await olena.payload("privacy:forget")
        assert "has been deleted" in olena.text
        await delivery.run()
        await app.services.db.checkpoint()
        assert traces(app, TRACE) == []
        assert await _count(app, "SELECT COUNT(*) FROM enrolments WHERE user_id = 'p1'") == 0
        assert await _count(app, "SELECT COUNT(*) FROM course_attendance") == 0
        assert await _count(app, "SELECT COUNT(*) FROM course_reminders") == 0
        assert "A place is free" in text_of(platform.to("p3")[-1].reply)
        await olena.send("/mydata")
        assert "Polish A1" not in olena.text
        await anna.payload("courses:show:polish_a1")
        assert TRACE not in anna.text and "Petro" in anna.text
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for secret in (TRACE, "601 999 111", "601999111", "Petro", "Maria"):
        assert secret not in logged


async def test_forget_rewrites_a_course_list_shown_in_the_staff_chat(tmp_path, clock):
    """A list staff asked for shows many people: after one of them asks to be forgotten, the
    list's message in the staff chat is rewritten and its stored copy loses the text."""
    async with course_app(tmp_path, clock) as app:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        olena, petro = people(app, 2)
        await enrol(olena, name=f"Olena {TRACE}", phone="601 999 111")
        await enrol(petro, name="Petro Shevchenko", phone="601 999 222")
        staff = StaffMember(app.core)
        asked = Incoming("telegram", staff.user_id, staff.chat_id, "pl", sender_name=staff.name)
        queued = await app.core.handle_queued(replace(asked, payload="courses:show:polish_a1"))
        await delivery.worker.send_now("telegram", staff.chat_id, queued)
        card = platform.to(staff.chat_id)[-1]
        assert f"Olena {TRACE}" in text_of(card.reply) and "Petro" in text_of(card.reply)

        await olena.send("/forget")
        await olena.payload("privacy:forget")
        await delivery.run()
        edits = [e for e in platform.edits if e.message_id == card.message_id]
        assert edits and "Zapisani (1 z 2):\n1. Petro Shevchenko" in text_of(edits[-1].reply)
        assert "Olena" not in text_of(edits[-1].reply)
        await app.services.db.checkpoint()
        assert traces(app, TRACE) == []
        assert any(t.startswith("enrolments:") for t in traces(app, "Petro Shevchenko"))
        await staff.payload("courses:show:polish_a1")  # the list asked for again: Petro only
        assert TRACE not in staff.text and "Petro Shevchenko" in staff.text


async def test_retention_forgets_names_and_phones_after_the_course_finished(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena, petro = people(app, 2)
        await enrol(olena, name=f"{TRACE}a")
        await enrol(petro, name="Petro")
        await petro.send("/mybookings")
        await petro.press("Leave")
        await petro.press("Yes, leave")
        clock.advance(days=31)  # Petro left more than 30 days ago; the course is under way
        await retention(app.services)
        assert await _count(app, "SELECT COUNT(*) FROM enrolments WHERE name = 'Petro'") == 0
        assert await _count(app, "SELECT COUNT(*) FROM enrolments WHERE name IS NOT NULL") == 1
        await olena.send("/mydata")
        assert "Polish A1 — signed up" in olena.text and f"{TRACE}a" in olena.text

        clock.now = dt.datetime(2027, 1, 19, 17, 0, tzinfo=dt.UTC) + dt.timedelta(days=31)
        await retention(app.services)
        [row] = await _rows(app, "SELECT * FROM enrolments WHERE service = 'polish_a1' AND id = 1")
        assert (row["name"], row["phone"], row["user_id"], row["chat_id"]) == (None, None, "", "")
        assert row["status"] == "enrolled"  # kept as an anonymous count
        assert await _count(app, "SELECT COUNT(*) FROM enrolments") == 2
        await olena.send("/mydata")
        assert "Polish A1" not in olena.text


async def _rows(app, sql: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    async with app.services.db.transaction() as tx:
        return list(await tx.fetchall(sql))


async def test_forget_masks_only_the_persons_line_not_another_of_the_same_first_name(
    tmp_path, clock
):
    """Two people signed up as «Olena», a one-word name: when one asks to be forgotten, the list
    staff asked for loses her line and her button, not the other Olena's (tester 18: the list
    keeps whose each line and button is, `Reply.marks`)."""
    async with course_app(tmp_path, clock) as app:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        first, second = people(app, 2)
        await enrol(first, name="Olena", phone="601 999 111")
        await enrol(second, name="Olena", phone="601 999 222")
        staff = StaffMember(app.core)
        asked = Incoming("telegram", staff.user_id, staff.chat_id, "pl", sender_name=staff.name)
        queued = await app.core.handle_queued(replace(asked, payload="courses:show:polish_a1"))
        await delivery.worker.send_now("telegram", staff.chat_id, queued)
        card = platform.to(staff.chat_id)[-1]
        assert "1. Olena, +48 601 999 111" in text_of(card.reply)
        assert "2. Olena, +48 601 999 222" in text_of(card.reply)

        await first.send("/forget")
        await first.payload("privacy:forget")
        await delivery.run()
        [edit] = [e for e in platform.edits if e.message_id == card.message_id]
        text = text_of(edit.reply)
        assert "601 999 111" not in text
        assert "Zapisani (1 z 2):\n1. Olena, +48 601 999 222" in text  # the other Olena stays
        labels = [b.label for row in edit.reply.buttons for b in row if "Olena" in b.label]
        assert labels == ["✖ Usuń z listy: 1. Olena"], labels


async def test_forget_shows_a_card_opened_earlier_with_the_lists_as_they_are_now(tmp_path, clock):
    """Tester 39, F9: a card opened before someone's /forget is edited to the lists as they
    are now (counts and all: the place passed on, nobody left waiting), not left counting them
    with their lines masked while /courses says otherwise."""
    async with course_app(tmp_path, clock) as app:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        olena, petro, maria = people(app, 3)
        await enrol(olena, name="Olena Kowal")
        await enrol(petro, name="Petro")
        await enrol(maria, name="Maria")  # 2 seats: Maria waits
        staff = StaffMember(app.core)
        asked = Incoming("telegram", staff.user_id, staff.chat_id, "pl", sender_name=staff.name)
        queued = await app.core.handle_queued(replace(asked, payload="courses:show:polish_a1"))
        await delivery.worker.send_now("telegram", staff.chat_id, queued)
        card = platform.to(staff.chat_id)[-1]
        assert "Zapisani (2 z 2)" in text_of(card.reply)
        assert "Lista rezerwowa (1)" in text_of(card.reply)

        await olena.send("/forget")
        await olena.payload("privacy:forget")
        await delivery.run()
        [edit] = [e for e in platform.edits if e.message_id == card.message_id]
        text = text_of(edit.reply)
        assert "Zapisani (1 z 2):\n1. Petro" in text
        assert "Zaproponowane miejsce, czekamy na potwierdzenie:\n1. Maria" in text
        assert "Lista rezerwowa (0), w kolejności:\n— nikt" in text
        assert "Olena" not in text and "🔒" not in text
        await staff.command("/courses")
        assert "zapisani: 1 z 2, rezerwowi: 0" in staff.text


class InPlace(RecordingPlatform):
    """A reply that replaces the message under the button pressed is edited in place, as the
    Telegram sender does (`TelegramSender.send`)."""

    async def send(self, chat_id: str, reply: Reply) -> str:
        if reply.edit_message_id:
            await self.edit(chat_id, reply.edit_message_id, reply)
            return reply.edit_message_id
        return await super().send(chat_id, reply)


async def test_forget_takes_the_persons_name_off_an_attendance_sheet_not_the_other_olenas(
    tmp_path, clock
):
    """An attendance sheet names each person on a button: after one Olena is forgotten, the
    sheet staff asked for loses her button (it stayed before: the sheet said whom it showed
    nowhere), the other Olena's stays; the course's card the sheet was opened over (the same
    message, edited in place) does not come back."""
    async with course_app(tmp_path, clock) as app:
        platform = InPlace()
        delivery = Delivery(app, platform, clock)
        first, second = people(app, 2)
        await enrol(first, name="Olena", phone="601 999 111")
        await enrol(second, name="Olena", phone="601 999 222")
        clock.advance(days=8, hours=8)  # Tuesday 1 December: the first meeting
        staff = StaffMember(app.core)
        asked = Incoming("telegram", staff.user_id, staff.chat_id, "pl", sender_name=staff.name)
        card_of = replace(asked, payload="courses:show:polish_a1")
        await delivery.worker.send_now(
            "telegram", staff.chat_id, await app.core.handle_queued(card_of)
        )
        card = platform.to(staff.chat_id)[-1]
        assert "2. Olena, +48 601 999 222" in text_of(card.reply)
        sheet_of = replace(asked, payload="courses:att:polish_a1:20261201")
        sheet_of = replace(sheet_of, message_id=card.message_id)  # tapped under the card
        await delivery.worker.send_now(
            "telegram", staff.chat_id, await app.core.handle_queued(sheet_of)
        )
        [sheet] = [e for e in platform.edits if e.message_id == card.message_id]
        assert [b.label for row in sheet.reply.buttons for b in row][:2] == ["⬜ Olena"] * 2
        before = len(platform.edits)

        await first.send("/forget")
        await first.payload("privacy:forget")
        await delivery.run()
        [edit] = [e for e in platform.edits[before:] if e.message_id == card.message_id]
        assert "Obecni" in text_of(edit.reply)  # still the sheet, not the card again
        marks = [b.payload for row in edit.reply.buttons for b in row if b.label == "⬜ Olena"]
        assert marks == ["courses:mark:2:20261201"]  # the other Olena's, to tap
