"""The outbox's wake-up: a turn that queued something tells the worker to look now."""

from __future__ import annotations

import asyncio


class OutboxSignal:
    def __init__(self) -> None:
        self.event = asyncio.Event()

    def wake(self) -> None:
        self.event.set()
