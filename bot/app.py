"""The composition root: every service, channel and worker is built here, once, and nowhere else.

`infopoint run` (bot.runner), `infopoint chat`, `infopoint ask` and the tests all build through
this module; the runner only starts and stops what `build` returns.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TextIO

from bot.content import kept, knowledge, local_hours
from bot.content.i18n import Translator, trim_as_read
from bot.content.knowledge import KnowledgeBase
from bot.core import languages
from bot.core.dispatch import Core
from bot.core.flows import Job
from bot.core.public_holidays import public_holidays
from bot.core.registry import Registry
from bot.core.services import Clock, EveryoneIsStaff, Services, StaffDirectory, utc_now
from bot.delivery import undelivered
from bot.delivery.errors import Sender
from bot.delivery.signal import OutboxSignal
from bot.delivery.worker import OutboxWorker
from bot.features.registry import FEATURES, TEXT_ORDER
from bot.search.service import SearchService
from bot.settings import config, partial, strays
from bot.settings.config import InvalidFile, Settings
from bot.settings.yamldoc import Problem
from bot.storage import Database
from bot.storage import offices as office_store

if TYPE_CHECKING:
    from bot.channels.telegram.application import TelegramApp, TelegramChannel
    from bot.channels.viber.adapter import ViberChannel
    from bot.channels.web import WebServer
    from bot.search import CacheFiles, Searcher

log = logging.getLogger(__name__)

SearchMode = Literal["now", "background", "apart", "off"]


@dataclass(frozen=True)
class Channels:
    """Which platforms to connect, with their secrets (from the environment, see bot.cli)."""

    telegram_token: str | None = None
    viber_token: str | None = None
    telegram_secret: str | None = None  # the webhook's secret header (derived when None)
    poll_timeout: float = 30
    console: TextIO | None = None  # `infopoint chat`: what staff would get is printed here


@dataclass(frozen=True)
class App:
    services: Services
    core: Core
    worker: OutboxWorker
    jobs: tuple[Job, ...]
    telegram: TelegramChannel | None = None
    viber: ViberChannel | None = None
    web: WebServer | None = None

    @property
    def senders(self) -> tuple[str, ...]:
        return tuple(self.worker.senders)

    async def close(self) -> None:
        if self.viber is not None:
            await self.viber.client.close()
        await self.services.db.close()


def load_static(
    config_path: Path | str, today: dt.date | None = None
) -> tuple[Settings, KnowledgeBase]:
    """Settings and the default office's knowledge base (see load_offices)."""
    settings, kbs = load_offices(config_path, today)
    return settings, kbs[settings.default_office]


def load_offices(
    config_path: Path | str,
    today: dt.date | None = None,
    *,
    holidays: bool = False,
    keep: bool = False,
) -> tuple[Settings, dict[str, KnowledgeBase]]:
    """Settings, and the content as each office answers it; validated, raising InvalidFile
    that names file, line and key. `holidays` (`infopoint check`): warn about course meetings
    on Polish public holidays (the holidays library is read: `run` keeps it out). `keep`
    (`infopoint run`): the checked content kept beside the database for a restart (kept.py)."""
    wrong: list[Problem] = []  # config.yaml's errors, where the content needs none of its keys
    try:
        settings = config.load(config_path, holidays=public_holidays if holidays else None)
    except InvalidFile as exc:  # (`check`: the content's problems in the same run)
        if not holidays:
            raise
        settings, wrong = partial.read(exc, str(config_path))
    if keep:
        kept.strings(settings.storage_path.parent)
    t, day = Translator(), today or dt.date.today()
    no_content = config.no_content(settings)
    try:
        variants = {
            office.id: knowledge.Variant(
                local_hours.placeholders(office, t, day),  # {social_services_hours} too
                office.content_dir,
                office.id if settings.network else None,
                frozenset(settings.offices) if settings.network else frozenset(),
                (str(settings.source), *office.local_at),
            )
            for office in settings.offices.values()
        }
        if no_content is not None:
            raise InvalidFile([no_content])
        prefer = settings.office(None).staff_language
        if keep:
            folder = settings.storage_path.parent
            args = (settings.content_dir, settings.languages, variants, day, prefer)
            kbs = kept.load_variants(folder, *args)
        else:
            kbs = knowledge.load_variants(
                settings.content_dir, settings.languages, variants, today, prefer
            )
    except InvalidFile as exc:
        if not holidays:  # `run` shows no warnings
            raise
        # `check`: the config's warnings too, as where config.yaml has errors of its own
        said = [*(wrong or settings.warnings), *exc.problems, *strays.found(settings)]
        raise InvalidFile(said) from None
    except (TypeError, AttributeError, KeyError, ValueError):
        if not wrong:  # (a value config.yaml's errors left out, that the content needed)
            raise
        raise partial.unchecked(wrong, str(config_path)) from None
    if wrong:
        found = {(p.file, p.line, p.key, p.message): p for k in kbs.values() for p in k.warnings}
        raise InvalidFile([*wrong, *found.values(), *strays.found(settings)])
    return settings, kbs


def build_searcher(settings: Settings, kb: KnowledgeBase) -> Searcher:
    from bot import search  # numpy and the dictionaries: loaded only where questions are asked

    return search.build(kb, settings)


def build_searchers(
    settings: Settings, kbs: dict[str, KnowledgeBase], files: CacheFiles | None = None
) -> dict[str, Searcher]:
    from bot import search

    return search.build_all(kbs, settings, files)


