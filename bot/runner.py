"""`infopoint run`: the channels, the outbox worker and periodic jobs in one process."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bot import config
from bot.app import App, build
from bot.channels import telegram as tg
from bot.jobs import JOBS
from bot.outbox import OutboxWorker

log = logging.getLogger(__name__)


@dataclass
class Running:
    """A started bot: what `serve` built, so tests can look inside and stop it."""

    app: App
    worker: OutboxWorker
    telegram: tg.TelegramChannel | None = None
    tasks: list[asyncio.Task] = field(default_factory=list)  # type: ignore[type-arg]


def main(config_path: Path) -> int:
    settings = config.load(config_path)
    token = config.telegram_token()
    if settings.telegram_enabled and not token:
        print(
            "No bot token: set TELEGRAM_BOT_TOKEN (from @BotFather), e.g. "
            "`TELEGRAM_BOT_TOKEN=123:abc infopoint run`; to try the bot without Telegram, "
            "run `infopoint chat`.",
            file=sys.stderr,
        )
        return 2
    return asyncio.run(_run_until_signal(config_path, token))


async def _run_until_signal(config_path: Path, token: str | None) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    await serve(config_path, token, stop)
    return 0


async def serve(
    config_path: Path,
    token: str | None,
    stop: asyncio.Event,
    *,
    started: asyncio.Future | None = None,  # type: ignore[type-arg]
    poll_timeout: float = 30,
    clock=None,  # type: ignore[no-untyped-def]
) -> None:
    """Start everything, wait for `stop`, shut down cleanly (undelivered messages stay queued)."""
    kwargs = {"clock": clock} if clock else {}
    app = await build(config_path, **kwargs)
    settings = app.services.settings
    senders = {}
    channel = None
    application = None
    if settings.telegram_enabled and token:
        application = tg.build_application(settings, token, poll_timeout=poll_timeout)
        channel = tg.TelegramChannel(application, app.core)
        senders["telegram"] = tg.TelegramSender(application.bot)
    staff_chat = {str(settings.staff_chat_id)} if settings.staff_chat_id is not None else set()
    worker = OutboxWorker(
        app.services.db, senders, app.services.clock, keep_trying_chats=staff_chat
    )
    app.services.outbox_wakeup = worker.wake
    running = Running(app, worker, channel)
    try:
        if application is not None and channel is not None:
            await application.initialize()
            app.services.staff_directory = tg.StaffDirectory(
                application.bot, settings.staff_chat_id
            )
            await _startup_checks(application, settings, channel, app)
            await application.start()
            await application.updater.start_polling(  # type: ignore[union-attr]
                timeout=int(poll_timeout),
                drop_pending_updates=False,
                allowed_updates=["message", "callback_query"],
            )
        running.tasks.append(asyncio.create_task(worker.run(), name="outbox"))
        for name, interval, job in JOBS:
            running.tasks.append(asyncio.create_task(_every(interval, job, app), name=name))
        log.info("infopoint is running")
        if started is not None and not started.done():
            started.set_result(running)
        await stop.wait()
    finally:
        log.info("stopping")
        if application is not None:
            if application.updater and application.updater.running:
                await application.updater.stop()
            if application.running:
                await application.stop()  # waits for updates being handled
        worker.stop()
        for task in running.tasks:
            task.cancel()
        for task in running.tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if application is not None:
            await application.shutdown()
        await app.close()


async def _startup_checks(application, settings, channel, app) -> None:  # type: ignore[no-untyped-def]
    problem = None
    if settings.staff_chat_id is not None:
        problem = await tg.staff_chat_problem(application.bot, settings.staff_chat_id)
    else:
        problem = "staff.chat_id is not set in config.yaml"
    if problem:
        log.error(
            "STAFF CHAT: %s. Requests for staff wait in the outbox until this is fixed.", problem
        )
    await channel.register_commands(settings, app.services.t)


async def _every(interval: float, job, app: App) -> None:  # type: ignore[no-untyped-def]
    while True:
        try:
            await job(app.services)
        except Exception:
            log.exception("periodic job failed")
        await asyncio.sleep(interval)
