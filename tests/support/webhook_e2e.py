"""Run the real bot (`bot.runner.serve`) in webhook mode against FakeTelegram and FakeViber.

    async with FakeTelegram() as tg, FakeViber() as viber:
        async with webhook_bot(tmp_path, tg, viber) as bot:   # bot: bot.runner.Running
            ...

The bot listens on a free local port; both fakes know the public https URL (what a reverse proxy
would serve) and post there through `webhook_target`, the proxy's way to the local port.
`viber=None` runs Telegram alone; `telegram=False` leaves people's Telegram chats off (the bot
still serves the staff chat).
"""

from __future__ import annotations

import asyncio
import socket
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.app import App as Running
from bot.runner import serve
from tests.conftest import write_config
from tests.support.e2e import STAFF_CHAT
from tests.support.fake_telegram import FakeTelegram
from tests.support.fake_viber import PUBLIC_URL, FakeViber, ViberUser


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@asynccontextmanager
async def webhook_bot(  # type: ignore[no-untyped-def]
    tmp_path: Path,
    tg: FakeTelegram,
    viber: FakeViber | None = None,
    *,
    clock: Any = None,
    telegram_secret: str | None = None,
    **overrides: Any,
):
    port = free_port()
    local = f"http://127.0.0.1:{port}"
    overrides.setdefault("telegram__base_url", tg.base_url)
    overrides.setdefault("staff__chat_id", STAFF_CHAT)
    overrides.setdefault("webhook__listen", "127.0.0.1")
    overrides.setdefault("webhook__port", port)
    overrides.setdefault("webhook__public_url", PUBLIC_URL)
    if viber is not None:
        overrides.setdefault("viber__enabled", True)
        overrides.setdefault("viber__base_url", viber.base_url)
        viber.webhook_target = local
    tg.webhook_target = local
    config = write_config(tmp_path, **overrides)
    stop = asyncio.Event()
    started: asyncio.Future[Running] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(
        serve(
            config,
            tg.token,
            stop,
            started=started,
            poll_timeout=1,
            clock=clock,
            viber_token=viber.token if viber is not None else None,
            telegram_secret=telegram_secret,
        )
    )
    done, _ = await asyncio.wait({task, started}, timeout=20, return_when=asyncio.FIRST_COMPLETED)
    if task in done:
        task.result()
    if not done:
        task.cancel()
        raise AssertionError("the bot did not start within 20 s")
    try:
        yield started.result()
    finally:
        stop.set()
        await asyncio.wait_for(task, 20)


async def confirm_a_request(user: ViberUser) -> None:
    """/callback to "Send the request", in English, the phone shared by Viber's button."""
    await user.send("/callback")
    assert "your data" in (await user.wait_message())["text"]
    await user.press("I agree")
    assert "What is your name" in (await user.wait_message())["text"]
    await user.send(user.name)
    asked = await user.wait_message()
    assert "Your phone number" in asked["text"]
    share = asked["keyboard"]["Buttons"][0]
    assert share["ActionType"] == "share-phone" and asked["min_api_version"] >= 3
    await user.press("Share my phone")
    await user.wait_message(_has("Should we call this number"))  # Viber does not say whose
    await user.press("Yes, call this number")
    await user.wait_message(_has("What is it about"))
    await user.press("Documents")
    await user.wait_message(_has("choose the topic"))
    await user.press("PESEL")
    await user.wait_message(_has("Anything the staff should know"))
    await user.press("Skip")
    await user.wait_message(_has("In which language"))
    await user.press("Українська")
    await user.wait_message(_has("When is the best time"))
    await user.press("As soon as possible")
    await user.wait_message(_has("Please check your request"))
    await user.press("Send the request")
    await user.wait_message(_has("has been sent"))


def _has(text: str):  # type: ignore[no-untyped-def]
    return lambda message: text in message.get("text", "")
