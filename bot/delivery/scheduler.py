"""Periodic jobs of the features (retention, reminders, ...) run beside the channels."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable

from bot.core.flows import Job
from bot.core.services import Services

log = logging.getLogger(__name__)

AFTER_MIDNIGHT = 1.0  # seconds: a job run at midnight sees the new date, whatever the wake-up


async def every(
    job: Job,
    services: Services,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> None:
    """Run `job` now and then every `job.every_seconds` (a `midnight` job at the zone's
    midnight too), until cancelled; a failure is logged and the job runs again at its next
    time."""
    while True:
        try:
            await job.run(services)
        except Exception:
            log.exception("periodic job %r failed", job.name)
        await sleep(wait(job, services))


def wait(job: Job, services: Services) -> float:
    """Seconds to the job's next run: `every_seconds`, or less to run just after midnight."""
    if not job.midnight:
        return job.every_seconds
    now = services.clock().astimezone(services.settings.timezone)
    tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(), now.tzinfo)
    # (in UTC: a night the clocks change has 23 or 25 hours)
    left = (tomorrow.astimezone(dt.UTC) - now.astimezone(dt.UTC)).total_seconds()
    return min(job.every_seconds, max(left, 0.0) + AFTER_MIDNIGHT)
