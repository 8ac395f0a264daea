"""`infopoint run`: start what the composition root (bot.app) built, wait for a signal, stop.

Telegram polls by default. With a `webhook:` section in config.yaml, one aiohttp server
(bot.channels.web) takes Telegram updates and Viber events, and the webhooks are set at start.
Viber works by webhook only.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import sys
from pathlib import Path

from telegram.error import InvalidToken, NetworkError, TelegramError

from bot import docstrings, memory
from bot.app import App, Channels, SearchMode, build, load_offices
from bot.channels.telegram.application import initialize
from bot.channels.telegram.polling import ALLOWED_UPDATES, Poller
from bot.channels.telegram.staff import staff_chat_problem, staff_chats
from bot.channels.viber.client import ViberClient
from bot.core import public_holidays
from bot.core.services import Clock, utc_now
from bot.delivery.scheduler import every
from bot.settings import config, partial, startup, stored
from bot.settings.model import Settings
from bot.settings.yamldoc import InvalidFile
from bot.storage import outbox as outbox_store

log = logging.getLogger(__name__)

COLLECTOR_OFF_AT_MOST = 30.0  # seconds after start without garbage collections (_collector_on)


def main(config_path: Path) -> int:
    settings = _settings(config_path)  # the problems: InvalidFile, by file and line
    token, viber_token = config.telegram_token(), config.viber_token()
    needed = startup.needed(settings)  # the environment's: the same list `infopoint check` names
    for problem in needed:
        print(f"error: {problem.message}.", file=sys.stderr)
    unstaffed = startup.no_staff_chat(settings)
    if unstaffed is not None:
        print(unstaffed, file=sys.stderr)
    if needed or unstaffed:
        return 2
    # records of an office or a course the config no longer has: refused (docs/offices.md)
    held = stored.problems(settings, config_path, moved=False)
    for found in held:
        print(found, file=sys.stderr)
    if any(not found.warning for found in held):
        print("infopoint run did not start: see the error(s) above.", file=sys.stderr)
        return 2
    memory.one_arena()  # before the first thread
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


def _settings(config_path: Path) -> Settings:
    """config.yaml read; where it has errors, they are raised with the content's errors, as
    `infopoint check` lists them (the content checked with the settings as read): one list to
    fix, not the content's only once config.yaml's are fixed. Warnings are for `check`."""
    try:
        return config.load(config_path)
    except InvalidFile as wrong:
        try:  # (the holidays library read too: this run stops here anyway)
            load_offices(config_path, holidays=True)
        except InvalidFile as found:
            said = [p for p in found.problems if not p.warning or p.message == partial.UNCHECKED]
            raise InvalidFile(said or wrong.problems) from None
        raise


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
        search="apart",
        keep_content=True,
    )
    return 0


async def serve(
    config_path: Path,
    token: str | None,
    stop: asyncio.Event,
    *,
    started: asyncio.Future[App] | None = None,
    poll_timeout: float = 30,
    clock: Clock | None = None,
    viber_token: str | None = None,
    telegram_secret: str | None = None,
    search: SearchMode = "background",
    keep_content: bool = False,
) -> None:
    """Build, start everything, wait for `stop`, shut down cleanly (undelivered messages stay
    queued). `search`: how the question index is built, `keep_content`: the checked content
    kept for the next start (bot.app.build)."""
    channels = Channels(token, viber_token, telegram_secret, poll_timeout)
    app = await build(
        config_path,
        clock=clock or utc_now,
        search=search,
        channels=channels,
        keep_content=keep_content,
    )
    gc.freeze()  # the modules, config and content: see _warm (and _collector_on)
    tasks: list[asyncio.Task[None]] = []
    poller: Poller | None = None
    try:
        async with app.services.db.transaction() as tx:
            released = await outbox_store.release_all(tx)  # nothing is being sent yet
        if released:
            log.info("%d message(s) left being sent at the last stop go out again", released)
        poller = await _start(app)
        if poller is not None:
            tasks.append(asyncio.create_task(poller.run(), name="telegram polling"))
        if app.telegram is not None:  # after polling started: people are answered meanwhile
            tasks.append(asyncio.create_task(_introduce(app), name="staff chat check"))
        tasks.append(asyncio.create_task(app.worker.run(), name="outbox"))
        tasks.append(asyncio.create_task(_warm(app), name="search warm-up"))
        if not gc.isenabled():
            tasks.append(asyncio.create_task(_collector_on(app), name="garbage collector on"))
        tasks.append(
            asyncio.create_task(
                memory.give_back_when_quiet(lambda: app.core.turns), name="heap given back"
            )
        )
        for job in app.jobs:
            tasks.append(asyncio.create_task(every(job, app.services), name=job.name))
        log.info("infopoint is running: %s", ", ".join(app.senders) or "no channel")
        if started is not None and not started.done():
            started.set_result(app)
        await stop.wait()
    finally:
        log.info("stopping")
        await _stop(app, tasks, poller)


async def _warm(app: App) -> None:
    """The search's parts built or read ahead, and the Polish holidays of the years around
    this one computed in a child process (bot.core.public_holidays); then everything loaded so
    far is moved out of the garbage collector's sight (`gc.freeze`): it lives as long as the
    process, and scanning its ~200,000 objects stopped the whole bot for 150–350 ms each time
    Python collected its oldest generation (the p99 of the load benchmark;
    docs/performance.md)."""
    await app.services.search.warm()
    year = app.services.clock().year
    years = range(year - 1, year + 3)
    await asyncio.get_running_loop().run_in_executor(None, public_holidays.from_child, years)
    gc.freeze()
    # the code without docstrings of the modules this start imported with them, for the next
    docstrings.keep_missing()


async def _collector_on(app: App) -> None:
    """`infopoint run` starts with the garbage collector off (bot.cli): the imports and what a
    start reads leave few cycles (~1,700 objects), and the collector's passes over everything
    they made were a fifth of the start's CPU. Once the search is loaded, all of it is frozen
    (`gc.freeze`, those few cycles too: no pass over it on the way to the first answer) and the
    collector is on again; after COLLECTOR_OFF_AT_MOST seconds at the latest (a first start's
    index built in a child for longer: the turns meanwhile make garbage of their own)."""
    office = app.services.settings.default_office
    try:
        await asyncio.wait_for(app.services.search.ready(office), COLLECTOR_OFF_AT_MOST)
    except TimeoutError:
        pass  # (the search loads on; menus are answered meanwhile)
    finally:
        gc.freeze()
        gc.enable()


async def _start(app: App) -> Poller | None:
    """Start the channels; the Telegram poller is returned for the caller to run."""
    settings = app.services.settings
    hook = settings.webhook
    telegram = app.telegram
    if telegram is None and settings.staff_chats:
        log.error(
            "STAFF CHAT: no TELEGRAM_BOT_TOKEN, so the staff chat cannot be reached. "
            "Requests for staff wait in the outbox until the bot runs with the token."
        )
    if telegram is not None:
        await initialize(telegram.application)
    if app.web is not None:
        await app.web.start()
    poller = None
    if telegram is not None and hook is not None and app.web and app.web.telegram_secret:
        url = hook.public_url.rstrip("/") + hook.path_telegram
        await _set_telegram_webhook(app, url, app.web.telegram_secret)
    elif telegram is not None:
        await _drop_webhook(app)
        poller = telegram.poller()
    if app.viber is not None and hook is not None:
        await _set_viber_webhook(app.viber.client, hook.public_url.rstrip("/") + hook.path_viber)
    return poller


async def _stop(app: App, tasks: list[asyncio.Task[None]], poller: Poller | None) -> None:
    if app.web is not None:
        await app.web.stop()  # webhook updates in flight are finished first
    if poller is not None:
        await poller.stop()  # a batch being handled is finished, then confirmed
        polling = next((t for t in tasks if t.get_name() == "telegram polling"), None)
        if polling is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(polling, 30)
    application = app.telegram.application if app.telegram is not None else None
    app.worker.stop()
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError):
            await task
    if application is not None:
        await application.shutdown()
    await app.close()


async def _introduce(app: App) -> None:
    """Check the staff chat and register the commands with Telegram (a few calls that need not
    keep the first update waiting)."""
    assert app.telegram is not None
    try:
        await _check_staff_chat(app)
        await app.telegram.register_commands(app.services.settings, app.services.t)
    except TelegramError as exc:
        log.error("TELEGRAM: cannot register the commands: %s", exc.message)


async def _check_staff_chat(app: App) -> None:
    settings = app.services.settings
    assert app.telegram is not None
    for who, chat_id in staff_chats(settings):
        if chat_id is None:
            problem: str | None = "staff.chat_id is not set in config.yaml"
        else:
            problem = await staff_chat_problem(app.telegram.application.bot, chat_id)
        if not problem:
            continue
        if settings.network:
            problem = f"{who}: {problem}"
        log.error(
            "STAFF CHAT: %s. Requests for staff wait in the outbox until this is fixed.", problem
        )


async def _drop_webhook(app: App) -> None:
    """Polling and a webhook exclude each other: a webhook left from a webhook deployment would
    make every getUpdates call fail."""
    assert app.telegram is not None
    try:
        await app.telegram.bot.delete_webhook(drop_pending_updates=False)
    except TelegramError as exc:
        log.warning("TELEGRAM: cannot remove a webhook: %s", exc.message)


async def _set_telegram_webhook(app: App, url: str, secret: str) -> None:
    assert app.telegram is not None
    try:
        await app.telegram.application.bot.set_webhook(
            url, secret_token=secret, allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False
        )
        log.info("Telegram webhook set")
    except TelegramError as exc:
        log.error("TELEGRAM: cannot set the webhook to %s: %s", url, exc.message)


async def _set_viber_webhook(client: ViberClient, url: str) -> None:
    """Viber calls the URL back while this runs, so the web server must be up already."""
    try:
        await client.set_webhook(url)
        log.info("Viber webhook set")
    except Exception as exc:  # the bot still serves Telegram; Viber retries nothing meanwhile
        log.error("VIBER: cannot set the webhook to %s: %s", url, exc)
