"""The jobs the terminal chat runs itself: `infopoint chat` has no scheduler beside it
(bot.runner runs the features' jobs every minute or hour for Telegram and Viber), so before each
line typed is answered (an empty one too) the jobs whose time has come are run, and what they
send is printed: a reminder of a visit or a course reaches the person, a visit whose time has
started gets «✅ Obecność / ❌ Nieobecność» on its card, a course's freed place is offered
(docs/booking.md). A job runs at most once in its interval (a minute for most), by the app's
clock: a line typed within it costs a look at `ran`. The retention jobs are left to the bot
itself: the terminal's database is a rehearsal's.
"""

from __future__ import annotations

import datetime as dt

from bot.core.dispatch import Core
from bot.delivery.worker import OutboxWorker


async def run_due(core: Core, worker: OutboxWorker, ran: dict[str, dt.datetime]) -> None:
    """Each job not run within its interval (`ran`: when each last ran, kept by the chat)."""
    services = core.services
    now, any_ran = services.clock(), False
    for job in core.registry.jobs:
        last = ran.get(job.name)
        if job.erases or (last is not None and (now - last).total_seconds() < job.every_seconds):
            continue
        ran[job.name] = now
        await job.run(services)
        any_ran = True
    if any_ran:
        await worker.run_once()  # what they sent, printed before the line's answer
