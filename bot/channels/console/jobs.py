"""The jobs the terminal chat runs itself: `infopoint chat` has no scheduler beside it
(bot.runner runs the features' jobs every minute or hour for Telegram and Viber), so before staff
see a day's list (/today, /week) the jobs whose time has come are run once, and what they send is
printed: a visit whose time has started gets «✅ Obecność / ❌ Nieobecność» on its card, a
reminder or a course's freed place goes out (docs/booking.md). The retention jobs are left to
the bot itself: the terminal's database is a rehearsal's.
"""

from __future__ import annotations

import datetime as dt

from bot.core.dispatch import Core
from bot.delivery.worker import OutboxWorker

DAY_LISTS = ("today", "week")  # the staff commands before which the due jobs run


async def run_due(core: Core, worker: OutboxWorker, ran: dict[str, dt.datetime]) -> None:
    """Each job not run within its interval (`ran`: when each last ran, kept by the chat)."""
    services = core.services
    now = services.clock()
    for job in core.registry.jobs:
        last = ran.get(job.name)
        if job.erases or (last is not None and (now - last).total_seconds() < job.every_seconds):
            continue
        ran[job.name] = now
        await job.run(services)
    await worker.run_once()  # what they sent, printed before the list
