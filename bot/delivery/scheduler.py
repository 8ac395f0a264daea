"""Periodic jobs of the features (retention, reminders, ...) run beside the channels."""

from __future__ import annotations

import asyncio
import logging

from bot.core.flows import Job
from bot.core.services import Services

log = logging.getLogger(__name__)


async def every(job: Job, services: Services) -> None:
    """Run `job` now and then every `job.every_seconds`, until cancelled; a failure is logged
    and the job runs again at its next time."""
    while True:
        try:
            await job.run(services)
        except Exception:
            log.exception("periodic job %r failed", job.name)
        await asyncio.sleep(job.every_seconds)
