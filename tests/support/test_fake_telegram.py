"""The fake Bot API server refuses what Telegram refuses, so the e2e tests mean something."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.support.fake_telegram import FakeTelegram, parse_html

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1, subprocesses or the whole content


@pytest.fixture
async def api():
    async with FakeTelegram() as tg:
        user = tg.user()
        async with httpx.AsyncClient(base_url=f"{tg.base_url}{tg.token}/") as client:

            async def call(method: str, **params):  # type: ignore[no-untyped-def]
                data = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
                response = await client.post(method, data=data)
                return response.status_code, response.json()

            yield call, user


async def test_accepts_a_valid_message(api):
    call, user = api
    status, body = await call(
        "sendMessage", chat_id=user.id, text="<b>Hi</b> &amp; bye", parse_mode="HTML"
    )
    assert status == 200 and body["result"]["text"] == "Hi & bye"


@pytest.mark.parametrize(
    ("method", "params", "fragment"),
    [
        ("sendMessagez", {"chat_id": 1, "text": "x"}, "Not Found"),
        ("sendMessage", {"chat_id": "USER", "text": "x", "colour": "red"}, "unknown parameter"),
        ("sendMessage", {"chat_id": "USER"}, "text is required"),
        ("sendMessage", {"chat_id": "USER", "text": "x" * 4097}, "too long"),
        (
            "sendMessage",
            {"chat_id": "USER", "text": "<b>x", "parse_mode": "HTML"},
            "parse entities",
        ),
        (
            "sendMessage",
            {"chat_id": "USER", "text": "a < b", "parse_mode": "HTML"},
            "parse entities",
        ),
        (
            "sendMessage",
            {"chat_id": "USER", "text": "<div>x</div>", "parse_mode": "HTML"},
            "parse entities",
        ),
        (
            "sendMessage",
            {
                "chat_id": "USER",
                "text": "x",
                "reply_markup": {"inline_keyboard": [[{"text": "b", "callback_data": "d" * 65}]]},
            },
            "BUTTON_DATA_INVALID",
        ),
        (
            "sendMessage",
            {
                "chat_id": "USER",
                "text": "x",
                "reply_markup": {"inline_keyboard": [[{"text": "b", "colour": "red"}]]},
            },
            "wrong type",
        ),
        ("sendMessage", {"chat_id": -5, "text": "x"}, "chat not found"),
    ],
)
async def test_refuses_what_telegram_refuses(api, method, params, fragment):
    call, user = api
    params = {k: (user.id if v == "USER" else v) for k, v in params.items()}
    status, body = await call(method, **params)
    assert status in (400, 404)
    assert fragment in body["description"]


def test_html_text_length_counts_after_entity_parsing():
    assert parse_html("<b>&lt;" + "a" * 10 + "</b>") == "<" + "a" * 10
