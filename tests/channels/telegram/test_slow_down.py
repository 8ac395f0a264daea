"""Telegram's 429s ("retry after") hold up only what they are about: a staff chat's 429 pauses
that chat, not the replies to people; only a 429 tied to no chat pauses the whole bot."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from tests.support.e2e import STAFF_CHAT, running_bot
from tests.support.fake_telegram import FakeTelegram

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1


@pytest.fixture
async def tg():  # type: ignore[no-untyped-def]
    async with FakeTelegram() as server:
        server.group(STAFF_CHAT, "Staff")
        yield server


def _to_staff(tg: FakeTelegram) -> list[object]:
    return [c for c in tg.calls_to("sendMessage") if c.params["chat_id"] == STAFF_CHAT]


async def test_a_429_in_the_staff_chat_pauses_that_chat_and_nobody_elses_reply(tmp_path, tg):
    ivan = tg.user("Ivan", language_code="en")
    anna = tg.user("Anna", "pl")
    tg.set_member(tg.chats[STAFF_CHAT], anna)
    async with running_bot(tmp_path, tg):
        tg.fail("sendMessage", 429, retry_after=30, chat_id=STAFF_CHAT)
        await anna.send("/requests", chat=tg.chats[STAFF_CHAT])
        await tg.wait_until(lambda: tg.refused)  # the staff chat must wait 30 s
        started = time.monotonic()
        await ivan.send("/help")
        await ivan.wait_message(timeout=5)
        assert time.monotonic() - started < 3  # (it took the staff chat's 30 s before)
        await anna.send("/requests", chat=tg.chats[STAFF_CHAT])
        await ivan.send("/start")
        await tg.wait_until(lambda: len(ivan.messages()) >= 2, timeout=5)
        await asyncio.sleep(0.5)
    assert len(tg.refused) == 1  # the paused chat was not tried again meanwhile
    assert _to_staff(tg) == []


async def test_a_429_tied_to_no_chat_pauses_every_reply_for_its_time(tmp_path, tg):
    olena = tg.user("Olena", language_code="en")
    ivan = tg.user("Ivan", language_code="en")
    async with running_bot(tmp_path, tg):
        await olena.send("/start")
        await olena.wait_message()
        tg.fail("answerCallbackQuery", 429, retry_after=2)  # (a call with no chat)
        started = time.monotonic()  # (before the 429: waiting to see it may take a while)
        await olena.press("English")
        await tg.wait_until(lambda: tg.refused)
        await ivan.send("/help")
        await ivan.wait_message(timeout=10)  # held, then sent: not lost
        assert time.monotonic() - started > 1.2


async def test_two_429s_in_a_row_are_waited_out_with_a_warning_and_no_traceback(
    tmp_path, tg, caplog
):
    olena = tg.user("Olena", language_code="en")
    with caplog.at_level(logging.INFO):
        async with running_bot(tmp_path, tg):
            tg.fail("sendMessage", 429, retry_after=1, times=2, chat_id=olena.id)
            await olena.send("/start")
            message = await olena.wait_message(timeout=10)
    assert "language" in message["text"].lower()
    assert len(tg.refused) == 2
    loud = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert loud and all(r.levelno == logging.WARNING and not r.exc_info for r in loud)
    assert not [r for r in loud if "Olena" in r.getMessage() or str(olena.id) in r.getMessage()]
