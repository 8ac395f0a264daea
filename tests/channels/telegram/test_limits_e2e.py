"""A backlog after an outage, against a Bot API that enforces Telegram's limits the way Telegram
does (429 «retry after» beyond about 30 messages a second for the bot and a few a second to one
person): every person still gets every reply, none lost, none twice, in the order of their
messages (issue 13, fault 1)."""

from __future__ import annotations

import time
from collections import defaultdict, deque
from typing import Any

import pytest

from tests.support.e2e import STAFF_CHAT, running_bot
from tests.support.fake_telegram import ApiError, FakeTelegram

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1

ASKED = ("/start", "/help", "/contact", "/mydata", "/topics")


class LimitedTelegram(FakeTelegram):
    """Refuses a message with 429 (retry after 1 s) beyond 30 a second overall, or beyond 3 in
    3 seconds to one person."""

    def __init__(self) -> None:
        super().__init__()
        self.sent_at: deque[float] = deque()
        self.to_chat: defaultdict[int, deque[float]] = defaultdict(deque)
        self.too_many = 0

    def _limit(self, params: dict[str, Any]) -> None:
        now = time.monotonic()
        while self.sent_at and now - self.sent_at[0] > 1:
            self.sent_at.popleft()
        chat = int(params.get("chat_id", 0))
        recent = self.to_chat[chat]
        while recent and now - recent[0] > 3:
            recent.popleft()
        if len(self.sent_at) >= 30 or (chat > 0 and len(recent) >= 3):
            self.too_many += 1
            raise ApiError(429, "Too Many Requests: retry after 1", 1)
        self.sent_at.append(now)
        recent.append(now)

    async def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        self._limit(params)
        return await super()._m_sendMessage(params)

    async def _m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        self._limit(params)
        return await super()._m_editMessageText(params)


async def test_a_backlog_under_telegrams_limits_loses_no_reply_and_keeps_their_order(tmp_path):
    async with LimitedTelegram() as tg:
        tg.group(STAFF_CHAT, "Staff")
        people = [tg.user(f"Person {n}", language_code="en") for n in range(20)]
        for person in people:  # written while the bot was down
            for text in ASKED:
                await person.send(text)
        async with running_bot(tmp_path, tg):
            await tg.wait_until(
                lambda: all(len(p.messages()) >= len(ASKED) for p in people), timeout=90
            )
        assert tg.too_many > 0, "the limits were reached: the test shows what it should"
        expected = ("Hello!", "How to use this bot", "duty hours", "What we store", "category")
        for person in people:
            texts = [m["text"] for m in person.messages()]
            assert len(texts) == len(ASKED), texts  # each once: nothing lost, nothing twice
            # in the order of the person's messages: none overtook another after a 429
            assert all(part in text for part, text in zip(expected, texts, strict=True)), [
                text[:25] for text in texts
            ]
