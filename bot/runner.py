"""`infopoint run`: the channels, the outbox worker and periodic jobs in one process.

Telegram polls by default. With a `webhook:` section in config.yaml, one aiohttp server
(bot.web) takes Telegram updates and Viber events, and the webhooks are set at start. Viber
works by webhook only. The Telegram bot also carries the staff chat, so with a token it runs
even when `telegram.enabled` is false: then it answers the staff chat only, not private chats.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import re
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path

from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes, TypeHandler

from bot.app import App, build
from bot.channels.telegram import application as tg
from bot.channels.viber import adapter as vb
from bot.channels.viber import client as viber_api
from bot.channels.web import FILES_PATH, WebServer
from bot.delivery import undelivered
from bot.delivery.jobs import JOBS
from bot.delivery.worker import OutboxWorker, Sender
from bot.settings import config
from bot.settings.config import Settings

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "callback_query"]
SECRET_CHARS = re.compile(r"[A-Za-z0-9_-]{1,256}")


@dataclass
class Running:
    """A started bot: what `serve` built, so tests can look inside and stop it."""

    app: App
    worker: OutboxWorker
    telegram: tg.TelegramChannel | None = None
    tasks: list[asyncio.Task] = field(default_factory=list)  # type: ignore[type-arg]
    viber: vb.ViberChannel | None = None
    web: WebServer | None = None


def main(config_path: Path) -> int:
    settings = config.load(config_path)
    token, viber_token = config.telegram_token(), config.viber_token()
    problems = start_problems(settings, token, viber_token, config.telegram_webhook_secret())
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 2
    try:
        return asyncio.run(_run_until_signal(config_path, token, viber_token))
    except InvalidToken:
        print(
            "Telegram refused the bot token: check TELEGRAM_BOT_TOKEN (from @BotFather).",
            file=sys.stderr,
        )
        return 2
    except NetworkError as exc:
        # The URL is printed without the token, which is a secret.
        print(
            f"Cannot reach Telegram at {settings.telegram_base_url} ({exc.message}): check the "
            "network and telegram.base_url in config.yaml.",
            file=sys.stderr,
        )
        return 1


def start_problems(
    settings: Settings, token: str | None, viber_token: str | None, secret: str | None
) -> list[str]:
    """What keeps `infopoint run` from starting, each as a sentence saying how to fix it."""
    problems = []
    if settings.telegram_enabled and not token:
        problems.append(
            "No bot token: set TELEGRAM_BOT_TOKEN (from @BotFather), e.g. "
            "`TELEGRAM_BOT_TOKEN=123:abc infopoint run`; to try the bot without Telegram, "
            "run `infopoint chat`."
        )
    if settings.viber_enabled and not viber_token:
        problems.append(
            "No Viber token: set VIBER_AUTH_TOKEN (the bot's token from the Viber Admin Panel), "
            "or set viber.enabled: false in config.yaml."
        )
    if settings.viber_enabled and settings.webhook is None:
        problems.append(
            "Viber works only with a webhook: add a `webhook:` section with public_url to "
            "config.yaml (see docs/deploy.md)."
        )
    if not settings.telegram_enabled and not settings.viber_enabled:
        problems.append("Neither telegram.enabled nor viber.enabled is true in config.yaml.")
    if secret is not None and not SECRET_CHARS.fullmatch(secret):
        problems.append(
            "TELEGRAM_WEBHOOK_SECRET may only hold 1-256 letters, digits, _ and - "
            "(Telegram's rule)."
        )
    return problems


def webhook_secret(token: str, configured: str | None = None) -> str:
    """The secret Telegram sends with each update: TELEGRAM_WEBHOOK_SECRET, else derived from
    the bot token (stable across restarts, and nobody without the token can compute it)."""
    if configured:
        return configured
    return hmac.new(token.encode(), b"infopoint telegram webhook", hashlib.sha256).hexdigest()


async def _run_until_signal(config_path: Path, token: str | None, viber_token: str | None) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    await serve(
        config_path,
        token,
        stop,
        viber_token=viber_token,
        telegram_secret=config.telegram_webhook_secret(),
    )
    return 0


async def serve(
    config_path: Path,
    token: str | None,
    stop: asyncio.Event,
    *,
    started: asyncio.Future | None = None,  # type: ignore[type-arg]
    poll_timeout: float = 30,
    clock=None,  # type: ignore[no-untyped-def]
    viber_token: str | None = None,
    telegram_secret: str | None = None,
) -> None:
    """Start everything, wait for `stop`, shut down cleanly (undelivered messages stay queued)."""
    kwargs = {"clock": clock} if clock else {}
    app = await build(config_path, search_in_background=True, **kwargs)
    settings = app.services.settings
    hook = settings.webhook
    senders: dict[str, Sender] = {}
    channel = application = None
    if token and (settings.telegram_enabled or settings.staff_chat_id is not None):
        application = tg.build_application(settings, token, poll_timeout=poll_timeout)
        if not settings.telegram_enabled:
            application.add_handler(TypeHandler(Update, _staff_chat_only), group=-1)
        channel = tg.TelegramChannel(application, app.core)
        senders["telegram"] = tg.TelegramSender(application.bot)
    if application is None and settings.staff_chat_id is not None:
        log.error(
            "STAFF CHAT: no TELEGRAM_BOT_TOKEN, so the staff chat cannot be reached. "
            "Requests for staff wait in the outbox until the bot runs with the token."
        )
    viber = None
    if settings.viber_enabled and viber_token:
        client = viber_api.ViberClient(
            settings.viber_base_url, viber_token, settings.viber_bot_name
        )
        files_url = hook.public_url.rstrip("/") + FILES_PATH if hook else None
        viber = vb.ViberChannel(app.core, client, files_url=files_url)
        senders["viber"] = viber_api.ViberSender(viber)
    staff_chat = {str(settings.staff_chat_id)} if settings.staff_chat_id is not None else set()
    worker = OutboxWorker(
        app.services.db,
        senders,
        app.services.clock,
        keep_trying_chats=staff_chat,
        on_undeliverable=undelivered.reporter(app.services),
    )
    app.services.outbox_wakeup = worker.wake
    running = Running(app, worker, channel, viber=viber)
    secret = None
    if application is not None and hook is not None and token:
        secret = webhook_secret(token, telegram_secret)
    if hook is not None:
        running.web = WebServer(
            hook,
            app.services,
            telegram=application if secret else None,
            telegram_secret=secret,
            viber=viber,
            viber_token=viber_token,
            channels=tuple(senders),
        )
    try:
        if application is not None and channel is not None:
            await application.initialize()
            app.services.staff_directory = tg.StaffDirectory(
                application.bot, settings.staff_chat_id
            )
            await _startup_checks(application, settings, channel, app)
            await application.start()
        if running.web is not None:
            await running.web.start()
        if application is not None and hook is not None and secret:
            url = hook.public_url.rstrip("/") + hook.path_telegram
            await _set_telegram_webhook(application, url, secret)
        elif application is not None:
            await application.updater.start_polling(  # type: ignore[union-attr]
                timeout=int(poll_timeout),
                drop_pending_updates=False,
                allowed_updates=ALLOWED_UPDATES,
            )
        if viber is not None and hook is not None:
            await _set_viber_webhook(viber.client, hook.public_url.rstrip("/") + hook.path_viber)
        running.tasks.append(asyncio.create_task(worker.run(), name="outbox"))
        for name, interval, job in JOBS:
            running.tasks.append(asyncio.create_task(_every(interval, job, app), name=name))
        log.info("infopoint is running: %s", ", ".join(senders) or "no channel")
        if started is not None and not started.done():
            started.set_result(running)
        await stop.wait()
    finally:
        log.info("stopping")
        if running.web is not None:
            await running.web.stop()  # webhook updates in flight are finished first
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
        if viber is not None:
            await viber.client.close()
        await app.close()


async def _staff_chat_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """telegram.enabled: false: the bot serves the staff chat, not people in private chats."""
    chat = update.effective_chat
    if chat is not None and chat.type == "private":
        raise ApplicationHandlerStop


async def _set_telegram_webhook(application, url: str, secret: str) -> None:  # type: ignore[no-untyped-def]
    try:
        await application.bot.set_webhook(
            url, secret_token=secret, allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False
        )
        log.info("Telegram webhook set")
    except TelegramError as exc:
        log.error("TELEGRAM: cannot set the webhook to %s: %s", url, exc.message)


async def _set_viber_webhook(client: viber_api.ViberClient, url: str) -> None:
    """Viber calls the URL back while this runs, so the web server must be up already."""
    try:
        await client.set_webhook(url)
        log.info("Viber webhook set")
    except Exception as exc:  # the bot still serves Telegram; Viber retries nothing meanwhile
        log.error("VIBER: cannot set the webhook to %s: %s", url, exc)


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
