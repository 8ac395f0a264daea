"""Nothing lost on the way to the staff chat: bursts, refusals, outages, a chat set up late."""

from __future__ import annotations

import pytest

from bot.app import build
from bot.delivery.errors import RetryLater
from bot.features.callback import privacy as callback_privacy
from tests.conftest import write_config
from tests.support.callbacks import (
    STAFF_CHAT,
    Delivery,
    StaffMember,
    request_callback,
)
from tests.support.dialogue import Dialogue


async def test_a_burst_of_requests_respects_twenty_messages_a_minute_to_the_staff_chat(
    app, delivery, platform
):
    for n in range(25):
        await request_callback(Dialogue(app.core, user_id=f"u{n}"), name=f"Person{n}")
    await delivery.worker.run_once()
    assert len(platform.to(STAFF_CHAT)) == 20
    delivery.seconds += 30
    await delivery.worker.run_once()
    assert len(platform.to(STAFF_CHAT)) == 20  # still within the same minute
    delivery.seconds += 31
    await delivery.worker.run_once()
    sent = platform.to(STAFF_CHAT)
    assert len(sent) == 25
    assert [s.text.split("nr ")[1].split("\n")[0] for s in sent] == [f"T{n}" for n in range(1, 26)]


async def test_requests_wait_while_the_bot_is_out_of_the_staff_chat_and_arrive_after(
    app, clock, dialogue, delivery, platform
):
    platform.refused_chats.add(STAFF_CHAT)  # e.g. the bot was removed from the group
    await request_callback(dialogue)
    await StaffMember(app.core).payload("request:take:1")  # an edit queued behind it
    await delivery.run()
    assert platform.to(STAFF_CHAT) == []
    platform.refused_chats.clear()  # an admin added the bot back
    clock.advance(minutes=10)
    await delivery.run()
    assert len(platform.to(STAFF_CHAT)) == 1
    assert "Przyjęta" in platform.edits[-1].text


async def test_telegram_asking_to_slow_down_postpones_without_losing_anything(
    clock, dialogue, delivery, platform
):
    platform.failing = RetryLater("Telegram asked to slow down", 30)
    await request_callback(dialogue)
    await delivery.run()
    platform.failing = None
    clock.advance(seconds=29)
    await delivery.run()
    assert platform.sent == []  # retry_after honoured
    clock.advance(seconds=2)
    await delivery.run()
    assert len(platform.to(STAFF_CHAT)) == 1


async def test_requests_made_before_the_staff_chat_was_configured_are_posted_later(
    tmp_path, clock, platform
):
    unset = write_config(tmp_path, staff__chat_id=None)
    app = await build(unset, clock=clock, search="off")
    try:
        await request_callback(Dialogue(app.core))
    finally:
        await app.close()
    fixed = write_config(tmp_path, staff__chat_id=int(STAFF_CHAT))
    app = await build(fixed, clock=clock, search="off")
    try:
        await callback_privacy.upkeep(app.services)
        await callback_privacy.upkeep(app.services)  # once is enough
        await Delivery(app, platform, clock).run()
        [posted] = platform.to(STAFF_CHAT)
        assert "Olena" in posted.text and "nr T1" in posted.text
    finally:
        await app.close()


async def test_a_429_in_the_staff_chat_pauses_the_whole_chat_not_only_that_message(
    app, clock, delivery, platform
):
    for n in range(3):
        await request_callback(Dialogue(app.core, user_id=f"u{n}"), name=f"Person{n}")
    platform.failing = RetryLater("Telegram asked to slow down", 30)
    await delivery.worker.run_once()  # the first one is refused: the chat waits 30 s
    platform.failing = None
    delay = await delivery.worker.run_once()
    assert platform.to(STAFF_CHAT) == []  # the next ones were not sent straight away
    assert delay == pytest.approx(30, abs=1)  # the worker sleeps until then, not every 50 ms
    delivery.seconds += 31
    clock.advance(seconds=31)
    await delivery.worker.run_once()
    assert len(platform.to(STAFF_CHAT)) == 3


async def test_a_staff_chat_with_a_backlog_or_paused_holds_up_no_other_chat(
    app, clock, delivery, platform
):
    for n in range(45):  # more than the staff chat may get in two minutes
        await request_callback(Dialogue(app.core, user_id=f"u{n}"), name=f"Person{n}")
    await delivery.worker.run_once()
    assert len(platform.to(STAFF_CHAT)) == 20  # its 20 a minute
    delivery.seconds += 1
    clock.advance(seconds=1)
    await StaffMember(app.core).payload("request:take:1")
    delay = await delivery.worker.run_once()
    [taken] = platform.to("u0")  # at once, not behind the staff chat's 25 waiting
    assert "has taken your request #T1" in taken.text
    assert delay == pytest.approx(59, abs=1)  # the staff chat's next minute, no busy polling
    platform.failing = RetryLater("Telegram asked to slow down", 30)
    delivery.seconds += 60
    clock.advance(seconds=60)
    await delivery.worker.run_once()  # the staff chat refuses: it waits 30 s
    platform.failing = None
    await StaffMember(app.core).payload("request:take:2")
    await delivery.worker.run_once()
    [taken] = platform.to("u1")  # not held up by the staff chat's pause
    assert "has taken your request #T2" in taken.text
    assert len(platform.to(STAFF_CHAT)) == 20


async def test_one_chatty_person_does_not_hold_up_the_next_persons_request(
    app, clock, delivery, platform
):
    olena = Dialogue(app.core, user_id="olena")
    await request_callback(olena, name="Olena")
    await delivery.run()
    posted = platform.to(STAFF_CHAT)[0]
    await StaffMember(app.core).reply(posted.message_id, "Please tell me more", "700")
    await delivery.run()
    platform.sent.clear()
    for n in range(40):  # she writes forty messages in a row
        await olena.send(f"detail number {n}")
    await request_callback(Dialogue(app.core, user_id="ivan"), name="Ivan")
    await delivery.worker.run_once()
    to_staff = platform.to(STAFF_CHAT)
    assert "Ivan" in to_staff[0].text  # the new request goes first
    relayed = [s for s in to_staff if "Olena" in s.text]
    assert len(relayed) == 1  # her messages waiting together went as one
    assert all(f"detail number {n}" in relayed[0].text for n in range(40))
