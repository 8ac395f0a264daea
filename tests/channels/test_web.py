"""Webhook mode: Telegram updates POSTed by the fake Bot API to the bot's web server (with the
secret header), the health endpoint, graceful shutdown, and the choice of channels."""

from __future__ import annotations

import asyncio
import logging

import aiosqlite
import httpx
import pytest

from bot.channels.web import webhook_secret
from bot.core.messages import Reply
from bot.settings import config, startup
from bot.storage import outbox as outbox_store
from tests.conftest import write_config
from tests.support.e2e import STAFF_CHAT
from tests.support.fake_telegram import FakeTelegram
from tests.support.fake_viber import PUBLIC_URL, FakeViber
from tests.support.webhook_e2e import confirm_a_request, webhook_bot

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1, subprocesses or the whole content


class SlowTelegram(FakeTelegram):
    """sendMessage takes a while: an update is still being handled when the bot is stopped."""

    def __init__(self) -> None:
        super().__init__()
        self.sending = asyncio.Event()
        self.delay = 0.0

    async def _m_sendMessage(self, params):  # type: ignore[no-untyped-def]
        self.sending.set()
        await asyncio.sleep(self.delay)
        return await super()._m_sendMessage(params)


@pytest.fixture
async def tg():  # type: ignore[no-untyped-def]
    async with SlowTelegram() as server:
        server.group(STAFF_CHAT, "Staff")
        yield server
        unexpected = [r for r in server.refused if r[1] != "Bad Gateway"]  # provoked below
        assert not unexpected, f"Telegram refused: {unexpected}"


def has(text: str):  # type: ignore[no-untyped-def]
    return lambda message: text in message.get("text", "")


async def test_telegram_updates_arrive_by_webhook_with_the_secret_and_are_answered(tmp_path, tg):
    olena = tg.user("Olena", language_code="uk")
    async with webhook_bot(tmp_path, tg) as bot:
        assert tg.webhook_url == f"{PUBLIC_URL}/telegram"
        assert tg.webhook_secret == webhook_secret(tg.token)
        # chat_member: a colleague removed from the staff chat loses access at once
        assert tg.webhook_allowed == ["message", "callback_query", "chat_member"]
        await olena.send("/start")
        assert "Вітаємо" in (await olena.wait_message())["text"]
        await olena.press("Polski")
        await olena.wait_message(has("polski"))
        assert not tg.calls_to("getUpdates"), "no polling in webhook mode"
        for _ in range(100):  # the 200 comes once the turn is on the disk, after its reply
            if len(tg.webhook_answers) >= 2:
                break
            await asyncio.sleep(0.02)
        assert tg.webhook_answers == [200, 200]
        assert bot.web is not None and bot.viber is None


async def test_an_update_with_a_wrong_or_missing_secret_gets_403_and_is_ignored(tmp_path, tg):
    mallory = tg.user("Mallory", language_code="en")
    async with webhook_bot(tmp_path, tg):
        chat = tg.private_chat(mallory)
        update = {"message": tg.user_message(mallory, chat, text="hello")}
        assert await tg.post_webhook(dict(update), secret="not-the-secret") == 403
        assert await tg.post_webhook(dict(update), secret=None) == 403
        await asyncio.sleep(0.3)
        assert tg.messages_in(mallory.id) == []
        assert await tg.post_webhook(dict(update)) == 200
        await mallory.wait_message()


async def test_the_configured_secret_is_used_instead_of_the_derived_one(tmp_path, tg):
    async with webhook_bot(tmp_path, tg, telegram_secret="Office_Secret-42"):
        assert tg.webhook_secret == "Office_Secret-42"
    derived = webhook_secret("123:abc")
    assert derived == webhook_secret("123:abc") != webhook_secret("123:abd")
    assert "123" not in derived and len(derived) == 64


async def test_health_reports_ok_pending_outbox_and_channels(tmp_path, tg):
    tg.fail("sendMessage", 502, times=1000, chat_id=STAFF_CHAT)  # staff chat out of reach
    async with FakeViber() as viber, webhook_bot(tmp_path, tg, viber):
        health = f"{viber.webhook_target}/healthz"
        async with httpx.AsyncClient() as client:
            first = (await client.get(health)).json()
            assert first == {"ok": True, "pending_outbox": 0, "channels": ["telegram", "viber"]}
            olena = viber.user("Olena", language="en")
            await olena.open()
            await olena.press("English")
            await olena.wait_message()
            await confirm_a_request(olena)
            answer = (await client.get(health)).json()
        assert answer["ok"] is True and answer["pending_outbox"] >= 1


async def test_stopping_finishes_the_update_in_flight_and_keeps_staff_messages_queued(tmp_path, tg):
    olena = tg.user("Olena", language_code="en")
    tg.fail("sendMessage", 502, times=1000, chat_id=STAFF_CHAT)
    async with webhook_bot(tmp_path, tg) as bot:
        db_path = bot.services.settings.storage_path
        async with bot.services.db.transaction() as tx:
            await outbox_store.enqueue(
                tx, bot.services.clock(), "telegram", str(STAFF_CHAT), Reply("queued")
            )
        tg.delay = 1.0
        tg.sending.clear()
        await olena.send("/start")
        await asyncio.wait_for(tg.sending.wait(), 10)
        # leaving the block stops the bot while the welcome is still being sent
    assert tg.webhook_answers[-1] == 200, "the update in flight was finished"
    assert any("Hello" in m.get("text", "") for m in tg.messages_in(olena.id))
    async with aiosqlite.connect(db_path) as conn:
        async with conn.execute(
            "SELECT COUNT(*) FROM outbox WHERE chat_id = ? AND delivered_at IS NULL"
            " AND failed_at IS NULL",
            (str(STAFF_CHAT),),
        ) as cursor:
            (waiting,) = await cursor.fetchone()
    assert waiting >= 1, "undelivered staff messages stay in the outbox"


