"""Telegram adapter on python-telegram-bot 22: Update -> Incoming, Reply -> Bot API calls.

No logic here beyond translation: one core call per update, then rendering.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
    Update,
)
from telegram.constants import ParseMode
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

from bot import markup
from bot.config import Settings
from bot.core import Incoming, Reply
from bot.dispatch import Core
from bot.outbox import RetryLater, Undeliverable

log = logging.getLogger(__name__)
# PTB 22 returns durations such as RetryAfter.retry_after as timedelta when this is set, and
# warns (a DeprecationWarning) when it is not; we handle timedelta.
os.environ.setdefault("PTB_TIMEDELTA", "true")

TEXT_LIMIT = 4096
CHANNEL = "telegram"
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


# --- incoming -------------------------------------------------------------------------------


def to_incoming(update: Update) -> Incoming | None:
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None or user.is_bot:
        return None
    base: dict[str, Any] = {
        "channel": CHANNEL,
        "user_id": str(user.id),
        "chat_id": str(chat.id),
        "language_hint": user.language_code,
        "sender_name": user.full_name,
    }
    query = update.callback_query
    if query is not None:
        message = query.message
        return Incoming(
            payload=query.data or "",
            message_id=str(message.message_id) if message else None,
            **base,
        )
    message = update.effective_message
    if message is None:
        return None
    base["message_id"] = str(message.message_id)
    if message.reply_to_message is not None:
        base["reply_to"] = str(message.reply_to_message.message_id)
    if message.contact is not None:
        return Incoming(
            contact_phone=message.contact.phone_number,
            contact_is_own=message.contact.user_id == user.id,
            **base,
        )
    if message.text is not None:
        text = message.text
        if text.startswith("/"):
            head, _, args = text[1:].partition(" ")
            name = head.split("@", 1)[0].lower()
            return Incoming(command=name, args=args.strip(), **base)
        return Incoming(text=text, **base)
    kind = next(
        (
            k
            for k in (
                "sticker",
                "photo",
                "voice",
                "video",
                "document",
                "audio",
                "location",
                "video_note",
                "animation",
                "poll",
                "dice",
            )
            if getattr(message, k, None)
        ),
        "other",
    )
    return Incoming(unsupported=kind, **base)


# --- outgoing -------------------------------------------------------------------------------


def _inline(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(b.label, url=b.url)
                if b.url
                else InlineKeyboardButton(b.label, callback_data=b.payload)
                for b in row
            ]
            for row in reply.buttons
        ]
    )


def _markup_for(reply: Reply):  # type: ignore[no-untyped-def]
    if reply.request_contact:
        return ReplyKeyboardMarkup(
            [[KeyboardButton(reply.request_contact, request_contact=True)]],
            resize_keyboard=True,
            one_time_keyboard=True,
        )
    if reply.close_keyboard:
        return ReplyKeyboardRemove()
    return _inline(reply)


def chunks(reply: Reply) -> list[str]:
    return [
        markup.to_html(part)
        for part in markup.split(reply.text, TEXT_LIMIT, lambda s: len(markup.to_html(s)))
    ]


async def send_reply(bot, chat_id: int | str, reply: Reply) -> Message | None:  # type: ignore[no-untyped-def]
    """Send one Reply (split as needed); returns the last message, the one with the buttons."""
    parts = chunks(reply)
    last: Message | None = None
    for i, part in enumerate(parts):
        final = i == len(parts) - 1
        thread = None
        if i == 0 and reply.reply_to_message_id:
            # A thread in the staff chat; if that message was deleted, send anyway.
            thread = ReplyParameters(
                int(reply.reply_to_message_id), allow_sending_without_reply=True
            )
        last = await bot.send_message(
            chat_id,
            part,
            parse_mode=ParseMode.HTML,
            reply_markup=_markup_for(reply) if final else None,
            disable_web_page_preview=True,
            reply_parameters=thread,
        )
    if reply.attachment is not None:
        await bot.send_document(
            chat_id,
            document=reply.attachment.content,
            filename=reply.attachment.filename,
        )
    return last


async def edit_reply(bot, chat_id: int | str, message_id: int, reply: Reply) -> bool:  # type: ignore[no-untyped-def]
    """Replace a message's text and buttons; False when it cannot be done in place."""
    parts = chunks(reply)
    if len(parts) != 1 or reply.request_contact or reply.attachment or reply.close_keyboard:
        return False
    try:
        await bot.edit_message_text(
            parts[0],
            chat_id=chat_id,
            message_id=message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=_inline(reply),
            disable_web_page_preview=True,
        )
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return True
        return False
    return True


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
