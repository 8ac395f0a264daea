"""Telegram adapter on python-telegram-bot 22: the Application and its handlers. The
translation itself (Update -> Incoming, Reply -> Bot API calls) is in render.py; the outbox's
sender in sender.py; staff membership and the staff-chat check in staff.py. No logic beyond that:
one core call per update, then rendering.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    Update,
)
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.channels.telegram.render import CHANNEL, edit_reply, send_reply, to_incoming
from bot.content.i18n import Translator
from bot.core.dispatch import Core
from bot.core.messages import Incoming, Reply
from bot.settings.config import Settings

log = logging.getLogger(__name__)

TelegramApp = Application[Any, Any, Any, Any, Any, Any]

USER_COMMANDS = (
    "start",
    "help",
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
STAFF_COMMANDS = ("requests", "request", "today", "week", "unanswered")


def build_application(settings: Settings, token: str, *, poll_timeout: float = 30) -> TelegramApp:
    request = HTTPXRequest(connection_pool_size=8, read_timeout=poll_timeout + 10)
    return (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.telegram_base_url.replace("/bot", "/file/bot"))
        .request(request)
        .get_updates_request(HTTPXRequest(read_timeout=poll_timeout + 10))
        .build()
    )


def serve_staff_chat_only(application: TelegramApp) -> None:
    """telegram.enabled: false: the bot serves the staff chat, not people in private chats."""

    async def refuse_private(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = update.effective_chat
        if chat is not None and chat.type == "private":
            raise ApplicationHandlerStop

    application.add_handler(TypeHandler(Update, refuse_private), group=-1)


class TelegramChannel:
    """Wires one PTB Application to the core."""

    def __init__(self, application: TelegramApp, core: Core, *, poll_timeout: float = 30):
        self.application = application
        self.core = core
        self.poll_timeout = poll_timeout
        application.add_handler(CallbackQueryHandler(self.on_update))
        application.add_handler(MessageHandler(filters.ALL, self.on_update))
        application.add_error_handler(self.on_error)

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is not None:
            try:
                await query.answer()
            except TelegramError as exc:  # stale queries cannot be answered; harmless
                log.info("answerCallbackQuery failed: %s", exc.message)
        chat = update.effective_chat
        if chat is None:
            return
        if chat.type != "private" and not self.core.is_staff_chat(
            Incoming(CHANNEL, "", str(chat.id))
        ):
            return  # other groups: not our audience
        incoming = to_incoming(update)
        if incoming is None:
            return
        replies = await self.core.handle(incoming)
        await self.render(chat.id, replies, incoming)

    async def render(self, chat_id: int, replies: list[Reply], incoming: Incoming) -> None:
        bot = self.application.bot
        for index, reply in enumerate(replies):
            if (
                index == 0
                and reply.replace
                and incoming.payload is not None
                and incoming.message_id
                and await edit_reply(bot, chat_id, int(incoming.message_id), reply)
            ):
                continue
            await send_reply(bot, chat_id, reply)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error(
            "error while handling an update: %s",
            type(context.error).__name__,
            exc_info=context.error,
        )

    async def register_commands(self, settings: Settings, t: Translator) -> None:
        bot = self.application.bot
        known = set(self.core.registry.commands)
        names = [c for c in USER_COMMANDS if c in known]
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
        staff = [c for c in STAFF_COMMANDS if c in self.core.registry.staff_commands]
        if settings.staff_chat_id is not None and staff:
            lang = settings.staff_language
            try:
                await bot.set_my_commands(
                    [BotCommand(c, t(lang, f"cmd_{c}")) for c in staff if t.has(lang, f"cmd_{c}")],
                    scope=BotCommandScopeChat(settings.staff_chat_id),
                )
            except TelegramError as exc:
                log.error("cannot set the staff chat's commands: %s", exc.message)
