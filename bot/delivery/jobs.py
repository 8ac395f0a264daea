"""Periodic work run by `infopoint run` beside the channels: (name, interval seconds, job).

Each job is `async def job(services) -> None`, works in its own transactions, and is safe to run
again after a restart (state lives in SQLite, never only in memory).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from bot import reminders
from bot.handlers import booking_privacy, callback_privacy

Job = Callable[[Any], Awaitable[None]]

JOBS: list[tuple[str, float, Job]] = [
    ("callback requests: retention, unposted", 3600, callback_privacy.upkeep),
    ("visit reminders", 60, reminders.send_due_reminders),
    ("bookings: retention", 3600, booking_privacy.retention),
]