async def test_with_telegram_off_for_people_the_bot_still_serves_the_staff_chat(tmp_path, tg):
    petro = tg.user("Petro", language_code="uk")
    anna = tg.user("Anna", language_code="pl")
    tg.set_member(tg.chats[STAFF_CHAT], anna)
    async with FakeViber() as viber, webhook_bot(tmp_path, tg, viber, telegram__enabled=False):
        await petro.send("/start")
        await anna.send("/requests", chat=tg.chats[STAFF_CHAT])
        await tg.wait_message(STAFF_CHAT)
        olena = viber.user("Olena", language="uk")
        assert await olena.open() is not None
    assert tg.messages_in(petro.id) == []


def test_start_refuses_an_environment_it_cannot_run_with(tmp_path):
    hooked = config.load(
        write_config(tmp_path, viber__enabled=True, webhook__public_url=PUBLIC_URL)
    )
    env = {"TELEGRAM_BOT_TOKEN": "123:abc"}
    assert [n.variable for n in startup.needed(hooked, env)] == ["VIBER_AUTH_TOKEN"]
    assert startup.needed(hooked, {**env, "VIBER_AUTH_TOKEN": "viber-token"}) == []
    wrong = {**env, "VIBER_AUTH_TOKEN": "viber-token", "TELEGRAM_WEBHOOK_SECRET": "not allowed!"}
    (secret,) = startup.needed(hooked, wrong)
    assert secret.variable == "TELEGRAM_WEBHOOK_SECRET" and not secret.unset


GARBAGE = [
    b"null",
    b"[]",
    b"1e999999",
    b"{",
    b"[" * 100_000 + b"]" * 100_000,
    b'{"update_id": "x"}',
]


def _update(user: str) -> bytes:
    """An update with its sender's fields as given: authenticated, but not what Telegram sends."""
    chat = '"chat": {"id": 5, "type": "private"}'
    message = f'"message_id": 1, "date": 0, {chat}, "from": {{"id": 5, {user}}}, "text": "hi"'
    return b'{"update_id": 11, "message": {' + message.encode() + b"}}"


WRONG_TYPES = [
    _update('"first_name": "A", "last_name": 7'),
    _update('"first_name": "A", "language_code": 5'),
    _update('"first_name": "A", "username": []'),
    _update('"first_name": "A", "is_bot": "no"'),
]
VIBER_WRONG_TYPES = [
    b'{"event": "message", "message_token": 1, "sender": {"id": "v1"},'
    b' "message": {"type": "contact", "contact": "x"}}',
    b'{"event": "message", "message_token": 2, "sender": {"id": "v2"},'
    b' "message": {"type": "location", "location": 5}}',
    b'{"event": "message", "message_token": 3, "sender": {"id": "v3", "language": 5},'
    b' "message": {"type": "text", "text": "hi"}}',
    b'{"event": "message", "message_token": 4, "sender": {"id": "v4"},'
    b' "message": {"type": "text", "text": 5}}',
    b'{"event": "subscribed", "user": {"id": "v5", "api_version": "x"}}',
    b'{"event": "conversation_started", "user": {"id": 6}, "context": 7}',
]


async def test_malformed_updates_get_400_and_leave_the_bot_working(tmp_path, tg, caplog):
    olena = tg.user("Olena", language_code="en")
    async with webhook_bot(tmp_path, tg) as bot:
        assert bot.web is not None
        url = f"{tg.webhook_target}/telegram"
        headers = {"X-Telegram-Bot-Api-Secret-Token": tg.webhook_secret or ""}
        async with httpx.AsyncClient(timeout=10) as client:
            for body in GARBAGE + WRONG_TYPES:
                answer = await client.post(url, content=body, headers=headers)
                assert answer.status_code == 400, body[:120]
        await olena.send("/start")
        assert "language" in (await olena.wait_message())["text"].lower()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]  # no traceback


async def test_malformed_viber_events_get_400(tmp_path, tg, caplog):
    async with FakeViber() as viber, webhook_bot(tmp_path, tg, viber):
        bodies = [b"null", b"[]", b'{"event": 1}', b'{"event": "message", "sender": "x"}']
        for body in bodies + VIBER_WRONG_TYPES:
            assert await viber.post_raw(body) == 400, body
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]  # no traceback


async def test_idle_connections_are_closed_and_their_number_is_capped(tmp_path, tg):
    overrides = {"webhook__idle_seconds": 1, "webhook__max_connections": 20}
    async with webhook_bot(tmp_path, tg, **overrides):
        host, port = tg.webhook_target.removeprefix("http://").split(":")
        opened = [await asyncio.open_connection(host, int(port)) for _ in range(40)]
        await asyncio.sleep(0.3)
        refused = [r for r, _ in opened if await _closed(r, 0.2)]
        assert len(refused) >= 20  # beyond the cap: closed at once
        await asyncio.sleep(1.5)
        assert all([await _closed(r, 0.5) for r, _ in opened])  # the idle rest: closed later
        for _, writer in opened:
            writer.close()


async def _closed(reader: asyncio.StreamReader, wait: float) -> bool:
    try:
        return await asyncio.wait_for(reader.read(1), wait) == b""
    except TimeoutError:
        return False
    except ConnectionError:
        return True
