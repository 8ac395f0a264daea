"""A card asked for again (/request T1) while the staff chat's messages wait in the outbox
(Telegram refusing them for a while): once they go out, the chat has the card and one copy,
the newest, and a change edits both; a copy asked for before the newer one is never sent."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest

from tests.conftest import Clock
from tests.support.e2e import STAFF_CHAT, confirm_a_request, running_bot
from tests.support.fake_telegram import FakeTelegram

pytestmark = pytest.mark.slow  # a real server on 127.0.0.1

CARD = "Prośba o telefon nr T1"


@pytest.fixture
async def tg():  # type: ignore[no-untyped-def]
    async with FakeTelegram() as server:
        server.group(STAFF_CHAT, "Staff")
        yield server


async def _handled(bot: Any) -> int:
    async with bot.services.db.transaction() as tx:
        row = await tx.fetchone("SELECT COUNT(*) AS n FROM handled_updates")
    return int(row["n"])


async def _being_sent(bot: Any) -> int:
    """Staff-chat messages the worker is sending this moment (claimed, not yet refused): a copy
    in flight is Telegram's to take or refuse, not the outbox's to hold (docs/callbacks.md)."""
    async with bot.services.db.transaction() as tx:
        row = await tx.fetchone(
            "SELECT COUNT(*) AS n FROM outbox WHERE chat_id = ? AND delivered_at IS NULL"
            " AND claimed_until IS NOT NULL",
            (str(STAFF_CHAT),),
        )
    return int(row["n"])


def _cards(tg: FakeTelegram) -> list[dict[str, Any]]:
    return [m for m in tg.messages_in(STAFF_CHAT) if m.get("text", "").startswith(f"📞 {CARD}")]


def _labels(message: dict[str, Any]) -> list[str]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [button["text"] for row in rows for button in row]


async def test_copies_asked_for_before_the_card_was_delivered_leave_one_live_copy(tmp_path, tg):
    clock = Clock(dt.datetime.now(dt.UTC))
    staff = tg.chats[STAFF_CHAT]
    anna = tg.user("Anna", "pl")
    tg.set_member(staff, anna)
    olena = tg.user("Olena", language_code="en")
    async with running_bot(tmp_path, tg, clock=clock) as bot:
        tg.fail("sendMessage", 502, times=1000, chat_id=STAFF_CHAT)  # held until cleared
        await confirm_a_request(tg, olena)
        await tg.wait_until(lambda: tg.refused)  # the card waits in the outbox
        for _ in range(2):
            before = await _handled(bot)
            await anna.send("/request T1", chat=staff)
            for _ in range(400):  # handled, and its copy held in the outbox, not in flight
                if await _handled(bot) > before and await _being_sent(bot) == 0:
                    break
                await asyncio.sleep(0.05)
        assert _cards(tg) == []  # nothing has reached the staff chat yet
        tg.failures.clear()  # Telegram takes messages again
        for _ in range(400):
            if len(_cards(tg)) >= 2:
                break
            clock.advance(seconds=30)
            bot.worker.wake()
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)  # (anything else still waiting goes out too)
        card, copy = _cards(tg)  # the card and the newest copy: not two live copies
        assert any("Biorę" in label for label in _labels(copy))
        await anna.press("Biorę", chat=staff, message=copy)
        await tg.wait_until(lambda: all("Przyjęta" in m["text"] for m in _cards(tg)), 30)
    assert len(_cards(tg)) == 2
    assert all(not any("Biorę" in label for label in _labels(m)) for m in _cards(tg))
