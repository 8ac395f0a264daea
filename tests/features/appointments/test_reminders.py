"""Reminders the day before and an hour before, once each, in the person's language."""

from __future__ import annotations

from tests.support.appointments import book_and_confirm_career, send_request
from tests.support.bookings import queued
from tests.support.dialogue import Dialogue, StaffMember


async def _run(app) -> None:  # type: ignore[no-untyped-def]
    for job in app.core.registry.jobs:
        if job.name == "appointment reminders":
            await job.run(app.services)


async def _reminders(app, user: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    return [q for q in await queued(app.core) if q.chat_id == user and "⏰" in q.reply.text]


async def test_the_day_before_and_an_hour_before_once_each(app, clock):
    olena = Dialogue(app.core, user_id="2001", language_hint="uk")
    await book_and_confirm_career(olena)  # Thursday 26 November, 09:00
    await _run(app)
    assert await _reminders(app, "2001") == []  # Monday: too early
    clock.advance(days=2, hours=1)  # Wednesday 10:00
    await _run(app)
    await _run(app)
    [day] = await _reminders(app, "2001")
    assert "ваш прийом — завтра (№ S1)" in day.reply.text and "26 листопада" in day.reply.text
    clock.advance(hours=22, minutes=10)  # Thursday 08:10
    await _run(app)
    _, hour = await _reminders(app, "2001")
    assert "ваш прийом — за годину (№ S1)" in hour.reply.text  # the number staff read


async def test_a_cancelled_appointment_is_not_reminded(app, clock, dialogue):
    await book_and_confirm_career(dialogue)
    await dialogue.send("/mybookings")
    await dialogue.press("Cancel: Thu 26 Nov, 09:00")
    await dialogue.press("Yes, cancel it")
    clock.advance(days=2, hours=1)
    await _run(app)
    assert await _reminders(app, dialogue.user_id) == []


async def test_a_psychologist_reminder_is_marked_private_for_undeliverable_reports(app, clock):
    iryna = Dialogue(app.core, user_id="2002")
    await send_request(iryna, "psychologist", name="Iryna")
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload("apptq:pick:1:psychologist:202611251100")
    await anna.press("Zaproponuj zaznaczony")
    await iryna.payload("appt:take:1:0")  # Wednesday 25 November, 12:00
    clock.advance(days=1, hours=3)  # Tuesday 12:00
    await _run(app)
    [day] = await _reminders(app, "2002")
    assert day.ref[0] == "appointment_person_private"  # reported undelivered without its text
    assert "By phone" in day.reply.text
