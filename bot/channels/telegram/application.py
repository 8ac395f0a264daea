"""Telegram adapter on python-telegram-bot 22: one core call per update, then the replies.

The translation itself is in updates.py (an update -> Incoming) and render.py (Reply -> Bot
API calls); fetching updates in polling.py; the outbox's sender in sender.py; Telegram's limits
in limits.py; staff membership and the staff-chat check in staff.py.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from telegram import Bot, BotCommand, BotCommandScopeChat, BotCommandScopeDefault
from telegram import Update as LibraryUpdate
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder

from bot.channels.telegram.limits import TelegramLimits
from bot.channels.telegram.polling import Poller
from bot.channels.telegram.render import call
from bot.channels.telegram.request import JsonRequest
from bot.channels.telegram.updates import CHANNEL, Update, to_incoming
from bot.content.i18n import Translator
from bot.core.dispatch import Core
from bot.core.messages import Incoming
from bot.delivery.worker import OutboxWorker
from bot.settings.catalogue import COURSE
from bot.settings.config import Settings

if TYPE_CHECKING:
    from bot.channels.telegram.staff import TelegramStaffDirectory

log = logging.getLogger(__name__)

TelegramApp = Application[Any, Any, Any, Any, Any, Any]

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


def build_application(settings: Settings, token: str, *, poll_timeout: float = 30) -> TelegramApp:
    """The Bot API client with Telegram's limits applied to every call (TelegramLimits)."""
    request = JsonRequest(connection_pool_size=16, read_timeout=poll_timeout + 10)
    builder: Any = (  # the builder's generic type changes with each call; the result is checked
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.telegram_base_url.replace("/bot", "/file/bot"))
        .request(request)
        .get_updates_request(JsonRequest(read_timeout=poll_timeout + 10))
        .updater(None)  # bot.channels.telegram.polling fetches the updates itself
    )
    if settings.telegram_rate_limits:
        builder = builder.rate_limiter(TelegramLimits())
    application: TelegramApp = builder.build()
    return application


async def initialize(application: TelegramApp) -> None:
    """`application.initialize()` (which asks Telegram who the bot is), and the HTTP session
    closed again when that fails: python-telegram-bot shuts down only what initialized."""
    try:
        await application.initialize()
    except BaseException:
        await application.bot.request.shutdown()
        raise


class TelegramChannel:
    """Telegram updates -> the core -> replies, sent at once and kept in the outbox until
    Telegram accepted them (from polling.Poller, or the webhook in bot.channels.web)."""

    def __init__(
        self,
        application: TelegramApp,
        core: Core,
        worker: OutboxWorker,
        *,
        directory: TelegramStaffDirectory | None = None,
        private_chats: bool = True,  # telegram.enabled: false serves the staff chat only
        poll_timeout: float = 30,
    ):
        self.application = application
        self.core = core
        self.worker = worker
        self.directory = directory
        self.private_chats = private_chats
        self.poll_timeout = poll_timeout

    @property
    def bot(self) -> Bot:
        bot: Bot = self.application.bot
        return bot

    def poller(self) -> Poller:
        return Poller(
            self.bot, self.handle, timeout=self.poll_timeout, durable=self.core.services.db.durable
        )

    async def handle(self, update: Update, committed: Callable[[], None] | None = None) -> None:
        """One update: its turn, then its replies. `committed` is called once the turn has
        committed (the replies are in the outbox): the poller may confirm the update then,
        while the replies go out (docs/performance.md, change 61)."""
        if "chat_member" in update.data:
            # rare: read by the library, for the kinds of ChatMember
            try:
                member = LibraryUpdate.de_json(update.data, self.bot).chat_member
            except Exception:  # noqa: BLE001 - whatever the library chokes on: by id only
                log.warning("skipped update %s: it cannot be read", update.id)
                return
            if member is not None and self.directory is not None:
                self.directory.observe(member.chat.id, member.new_chat_member)
            return
        if update.query_id is None:
            await self._turn(update, committed)
            return
        # The tap is acknowledged (the button's spinner stops) while its turn runs, not
        # before it: one round trip to Telegram less in front of the reply.
        answering = asyncio.create_task(self._acknowledge(update.query_id))
        try:
            await self._turn(update, committed)
        finally:
            await answering

    async def _turn(self, update: Update, committed: Callable[[], None] | None) -> None:
        chat = update.chat_id
        if chat is None:
            return
        if update.chat_type == "private" and not self.private_chats:
            return
        if update.chat_type != "private" and not self.core.is_staff_chat(
            Incoming(CHANNEL, "", str(chat))
        ):
            return  # other groups: not our audience
        incoming = to_incoming(update, self._username())
        if incoming is None:
            return
        queued = await self.core.handle_queued(incoming)
        if committed is not None:
            committed()
        await self.worker.send_now(CHANNEL, str(chat), queued)

    def _username(self) -> str | None:
        """The bot's own @name (known once the application is initialised)."""
        try:
            name: str = self.application.bot.username
            return name
        except RuntimeError:  # not initialised (a test driving the channel directly)
            return None

    async def _acknowledge(self, query_id: str) -> None:
        try:
            await call(self.bot, "answerCallbackQuery", {"callback_query_id": query_id})
        except TelegramError as exc:  # stale queries cannot be answered; harmless
            log.info("answerCallbackQuery failed: %s", exc.message)

    async def register_commands(self, settings: Settings, t: Translator) -> None:
        bot = self.application.bot
        known = set(self.core.registry.commands)
        offices = settings.offices.values()
        catalogue = any(o.catalogue.services for o in offices)
        courses = any(
            s.kind == COURSE and s.meetings for o in offices for s in o.catalogue.services.values()
        )
        # the menu is one for every private chat (a menu per person would be a call per chat
        # and per change of office): /book where any office books something today, else none
        today = self.core.services.clock().astimezone(settings.timezone).date()
        books = any(o.books(today) for o in offices)
        names = [
            c
            for c in USER_COMMANDS
            if c in known
            and (c != "office" or settings.network)
            and (c != "services" or catalogue)
            and (c != "courses" or courses)
            and (c != "book" or books)
        ]
        for lang in settings.languages:
            commands = [
                BotCommand(c, t(lang, f"cmd_{c}")) for c in names if t.has(lang, f"cmd_{c}")
            ]
            await bot.set_my_commands(commands, scope=BotCommandScopeDefault(), language_code=lang)
        default = settings.default_language
        await bot.set_my_commands(
            [BotCommand(c, t(default, f"cmd_{c}")) for c in names if t.has(default, f"cmd_{c}")],
            scope=BotCommandScopeDefault(),
        )
        registry = self.core.registry
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
        for chat_id, commands in menus.items():
            if not commands:
                continue
            try:
                await bot.set_my_commands(commands, scope=BotCommandScopeChat(chat_id))
            except TelegramError as exc:
                log.error("cannot set the commands of staff chat %s: %s", chat_id, exc.message)


def _staff_key(t: Translator, lang: str, command: str) -> str:
    """A staff command's description: its own where a person's command shares its name."""
    own = f"cmd_staff_{command}"
    return own if t.has(lang, own) else f"cmd_{command}"


def _coordinators_key(t: Translator, lang: str, command: str) -> str:
    """A command's description in the coordinators' chat: its own where it does less there."""
    own = f"cmd_coordinators_{command}"
    return own if t.has(lang, own) else _staff_key(t, lang, command)
