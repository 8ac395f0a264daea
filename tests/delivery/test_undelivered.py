"""A message a platform will never take (the person blocked the bot, unsubscribed on Viber) is
dropped, not retried for ever, and staff are told in their language what the person missed."""

from __future__ import annotations

from bot.app import build
from bot.core import markup
from bot.delivery import undelivered
from tests.support.assist import send_translation
from tests.support.callbacks import (
    STAFF_CHAT,
    Delivery,
    RecordingPlatform,
    StaffMember,
    request_callback,
)
from tests.support.dialogue import Dialogue
from tests.support.services import write_services_config


async def test_a_staff_reply_the_person_cannot_get_is_reported_under_their_request(app, clock):
    platform = RecordingPlatform()
    delivery = Delivery(app, platform, clock)
    delivery.worker.on_undeliverable = undelivered.reporter(app.services)
    olena = Dialogue(app.core, user_id="7001")
    await request_callback(olena, name="Olena")
    await delivery.run()
    posted = platform.to(STAFF_CHAT)[-1]

    platform.refused_chats.add("7001")  # she blocked the bot
    anna = StaffMember(app.core)
    await anna.reply(posted.message_id, "Please bring your passport [and] the form")
    await delivery.run()
    notices = [s for s in platform.to(STAFF_CHAT) if "Nie udało się dostarczyć" in s.text]
    assert len(notices) == 1
    notice = notices[0]
    assert "zablokowała bota" in notice.text
    assert "Dotyczy prośby o telefon nr T1." in notice.text, "named with its letter"
    assert "Please bring your passport [and] the form" in notice.text, "shown as typed"
    assert notice.reply.reply_to_message_id == posted.message_id

    await delivery.run(passes=5)
    assert len([s for s in platform.to(STAFF_CHAT) if "Nie udało" in s.text]) == 1, "once"


async def test_a_help_requests_undelivered_message_names_it_with_its_letter(tmp_path, clock):
    app = await build(write_services_config(tmp_path), clock=clock, search="off")
    try:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        delivery.worker.on_undeliverable = undelivered.reporter(app.services)
        await send_translation(Dialogue(app.core, user_id="7002"))
        await delivery.run()
        platform.refused_chats.add("7002")
        await StaffMember(app.core).payload("request:take:1")  # the person is told: refused
        await delivery.run()
        notice = next(s for s in platform.to(STAFF_CHAT) if "Nie udało się" in s.text)
        assert "Dotyczy prośby o pomoc nr P1." in notice.text
    finally:
        await app.close()


def test_reasons_are_told_apart_for_staff():
    assert undelivered.reason_key("the person unsubscribed from the bot on Viber") == (
        "undeliverable_unsubscribed"
    )
    assert undelivered.reason_key("Viber status 6: receiverNotSubscribed") == (
        "undeliverable_unsubscribed"
    )
    assert undelivered.reason_key("forbidden: bot was blocked by the user") == (
        "undeliverable_blocked"
    )
    assert undelivered.reason_key("Viber status 3: badData") == "undeliverable_refused"


async def test_a_visit_staff_cancelled_that_the_person_cannot_be_told_of_names_the_visit(
    app, clock
):
    """The person blocked the bot; staff cancel her visit: the notice names «D1» under the
    visit's card, so staff know whom to phone (so does a reminder she cannot get)."""
    from tests.support.bookings import book_and_confirm

    platform = RecordingPlatform()
    delivery = Delivery(app, platform, clock)
    delivery.worker.on_undeliverable = undelivered.reporter(app.services)
    await book_and_confirm(Dialogue(app.core, user_id="7001"))  # Tuesday 24 November, 13:30
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    platform.refused_chats.add("7001")
    await StaffMember(app.core).payload("visit:cancel_now:1")
    await delivery.run()
    [notice] = [s for s in platform.to(STAFF_CHAT) if "Nie udało się dostarczyć" in s.text]
    assert "Dotyczy wizyty nr D1." in notice.text
    assert notice.reply.reply_to_message_id == card.message_id


async def test_a_course_message_the_person_cannot_get_names_the_course_meeting_and_person(
    tmp_path, clock
):
    """Olena blocked the bot; the reminder of the next meeting does not reach her: staff are
    told which course, which meeting and whose sign-up, in the staff language (tester 25)."""
    import datetime as dt

    from bot.features.courses.reminders import queue_reminders
    from tests.support.courses import course_app, enrol

    async with course_app(tmp_path, clock) as app:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        delivery.worker.on_undeliverable = undelivered.reporter(app.services)
        await enrol(Dialogue(app.core, user_id="7003", language_hint="uk"), name="Olena <Ko>")
        await delivery.run()
        platform.refused_chats.add("7003")
        clock.now = dt.datetime(2026, 11, 30, 17, 0, tzinfo=dt.UTC)  # the day before
        assert await queue_reminders(app.services) == 1
        await delivery.run()
        notice = next(s for s in platform.to(STAFF_CHAT) if "Nie udało się" in s.text)
        assert (
            "Dotyczy zapisu na „Język polski A1” (spotkanie: wtorek, 1 grudnia 2026, 17:00),"
            " osoba: Olena <Ko>." in notice.text
        )
        assert "osoba: Olena &lt;Ko&gt;." in markup.to_html(notice.reply.text)  # escaped
