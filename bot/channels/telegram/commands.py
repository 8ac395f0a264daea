"""Telegram's command menus (setMyCommands): the private chats' one, per language and the
default, and each staff chat's.

The private menu is one for every private chat (a menu per person would be a call per chat and
per change of office): /book is listed where any office books something today (duty hours to
come, or specialists to see instead), /services where an office has a catalogue, /courses where
one has a course with meetings. What is bookable changes with the date (a duty's or a
specialist's `valid_until` passed, a `valid_from` reached), so the menu is worked out again by a
job every MENU_EVERY seconds and at midnight (the config's zone, Warsaw), and set again only
when it changed: the day after the last duty rule ended, /book leaves the menu at midnight,
without a restart. The staff chats' menus do not change with the date: set at start only.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable

from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import TelegramError

from bot.content.i18n import Translator
from bot.core.flows import Job
from bot.core.registry import Registry
from bot.core.services import Services
from bot.settings.catalogue import COURSE
from bot.settings.config import Settings

log = logging.getLogger(__name__)

MENU_EVERY = 600.0  # seconds between two looks at what the private menu should list
JOB_NAME = "telegram command menu"

USER_COMMANDS = (
    "start",
    "help",
    "office",
    "services",
    "courses",
    "topics",
    "language",
    "contact",
    "callback",
    "book",
    "mybookings",
    "mydata",
    "forget",
    "cancel",
)
# The menu shows a person's command with its `cmd_<name>`, a staff command with its
# `cmd_staff_<name>` where a person's command has the same name (/courses), else `cmd_<name>`.
STAFF_COMMANDS = (
    "requests",
    "request",
    "today",
    "week",
    "appointments",
    "courses",
    "seats",
    "unanswered",
)


class CommandMenus:
    """The menus of one bot; the private one as last set (None: not yet)."""

    def __init__(self, bot: Callable[[], Bot], registry: Registry) -> None:
        self._bot = bot
        self.registry = registry
        self.private: tuple[str, ...] | None = None
        self._setting = asyncio.Lock()  # (the start's call and the job's first run meet)

    def private_commands(self, settings: Settings, today: dt.date) -> tuple[str, ...]:
        """The private menu's commands on `today`."""
        known = set(self.registry.commands)
        offices = settings.offices.values()
        catalogue = any(o.catalogue.services for o in offices)
        courses = any(
            s.kind == COURSE and s.meetings for o in offices for s in o.catalogue.services.values()
        )
        books = any(o.books(today) for o in offices)
        return tuple(
            c
            for c in USER_COMMANDS
            if c in known
            and (c != "office" or settings.network)
            and (c != "services" or catalogue)
            and (c != "courses" or courses)
            and (c != "book" or books)
        )

    async def follow(self, settings: Settings, t: Translator, today: dt.date) -> bool:
        """Set the private menu (every language's and the default) if it is not what `today`
        lists; whether it was set."""
        async with self._setting:
            names = self.private_commands(settings, today)
            if names == self.private:
                return False
            bot = self._bot()
            for lang in settings.languages:
                commands = [
                    BotCommand(c, t(lang, f"cmd_{c}")) for c in names if t.has(lang, f"cmd_{c}")
                ]
                await bot.set_my_commands(
                    commands, scope=BotCommandScopeDefault(), language_code=lang
                )
            default = settings.default_language
            await bot.set_my_commands(
                [
                    BotCommand(c, t(default, f"cmd_{c}"))
                    for c in names
                    if t.has(default, f"cmd_{c}")
                ],
                scope=BotCommandScopeDefault(),
            )
            self.private = names  # (a call refused above: tried again at the job's next run)
            return True

    async def register(self, settings: Settings, t: Translator, today: dt.date) -> None:
        """At start: the private menu, and each staff chat's and the coordinators'."""
        await self.follow(settings, t, today)
        for chat_id, commands in self._staff_menus(settings, t).items():
            if not commands:
                continue
            try:
                await self._bot().set_my_commands(commands, scope=BotCommandScopeChat(chat_id))
            except TelegramError as exc:
                log.error("cannot set the commands of staff chat %s: %s", chat_id, exc.message)

    def job(self) -> Job:
        """The private menu worked out again now and then (bot.delivery.scheduler runs it)."""

        async def run(services: Services) -> None:
            settings = services.settings
            today = services.clock().astimezone(settings.timezone).date()
            try:
                if await self.follow(settings, services.t, today):
                    log.info("Telegram command menu set again: %s", " ".join(self.private or ()))
            except TelegramError as exc:
                log.error("TELEGRAM: cannot set the command menu: %s", exc.message)

        return Job(JOB_NAME, MENU_EVERY, run, midnight=True)

    def _staff_menus(self, settings: Settings, t: Translator) -> dict[int, list[BotCommand]]:
        registry = self.registry
        staff = [c for c in STAFF_COMMANDS if c in registry.staff_commands]
        chats = {o.staff_chat_id: o.staff_language for o in settings.offices.values()}
        coordinators = settings.coordinators_chat_id
        menus: dict[int, list[BotCommand]] = {}
        for chat_id, lang in chats.items():
            if chat_id is not None:
                keys = {c: _staff_key(t, lang, c) for c in staff}
                menus[chat_id] = [
                    BotCommand(c, t(lang, keys[c])) for c in staff if t.has(lang, keys[c])
                ]
        if coordinators is not None and coordinators not in menus:
            # only what works there (as its /help lists), each as it reads there
            lang = settings.office(None).staff_language
            network = [c for c in staff if c in registry.coordinator_commands]
            keys = {c: _coordinators_key(t, lang, c) for c in network}
            menus[coordinators] = [
                BotCommand(c, t(lang, keys[c])) for c in network if t.has(lang, keys[c])
            ]
        return menus


def _staff_key(t: Translator, lang: str, command: str) -> str:
    """A staff command's description: its own where a person's command shares its name."""
    own = f"cmd_staff_{command}"
    return own if t.has(lang, own) else f"cmd_{command}"


def _coordinators_key(t: Translator, lang: str, command: str) -> str:
    """A command's description in the coordinators' chat: its own where it does less there."""
    own = f"cmd_coordinators_{command}"
    return own if t.has(lang, own) else _staff_key(t, lang, command)
