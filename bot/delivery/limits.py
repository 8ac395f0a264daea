"""Telegram's message limits per chat: 20 a minute to a group, one a second to a person."""

from __future__ import annotations

import collections
import time
from collections.abc import Callable

GROUP_PER_MINUTE = 20  # Telegram: at most 20 messages a minute to one group
PRIVATE_PER_SECOND = 1


class RateLimiter:
    """Sliding windows per chat; `monotonic` is injectable for tests of bursts."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic):
        self.monotonic = monotonic
        self.sent: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)

    def _limit(self, chat_id: str) -> tuple[int, float]:
        return (GROUP_PER_MINUTE, 60.0) if chat_id.startswith("-") else (PRIVATE_PER_SECOND, 1.0)

    def wait_time(self, chat_id: str) -> float:
        count, window = self._limit(chat_id)
        stamps = self.sent[chat_id]
        now = self.monotonic()
        while stamps and now - stamps[0] >= window:
            stamps.popleft()
        return 0.0 if len(stamps) < count else window - (now - stamps[0])

    def busy(self) -> dict[str, float]:
        """Chats at their limit now: seconds until each may have one more (idle ones forgotten)."""
        waits = {chat: self.wait_time(chat) for chat in list(self.sent)}
        for chat in [chat for chat in waits if not self.sent[chat]]:
            del self.sent[chat]
        return {chat: wait for chat, wait in waits.items() if wait > 0}

    def record(self, chat_id: str) -> None:
        self.sent[chat_id].append(self.monotonic())
