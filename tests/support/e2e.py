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
from tests.support.fake_telegram import FakeTelegram

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
