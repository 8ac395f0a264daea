"""The composition root: settings, content, database and core are built here and nowhere else."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.content import knowledge
from bot.content.i18n import Translator
from bot.core.dispatch import Core, Services, utc_now
from bot.handlers import build_router
from bot.settings import config
from bot.storage import Database

log = logging.getLogger(__name__)


@dataclass
class App:
    services: Services
    core: Core

    async def close(self) -> None:
        await self.services.db.close()


def load_static(config_path: Path | str, today: dt.date | None = None):  # type: ignore[no-untyped-def]
    """Settings and knowledge base, validated; raises InvalidFile naming file, line and key."""
    settings = config.load(config_path)
    kb = knowledge.load(settings.content_dir, settings.languages, settings.placeholders(), today)
    return settings, kb


async def build(
    config_path: Path | str,
    *,
    clock: Callable[[], dt.datetime] = utc_now,
    storage_path: Path | str | None = None,
    with_search: bool = True,
    search_in_background: bool = False,
) -> App:
    """`search_in_background`: build the question index in a thread while the channels start,
    so menus answer at once; a typed question that arrives earlier waits for it."""
    settings, kb = load_static(config_path, clock().date())
    db = await Database(storage_path or settings.storage_path).open()
    services = Services(settings=settings, kb=kb, t=Translator(), db=db, clock=clock)
    if with_search and search_in_background:
        loading = asyncio.get_running_loop().run_in_executor(None, _build_search, kb, settings)
        loading.add_done_callback(lambda done: _ready(services, done))
        services.search_loading = loading
    elif with_search:
        services.search = _build_search(kb, settings)
    return App(services, Core(services, build_router()))


def _ready(services: Services, done: asyncio.Future) -> None:  # type: ignore[type-arg]
    if done.cancelled():
        return
    problem = done.exception()
    if problem is None:
        services.search = done.result()
    else:  # typed questions get the menu instead (questions.on_text); say why, once
        log.error("free-text search is off: the index could not be built: %s", problem)


def _build_search(kb, settings):  # type: ignore[no-untyped-def]
    from bot import search

    return search.build(kb, settings)
