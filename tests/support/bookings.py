"""Shared steps for the booking tests: a person's whole booking, the staff chat, the outbox."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core import markup
from bot.core.dispatch import Core
from bot.core.messages import Button, Reply
from bot.storage import outbox as outbox_store
from tests.support.dialogue import Dialogue, StaffMember

STAFF_CHAT = "-1001234567890"  # the shipped config.yaml's staff.chat_id
# Slot keys are UTC: Tuesday 24 November 2026 13:30 in Warsaw (CET) is 12:30 UTC.
TUE_1330 = "booking:time:city_hall:202611241230"


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
    await dialogue.payload(f"booking:topic:{topic}")
    if any(b.payload == "person:agree" for b in dialogue.buttons):
        await dialogue.payload("person:agree")
    if any(b.payload == "person:saved" for b in dialogue.buttons):
        return await dialogue.payload("person:saved")
    await dialogue.send(name)
    return await dialogue.send(phone)


def confirm_button(dialogue: Dialogue) -> Button:
    return next(b for b in dialogue.buttons if b.payload.startswith("booking:confirm:"))


async def book_and_confirm(dialogue: Dialogue, slot_payload: str = TUE_1330, **kw) -> list[Reply]:  # type: ignore[no-untyped-def]
    await book(dialogue, slot_payload, **kw)
    return await dialogue.payload(confirm_button(dialogue).payload)


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
    async with core.services.db.transaction() as tx:
        items = await outbox_store.waiting(tx, list(channels))
    return [Queued(i.chat_id, i.action, i.reply, (i.ref_kind, i.ref_id)) for i in items]


async def to_chat(core: Core, chat_id: str) -> list[Queued]:
    return [q for q in await queued(core) if q.chat_id == chat_id]


Staff = StaffMember  # the same person as in the callback tests
