"""Reminders the day before and an hour before: persisted, sent once, and kept over a restart."""

from __future__ import annotations

from bot.app import build
from bot.features.booking.reminders import queue_due_reminders
from tests.support.bookings import TUE_1330, book_and_confirm, to_chat
from tests.support.dialogue import Dialogue


async def test_reminders_come_the_day_before_and_an_hour_before_in_the_users_language(app, clock):
    person = Dialogue(app.core, user_id="ua", language_hint="uk")
    await book_and_confirm(person, TUE_1330)  # Tuesday 13:30; now Monday 09:00
    assert await queue_due_reminders(app.services) == 0
    clock.advance(hours=4, minutes=29)  # Monday 13:29
    assert await queue_due_reminders(app.services) == 0
    clock.advance(minutes=1)
    assert await queue_due_reminders(app.services) == 1
    assert await queue_due_reminders(app.services) == 0  # once only
    day_before = (await to_chat(app.core, "ua"))[-1]
    assert "ваш візит — завтра (№ D1)" in day_before.text  # the number staff read (tester 17)
    assert "вівторок, 24 листопада 2026" in day_before.text
    assert "кольорове фото" in day_before.text  # what to bring, again
    clock.advance(hours=23)  # Tuesday 12:30
    assert await queue_due_reminders(app.services) == 1
    assert "ваш візит — за годину (№ D1)" in (await to_chat(app.core, "ua"))[-1].text
    clock.advance(hours=2)
    assert await queue_due_reminders(app.services) == 0


async def test_reminders_survive_a_restart(config_path, clock):
    first = await build(config_path, clock=clock)
    try:
        await book_and_confirm(Dialogue(first.core, user_id="ua", language_hint="uk"), TUE_1330)
    finally:
        await first.close()
    clock.advance(hours=5)  # the bot was down when the day-before reminder fell due
    second = await build(config_path, clock=clock)
    try:
        assert await queue_due_reminders(second.services) == 1
        assert "завтра" in (await to_chat(second.core, "ua"))[-1].text
    finally:
        await second.close()
    third = await build(config_path, clock=clock)
    try:
        assert await queue_due_reminders(third.services) == 0  # not again after a restart
    finally:
        await third.close()


async def test_no_reminder_for_a_cancelled_visit(app, dialogue, clock):
    await book_and_confirm(dialogue, TUE_1330)
    await dialogue.payload("booking:cancel_now:1")
    clock.advance(hours=5)
    assert await queue_due_reminders(app.services) == 0


async def test_a_visit_booked_for_tomorrow_afternoon_gets_only_the_hour_reminder(app, clock):
    clock.advance(hours=6)  # Monday 15:00: tomorrow 13:30 is less than a day away
    person = Dialogue(app.core)
    await book_and_confirm(person, TUE_1330)
    assert await queue_due_reminders(app.services) == 0
    clock.advance(hours=21, minutes=30)  # Tuesday 12:30
    assert await queue_due_reminders(app.services) == 1
    assert "starts in an hour" in (await to_chat(app.core, "1001"))[-1].text


async def test_a_day_reminder_too_late_to_help_after_downtime_is_dropped(app, clock):
    await book_and_confirm(Dialogue(app.core), TUE_1330)
    clock.advance(days=1, hours=3, minutes=45)  # Tuesday 12:45: the bot was down all along
    assert await queue_due_reminders(app.services) == 1
    texts = [q.text for q in await to_chat(app.core, "1001")]
    assert any("starts in an hour" in t for t in texts)
    assert not any("is tomorrow" in t for t in texts)