def _cache_files(settings: Settings, apart: bool) -> CacheFiles:
    from bot.search import CacheFiles

    return CacheFiles(settings, build_apart=apart)


def registry() -> Registry:
    return Registry.build(FEATURES, TEXT_ORDER)


async def build(
    config_path: Path | str,
    *,
    clock: Clock = utc_now,
    storage_path: Path | str | None = None,
    search: SearchMode = "now",
    channels: Channels | None = None,
    staff: StaffDirectory | None = None,
    keep_content: bool = False,
) -> App:
    """Everything for one deployment. `search="background"` builds the question index in a
    thread while the channels start (menus answer at once; a question typed meanwhile waits);
    `"apart"` the same, with a first start's index built in a child process (bot.search.apart:
    the memory of building leaves with it; `infopoint run`). `keep_content` (`infopoint run`):
    the checked content kept beside the database for the next start (bot.content.kept)."""
    channels = channels or Channels()
    settings, kbs = load_offices(config_path, clock().date(), keep=keep_content)
    t = Translator()
    features = registry()
    if search == "now":
        search_service = SearchService(build_searchers(settings, kbs))
    elif search in ("background", "apart"):  # started first: the first question waits for it
        files = _cache_files(settings, apart=search == "apart")
        search_service = SearchService.in_background(
            lambda: build_searchers(settings, kbs, files), files=files
        )
        trim_as_read()  # before any thread below reads a locale
        asyncio.get_running_loop().run_in_executor(None, t.prepare)  # Babel's locale data
        # every language's names, for a language typed at a button (80 ms, not in a turn), and
        # the features' word tables (the danger screen's ~0.13 s: Feature.prepare)
        asyncio.get_running_loop().run_in_executor(None, languages.prepare)
        for prepare in features.prepare:
            asyncio.get_running_loop().run_in_executor(None, prepare)
    else:
        search_service = SearchService.off()
    db = await Database(storage_path or settings.storage_path).open()
    async with db.transaction() as tx:  # records from before offices: the default office's
        await office_store.adopt(tx, settings.default_office)
    senders: dict[str, Sender] = {}
    application = _telegram_application(settings, channels)
    directory = None
    if application is not None:
        from bot.channels.telegram.sender import TelegramSender
        from bot.channels.telegram.staff import TelegramStaffDirectory

        directory = TelegramStaffDirectory(application.bot, settings.staff_chats)
        senders["telegram"] = TelegramSender(application.bot)
    signal = OutboxSignal()
    services = Services(
        settings=settings,
        kb=kbs[settings.default_office],
        kbs=kbs,
        t=t,
        db=db,
        clock=clock,
        search=search_service,
        staff=staff or directory or EveryoneIsStaff(),
        outbox=signal,
    )
    core = Core(services, features)
    worker = OutboxWorker(
        db,
        senders,  # filled below, as the channels are built
        clock,
        keep_trying_chats=settings.staff_chats,
        on_undeliverable=undelivered.reporter(services),
        signal=signal,
    )
    telegram = viber = web = None
    if application is not None:
        from bot.channels.telegram.application import TelegramChannel

        telegram = TelegramChannel(
            application,
            core,
            worker,
            directory=directory,
            private_chats=settings.telegram_enabled,
            poll_timeout=channels.poll_timeout,
        )
    if settings.viber_enabled and channels.viber_token:
        viber = _viber(settings, core, worker, channels.viber_token)
        from bot.channels.viber.sender import ViberSender

        senders["viber"] = ViberSender(viber)
    if channels.console is not None:
        from bot.channels.console import ConsoleSender

        console = ConsoleSender(channels.console, services)
        senders.update(telegram=console, console=console)
    if settings.webhook is not None and (telegram is not None or viber is not None):
        web = _web_server(settings, services, telegram, viber, channels, tuple(senders))
    jobs = core.registry.jobs
    if telegram is not None:  # (the private command menu follows what can be booked)
        jobs += (telegram.menus.job(),)
    return App(services, core, worker, jobs, telegram, viber, web)


def _telegram_application(settings: Settings, channels: Channels) -> TelegramApp | None:
    """The Telegram bot also carries the staff chat, so with a token it runs even when
    `telegram.enabled` is false: then it answers the staff chat only, not private chats."""
    token = channels.telegram_token
    if not token or not (settings.telegram_enabled or settings.staff_chats):
        return None
    from bot.channels.telegram.application import build_application

    return build_application(settings, token, poll_timeout=channels.poll_timeout)


def _viber(settings: Settings, core: Core, worker: OutboxWorker, token: str) -> ViberChannel:
    from bot.channels.viber.adapter import ViberChannel
    from bot.channels.viber.client import ViberClient
    from bot.channels.web import FILES_PATH

    client = ViberClient(settings.viber_base_url, token, settings.viber_bot_name)
    hook = settings.webhook
    files_url = hook.public_url.rstrip("/") + FILES_PATH if hook else None
    return ViberChannel(core, client, worker, files_url=files_url)


def _web_server(
    settings: Settings,
    services: Services,
    telegram: TelegramChannel | None,
    viber: ViberChannel | None,
    channels: Channels,
    senders: tuple[str, ...],
) -> WebServer:
    from bot.channels.web import WebServer, webhook_secret

    assert settings.webhook is not None
    secret = None
    if telegram is not None and channels.telegram_token:
        secret = webhook_secret(channels.telegram_token, channels.telegram_secret)
    return WebServer(
        settings.webhook,
        services,
        telegram=telegram if secret else None,
        telegram_secret=secret,
        viber=viber,
        viber_token=channels.viber_token,
        channels=senders,
    )
