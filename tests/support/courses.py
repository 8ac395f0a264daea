"""Shared steps for the course tests: a person's whole enrolment on the fixture catalogue
(tests/fixture/services.yaml: `polish_a1`, 2 seats, 8 Tuesdays from 1 Dec 2026 at 17:00,
confirm_hours 24; `culture_day`, one Saturday), and the app built on it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.app import App, build
from bot.core import markup
from bot.core.messages import Button, Reply
from bot.storage import outbox as outbox_store
from tests.support.dialogue import Dialogue
from tests.support.services import write_services_config

POLISH = "polish_a1"
STAFF_CHAT = "-1001234567890"  # tests/fixture/config.yaml's staff.chat_id


@asynccontextmanager
async def course_app(tmp_path: Path, clock: Any, **overrides: Any) -> AsyncIterator[App]:
    app = await build(write_services_config(tmp_path, **overrides), clock=clock, search="off")
    try:
        yield app
    finally:
        await app.close()


async def up_to_summary(
    dialogue: Dialogue, course: str = POLISH, *, name: str = "Olena", phone: str = "601 234 567"
) -> list[Reply]:
    """The course's page, "sign up", consent, name and phone: the summary is shown."""
    await dialogue.payload(f"course:open:{course}")
    await dialogue.payload(f"course:enrol:{course}")
    if any(b.payload == "person:agree" for b in dialogue.buttons):
        await dialogue.payload("person:agree")
    if any(b.payload == "person:saved" for b in dialogue.buttons):
        return await dialogue.payload("person:saved")
    await dialogue.send(name)
    if any(b.payload == "person:is_name" for b in dialogue.buttons):
        await dialogue.payload("person:is_name")  # an odd name taken for a question: it is one
    return await dialogue.send(phone)


def confirm_button(dialogue: Dialogue) -> Button:
    return next(b for b in dialogue.buttons if b.payload.startswith("course:confirm:"))


async def enrol(dialogue: Dialogue, course: str = POLISH, **kw: Any) -> list[Reply]:
    await up_to_summary(dialogue, course, **kw)
    return await dialogue.payload(confirm_button(dialogue).payload)


def people(app: App, count: int, lang: str = "en") -> list[Dialogue]:
    return [Dialogue(app.core, user_id=f"p{n}", language_hint=lang) for n in range(1, count + 1)]


async def inbox(app: App, chat_id: str) -> list[Reply]:
    """What waits in the outbox for a chat (notifications outside the person's own turns)."""
    async with app.services.db.transaction() as tx:
        items = await outbox_store.waiting(tx, ["console", "telegram", "viber"])
    return [i.reply for i in items if i.chat_id == chat_id and i.action == "send"]


def text_of(reply: Reply) -> str:
    return markup.to_plain(reply.text)


def payload_of(reply: Reply, label_part: str) -> str:
    for row in reply.buttons:
        for button in row:
            if label_part.lower() in button.label.lower():
                return button.payload
    raise AssertionError(f"no {label_part!r} in {[b.label for r in reply.buttons for b in r]}")
