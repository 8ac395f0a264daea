"""Shared steps for the callback-request tests: a person's whole request, the staff chat, and
a recording platform for the outbox worker (the boundary the worker talks to)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core import markup
from bot.core.messages import Reply
from bot.delivery.errors import Undeliverable
from bot.delivery.limits import RateLimiter
from bot.delivery.worker import OutboxWorker
from tests.support.dialogue import Dialogue
from tests.support.dialogue import StaffMember as StaffMember  # shared with the booking tests

STAFF_CHAT = "-1001234567890"  # the shipped config.yaml's staff.chat_id


async def at_the_name_step(dialogue: Dialogue, lang: str | None = None) -> None:
    """/callback, consent given: the name is asked."""
    if lang is not None:
        dialogue.language_hint = lang
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")


async def request_callback(
    dialogue: Dialogue,
    *,
    name: str = "Olena",
    phone: str = "601 234 567",
    topic: str = "pesel",
    description: str | None = "My son needs a PESEL number",
    language: str = "uk",
    window: str = "asap",
) -> str:
    """The whole flow by button payloads (any UI language), confirmed; the confirmation text."""
    await to_the_window(
        dialogue, name=name, phone=phone, topic=topic, description=description, language=language
    )
    if any(b.payload.startswith("callback:window:") for b in dialogue.buttons):
        await dialogue.payload(f"callback:window:{window}")  # (an urgent request is not asked)
    await dialogue.payload(confirm_payload(dialogue))
    return dialogue.text


async def to_the_window(
    dialogue: Dialogue,
    *,
    name: str = "Olena",
    phone: str = "601 234 567",
    topic: str = "pesel",
    description: str | None = "My son needs a PESEL number",
    language: str = "uk",
) -> None:
    """The flow by button payloads up to «when to call?» (an urgent request: its summary, the
    short path's «call me» pressed)."""
    await dialogue.send("/callback")
    if any(b.payload == "form:leave:callback" for b in dialogue.buttons):  # a form was open
        await dialogue.payload("form:leave:callback")
    if any(b.payload == "callback:fresh" for b in dialogue.buttons):  # one of theirs is open
        await dialogue.payload("callback:fresh")
    if any(b.payload == "person:agree" for b in dialogue.buttons):
        await dialogue.payload("person:agree")
    await dialogue.send(name)
    await dialogue.send(phone)
    if any(b.payload == "callback:reach:call" for b in dialogue.buttons):  # urgent: the short
        await dialogue.payload("callback:reach:call")  # path (its summary; the topic of the
        return  # danger, the chat's language)
    await dialogue.payload(f"callback:topic:{topic}")
    if description is None:
        await dialogue.payload("callback:skip")
    else:
        await dialogue.send(description)
    await dialogue.payload(f"callback:language:{language}")


def confirm_payload(dialogue: Dialogue) -> str:
    return next(b.payload for b in dialogue.buttons if b.payload.startswith("callback:send:"))


class Delivery:
    """The real outbox worker on a recording platform; the rate limiter's clock is ours."""

    def __init__(self, app, platform: RecordingPlatform, clock) -> None:  # type: ignore[no-untyped-def]
        self.seconds = 0.0
        self.worker = OutboxWorker(
            app.services.db,
            {"telegram": platform, "console": platform},
            clock,
            keep_trying_chats={STAFF_CHAT},
        )
        self.worker.limiter = RateLimiter(lambda: self.seconds)

    async def run(self, *, passes: int = 3) -> None:
        """Deliver what is due now, a minute apart per pass (so rate limits do not interfere)."""
        for _ in range(passes):
            await self.worker.run_once()
            self.seconds += 61


class Members:
    """The staff chat's member list, as Telegram would answer getChatMember."""

    def __init__(self, *user_ids: str):
        self.user_ids = set(user_ids)

    async def is_member(self, user_id: str, chat_id: str) -> bool:
        return user_id in self.user_ids


@dataclass
class Sent:
    chat_id: str
    message_id: str
    reply: Reply

    @property
    def text(self) -> str:
        return markup.to_plain(self.reply.text)


class RecordingPlatform:
    """What a messaging platform does for the outbox worker: accepts, numbers, or refuses."""

    def __init__(self) -> None:
        self.sent: list[Sent] = []
        self.edits: list[Sent] = []
        self.failing: Exception | None = None
        self.refused_chats: set[str] = set()
        self._next = 100

    async def send(self, chat_id: str, reply: Reply) -> str:
        self._check(chat_id)
        self._next += 1
        self.sent.append(Sent(chat_id, str(self._next), reply))
        return str(self._next)

    async def edit(self, chat_id: str, message_id: str, reply: Reply) -> None:
        self._check(chat_id)
        self.edits.append(Sent(chat_id, message_id, reply))

    def _check(self, chat_id: str) -> None:
        if self.failing is not None:
            raise self.failing
        if chat_id in self.refused_chats:
            raise Undeliverable("forbidden: bot was kicked from the group chat")

    def to(self, chat_id: str) -> list[Sent]:
        return [s for s in self.sent if s.chat_id == chat_id]
