"""Who is staff (the members of the staff chat), and whether the bot can post there."""

from __future__ import annotations

import time
from collections.abc import Callable

from telegram import Bot, ChatMember
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, TelegramError

from bot.channels.telegram.application import build_application, initialize
from bot.core.services import MembershipUnknown
from bot.settings.config import Settings

MEMBER_STATUSES = {"creator", "administrator", "member", "restricted"}


class TelegramStaffDirectory:
    """Staff are the current members of a staff chat, as Telegram says.

    A "yes" is kept only YES_SECONDS, so a colleague removed from the group loses access within
    seconds even when the bot is not told; when it is (a chat_member update, which Telegram
    sends to a bot that is an administrator of the group), at once. A restricted user counts
    only while still in the chat (`is_member`). When Telegram gives no answer (a 429, a 5xx,
    no network), nothing is kept: MembershipUnknown, and the colleague is asked to try again."""

    YES_SECONDS = 5.0
    NO_SECONDS = 60.0

    def __init__(
        self,
        bot: Bot,
        chats: set[str],
        monotonic: Callable[[], float] = time.monotonic,
    ):
        self.bot = bot
        self.chats = chats
        self.monotonic = monotonic
        self._cache: dict[tuple[str, str], tuple[float, bool]] = {}

    async def is_member(self, user_id: str, chat_id: str) -> bool:
        if chat_id not in self.chats:
            return False
        cached = self._cache.get((chat_id, user_id))
        if cached is not None:
            at, answer = cached
            if self.monotonic() - at < (self.YES_SECONDS if answer else self.NO_SECONDS):
                return answer
        try:
            answer = is_in_chat(await self.bot.get_chat_member(int(chat_id), int(user_id)))
        except (BadRequest, Forbidden, ValueError):  # Telegram's answer: not in the chat
            answer = False
        except TelegramError as exc:  # no answer (a 429, a 5xx, no network): not a "no"
            raise MembershipUnknown(type(exc).__name__) from None
        self._cache[chat_id, user_id] = (self.monotonic(), answer)
        return answer

    def observe(self, chat_id: int, member: ChatMember) -> None:
        """A chat_member update: someone joined, left, was removed or restricted."""
        if str(chat_id) in self.chats:
            key = (str(chat_id), str(member.user.id))
            self._cache[key] = (self.monotonic(), is_in_chat(member))


def is_in_chat(member: ChatMember) -> bool:
    if member.status == "restricted":
        return bool(getattr(member, "is_member", False))
    return member.status in MEMBER_STATUSES


def staff_chats(settings: Settings) -> list[tuple[str, int | None]]:
    """(who, chat id) of every staff chat: each office's, and the coordinators'."""
    chats: list[tuple[str, int | None]] = []
    seen: set[int] = set()
    for office in settings.offices.values():
        if office.staff_chat_id in seen:
            continue  # one supergroup, a forum topic per office
        if office.staff_chat_id is not None:
            seen.add(office.staff_chat_id)
        who = f"office {office.id}" if settings.network else "the staff chat"
        chats.append((who, office.staff_chat_id))
    if settings.coordinators_chat_id is not None:
        chats.append(("the coordinators' chat", settings.coordinators_chat_id))
    return chats


async def check_staff_chats(settings: Settings, token: str) -> list[str]:
    """A sentence for each staff chat the bot cannot post in (empty when all are fine)."""
    try:
        application = build_application(settings, token, poll_timeout=5)
        await initialize(application)
        try:
            problems = []
            for who, chat_id in staff_chats(settings):
                if chat_id is None:
                    problems.append(f"{who}: staff.chat_id is not set in config.yaml")
                    continue
                problem = await staff_chat_problem(application.bot, chat_id)
                if problem:
                    problems.append(f"{who}: {problem}")
            return problems
        finally:
            await application.shutdown()
    except InvalidToken:
        return ["Telegram refused the bot token: check TELEGRAM_BOT_TOKEN (from @BotFather)"]
    except NetworkError as exc:
        return [cannot_reach(settings, exc)]


def cannot_reach(settings: Settings, exc: NetworkError) -> str:
    """The network or telegram.base_url is wrong (the URL is shown without the secret token)."""
    return (
        f"cannot reach Telegram at {settings.telegram_base_url} ({exc.message}): check the "
        "network and telegram.base_url in config.yaml"
    )


async def staff_chat_problem(bot: Bot, chat_id: int) -> str | None:
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
