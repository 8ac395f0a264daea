"""Telegram adapter on python-telegram-bot 22: the Application and its handlers, the outbox's
sender, the staff directory and the staff-chat check. The translation itself (Update ->
Incoming, Reply -> Bot API calls) is in telegram_render.py. No logic beyond that: one core call
per update, then rendering.
"""

from __future__ import annotations

import logging
import os
import time

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    Update,
)
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.channels.telegram.render import (  # noqa: F401 - re-exported
    CHANNEL,
    TEXT_LIMIT,
    chunks,
    edit_reply,
    send_reply,
    to_incoming,
)
from bot.core.dispatch import Core
from bot.core.messages import Incoming, Reply
from bot.delivery.worker import RetryLater, Undeliverable
from bot.settings.config import Settings

log = logging.getLogger(__name__)
# PTB 22 returns durations such as RetryAfter.retry_after as timedelta when this is set, and
# warns (a DeprecationWarning) when it is not; we handle timedelta.
os.environ.setdefault("PTB_TIMEDELTA", "true")

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
MEMBER_STATUSES = {"creator", "administrator", "member", "restricted"}


def build_application(settings: Settings, token: str, *, poll_timeout: float = 30) -> Application:
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


class TelegramSender:
    """The outbox's way into Telegram: platform errors become RetryLater / Undeliverable."""

    def __init__(self, bot):  # type: ignore[no-untyped-def]
        self.bot = bot

    async def send(self, chat_id: str, reply: Reply) -> str:
        message = await self._call(send_reply(self.bot, int(chat_id), reply))
        return str(message.message_id) if message else ""

    async def edit(self, chat_id: str, message_id: str, reply: Reply) -> None:
        await self._call(edit_reply(self.bot, int(chat_id), int(message_id), reply))

    @staticmethod
    async def _call(coro):  # type: ignore[no-untyped-def]
        try:
            return await coro
        except RetryAfter as exc:
            retry = exc.retry_after
            seconds = retry.total_seconds() if hasattr(retry, "total_seconds") else float(retry)
            raise RetryLater("Telegram asked to slow down", seconds) from None
        except Forbidden as exc:
            raise Undeliverable(f"forbidden: {exc.message}") from None
        except BadRequest as exc:
            raise Undeliverable(f"bad request: {exc.message}") from None
        except NetworkError as exc:  # timeouts, 5xx, connection refused
            raise RetryLater(f"network: {exc.message}") from None


class StaffDirectory:
    """Staff are the current members of the staff chat, asked of Telegram and cached briefly."""

    def __init__(self, bot, chat_id: int | None, ttl: float = 60.0):  # type: ignore[no-untyped-def]
        self.bot = bot
        self.chat_id = chat_id
        self.ttl = ttl
        self._cache: dict[str, tuple[float, bool]] = {}

    async def is_member(self, user_id: str) -> bool:
        if self.chat_id is None:
            return False
        cached = self._cache.get(user_id)
        if cached and time.monotonic() - cached[0] < self.ttl:
            return cached[1]
        try:
            member = await self.bot.get_chat_member(self.chat_id, int(user_id))
            answer = member.status in MEMBER_STATUSES
        except TelegramError:
            answer = False
        self._cache[user_id] = (time.monotonic(), answer)
        return answer


class TelegramChannel:
    """Wires one PTB Application to the core."""

    def __init__(self, application: Application, core: Core):
        self.application = application
        self.core = core
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

    async def register_commands(self, settings: Settings, t) -> None:  # type: ignore[no-untyped-def]
        bot = self.application.bot
        known = set(self.core.router.commands)
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
        staff = [c for c in STAFF_COMMANDS if c in self.core.router.staff_commands]
        if settings.staff_chat_id is not None and staff:
            lang = settings.staff_language
            try:
                await bot.set_my_commands(
                    [BotCommand(c, t(lang, f"cmd_{c}")) for c in staff if t.has(lang, f"cmd_{c}")],
                    scope=BotCommandScopeChat(settings.staff_chat_id),
                )
            except TelegramError as exc:
                log.error("cannot set the staff chat's commands: %s", exc.message)


async def check_staff_chat(settings: Settings, token: str) -> str | None:
    """A sentence saying what is wrong with the staff chat, or None when the bot can post there."""
    if settings.staff_chat_id is None:
        return "staff.chat_id is not set in config.yaml"
    application = build_application(settings, token, poll_timeout=5)
    async with application:
        return await staff_chat_problem(application.bot, settings.staff_chat_id)


async def staff_chat_problem(bot, chat_id: int) -> str | None:  # type: ignore[no-untyped-def]
    try:
        chat = await bot.get_chat(chat_id)
        member = await bot.get_chat_member(chat_id, bot.id)
    except Forbidden:
        return f"the bot is not a member of the staff chat {chat_id} (was it removed?)"
    except BadRequest as exc:
        return f"staff chat {chat_id} cannot be used: {exc.message} (is staff.chat_id right?)"
    except NetworkError as exc:
        return f"cannot reach Telegram to check the staff chat: {exc.message}"
    if chat.type not in ("group", "supergroup"):
        return f"staff chat {chat_id} is a {chat.type}, not a group"
    if member.status not in MEMBER_STATUSES or (
        member.status == "restricted" and not getattr(member, "can_send_messages", True)
    ):
        return f"the bot cannot post in the staff chat {chat_id} (status: {member.status})"
    return None
