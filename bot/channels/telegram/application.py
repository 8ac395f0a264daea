"""Telegram adapter on python-telegram-bot 22: one core call per update, then the replies.

The translation itself is in updates.py (an update -> Incoming) and render.py (Reply -> Bot
API calls); fetching updates in polling.py; the outbox's sender in sender.py; Telegram's limits
in limits.py; staff membership and the staff-chat check in staff.py.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from telegram import Bot
from telegram import Update as LibraryUpdate
from telegram.error import TelegramError

from bot.channels.telegram.commands import CommandMenus
from bot.channels.telegram.limits import LimitedBot, TelegramLimits
from bot.channels.telegram.polling import Poller
from bot.channels.telegram.render import call
from bot.channels.telegram.request import JsonRequest
from bot.channels.telegram.updates import CHANNEL, Update, to_incoming
from bot.content.i18n import Translator
from bot.core.dispatch import Core
from bot.core.messages import Incoming
from bot.delivery.worker import OutboxWorker
from bot.settings.config import Settings

if TYPE_CHECKING:
    from bot.channels.telegram.staff import TelegramStaffDirectory

log = logging.getLogger(__name__)


class TelegramApp:
    """The Bot API client, opened (`initialize`: Telegram is asked who the bot is) and closed
    (`shutdown`), as python-telegram-bot's Application with no updater, handlers or persistence
    held it: bot.channels.telegram.polling fetches the updates, the core handles them."""

    def __init__(self, bot: LimitedBot) -> None:
        self.bot = bot

    async def initialize(self) -> None:
        await self.bot.initialize()

    async def shutdown(self) -> None:
        await self.bot.shutdown()


def build_application(settings: Settings, token: str, *, poll_timeout: float = 30) -> TelegramApp:
    """The Bot API client with Telegram's limits applied to every call (TelegramLimits)."""
    return TelegramApp(
        LimitedBot(
            token,
            base_url=settings.telegram_base_url,
            base_file_url=settings.telegram_base_url.replace("/bot", "/file/bot"),
            request=JsonRequest(connection_pool_size=16, read_timeout=poll_timeout + 10),
            get_updates_request=JsonRequest(read_timeout=poll_timeout + 10),
            limits=TelegramLimits() if settings.telegram_rate_limits else None,
        )
    )


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
        self.menus = CommandMenus(lambda: self.bot, core.registry)

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
        """The command menus, at start (the private one follows the date: `menus.job()`)."""
        today = self.core.services.clock().astimezone(settings.timezone).date()
        await self.menus.register(settings, t, today)
