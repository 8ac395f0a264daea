"""Shared steps for the booking tests: a person's whole booking, the staff chat, the outbox."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bot import markup
from bot.core import Button, Incoming, Reply
from bot.dispatch import Core
from bot.storage import outbox as outbox_store
from tests.support.dialogue import Dialogue

STAFF_CHAT = "-1001234567890"  # the shipped config.yaml's staff.chat_id
# Slot keys are UTC: Tuesday 24 November 2026 13:30 in Warsaw (CET) is 12:30 UTC.
TUE_1330 = "bk:t:city_hall:202611241230"


async def book(
    dialogue: Dialogue,
    slot_payload: str = TUE_1330,
    *,
    topic: str = "pesel",
    name: str = "Olena",
    phone: str = "601 234 567",
) -> list[Reply]:
    """Choose a slot by its payload, then topic, consent, name, phone; stop at the summary."""
    await dialogue.payload(slot_payload)
    await dialogue.payload(f"bk:tp:{topic}")
    if any(b.payload == "pc:y" for b in dialogue.buttons):
        await dialogue.payload("pc:y")
    if any(b.payload == "pc:saved" for b in dialogue.buttons):
        return await dialogue.payload("pc:saved")
    await dialogue.send(name)
    return await dialogue.send(phone)


def confirm_button(dialogue: Dialogue) -> Button:
    return next(b for b in dialogue.buttons if b.payload.startswith("bk:ok:"))


async def book_and_confirm(dialogue: Dialogue, slot_payload: str = TUE_1330, **kw) -> list[Reply]:  # type: ignore[no-untyped-def]
    await book(dialogue, slot_payload, **kw)
    return await dialogue.payload(confirm_button(dialogue).payload)


@dataclass
class Staff:
    """Someone writing in the staff group chat."""

    core: Core
    user_id: str = "501"
    name: str = "Anna Nowak"
    replies: list[Reply] = field(default_factory=list)

    async def _run(self, **fields) -> list[Reply]:  # type: ignore[no-untyped-def]
        incoming = Incoming(
            "telegram", self.user_id, STAFF_CHAT, "pl", sender_name=self.name, **fields
        )
        self.replies = await self.core.handle(incoming)
        return self.replies

    async def command(self, name: str) -> list[Reply]:
        return await self._run(command=name)

    async def payload(self, payload: str) -> list[Reply]:
        return await self._run(payload=payload)

    async def press(self, label_part: str) -> list[Reply]:
        return await self.payload(self.button(label_part).payload)

    @property
    def buttons(self) -> list[Button]:
        return [b for r in self.replies for row in r.buttons for b in row]

    def button(self, label_part: str) -> Button:
        for button in self.buttons:
            if label_part.lower() in button.label.lower():
                return button
        raise AssertionError(f"no {label_part!r} in {[b.label for b in self.buttons]}")

    @property
    def text(self) -> str:
        return "\n".join(markup.to_plain(r.text) for r in self.replies)


@dataclass
class Queued:
    chat_id: str
    action: str
    reply: Reply
    ref: tuple[str | None, int | None]

    @property
    def text(self) -> str:
        return markup.to_plain(self.reply.text)

    @property
    def buttons(self) -> list[Button]:
        return [b for row in self.reply.buttons for b in row]


async def queued(core: Core, channels: tuple[str, ...] = ("telegram", "console")) -> list[Queued]:
    """Every message waiting in the outbox, oldest first."""
    far = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
    async with core.services.db.transaction() as tx:
        items = await outbox_store.due(tx, far, list(channels), limit=1000)
    return [Queued(i.chat_id, i.action, i.reply, (i.ref_kind, i.ref_id)) for i in items]


async def to_chat(core: Core, chat_id: str) -> list[Queued]:
    return [q for q in await queued(core) if q.chat_id == chat_id]
