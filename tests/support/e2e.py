"""Run the real bot (`bot.runner.serve`: PTB Application in polling mode, outbox worker, jobs)
against a FakeTelegram server, on a config in tmp_path.

    async with FakeTelegram() as tg:
        async with running_bot(tmp_path, tg) as bot:   # bot: bot.runner.Running
            ...

Stopping and entering `running_bot` again with the same tmp_path is a restart on the same
SQLite file.
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.app import App as Running
from bot.runner import serve
from tests.conftest import write_config
from tests.support.fake_telegram import FakeTelegram, FakeUser

STAFF_CHAT = -1001234500000


@asynccontextmanager
async def running_bot(tmp_path: Path, tg: FakeTelegram, *, clock: Any = None, **overrides: Any):  # type: ignore[no-untyped-def]
    overrides.setdefault("telegram__base_url", tg.base_url)
    overrides.setdefault("staff__chat_id", STAFF_CHAT)
    config = write_config(tmp_path, **overrides)
    stop = asyncio.Event()
    started: asyncio.Future[Running] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(
        serve(config, tg.token, stop, started=started, poll_timeout=1, clock=clock)
    )
    done, _ = await asyncio.wait({task, started}, timeout=20, return_when=asyncio.FIRST_COMPLETED)
    if task in done:
        task.result()  # raises what start-up raised
    if not done:
        task.cancel()
        raise AssertionError("the bot did not start within 20 s")
    try:
        yield started.result()
    finally:
        stop.set()
        await asyncio.wait_for(task, 20)


def has(text: str):  # type: ignore[no-untyped-def]
    """A wait_message predicate: the message text contains `text`."""
    return lambda message: text in message.get("text", "")


def has_button(label: str):  # type: ignore[no-untyped-def]
    """A wait_message predicate: the message has an inline button whose text contains `label`."""

    def found(message):  # type: ignore[no-untyped-def]
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        return any(label in button.get("text", "") for row in rows for button in row)

    return found


async def book_up_to_phone(user: Any, name: str) -> None:
    """In Ukrainian, on any fake platform's user: Tuesday 13:30 at the City Hall about PESEL,
    consent and name given; the bot is now asking for the phone number."""
    await user.send("/book")
    for step, expected in [
        ("Міська рада", "Оберіть день"),
        ("вт, 24 лист.", "Оберіть час"),
        ("13:30", "З якого питання"),
        ("PESEL", "ваші дані"),
        ("Погоджуюся", "Як вас звати"),
    ]:
        if step == "Міська рада":
            await user.wait_message(has("Куди"))
        await user.press(step)
        await user.wait_message(has(expected))
    await user.send(name)
    await user.wait_message(has("номер телефону"))


async def shown(tg: FakeTelegram, chat_id: int, predicate, timeout: float = 15) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """The newest message in the chat (as edited so far) that matches, once there is one."""

    def find():  # type: ignore[no-untyped-def]
        return next((m for m in reversed(tg.messages_in(chat_id)) if predicate(m)), None)

    await tg.wait_until(lambda: find() is not None, timeout)
    return find()  # type: ignore[return-value]


def person_and_staff(tg: FakeTelegram) -> tuple[FakeUser, FakeUser, Any]:
    """Olena (an English-speaking person), Anna (a member of the staff chat) and that chat."""
    olena = tg.user("Olena", language_code="en")
    anna = tg.user("Anna", language_code="pl")
    staff = tg.chats[STAFF_CHAT]
    tg.set_member(staff, anna)
    return olena, anna, staff


async def confirm_a_request(tg: FakeTelegram, user: FakeUser, name: str = "Olena") -> None:
    """/callback to "Send the request", in English, the phone shared by Telegram's button."""
    await user.send("/callback")
    await shown(tg, user.id, has("your data"))
    await user.press("I agree")
    await shown(tg, user.id, has("What is your name"))
    await user.send(name)
    await shown(tg, user.id, has("Your phone number"))
    asked = tg.calls_to("sendMessage")[-1].params
    assert asked["reply_markup"]["keyboard"][0][0]["request_contact"] is True
    await user.share_contact("+48601234567")
    await shown(tg, user.id, has("What is it about"))
    await user.press("Documents")
    await shown(tg, user.id, has("choose the topic"))
    await user.press("PESEL")
    await shown(tg, user.id, has("Anything the staff should know"))
    await user.press("Skip")
    await shown(tg, user.id, has("In which language"))
    await user.press("Українська")
    await shown(tg, user.id, has("When is the best time"))
    await user.press("As soon as possible")
    await shown(tg, user.id, has("Please check your request"))
    await user.press("Send the request")
    await shown(tg, user.id, has("has been sent"))
