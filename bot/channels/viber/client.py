"""The Viber REST bot API: requests signed by Viber, calls to it, and the outbox's sender.

Viber answers every call with HTTP 200 and a JSON `status` (0 ok; see the error codes at
https://developers.viber.com/docs/api/rest-bot-api/#error-codes); `ViberSender` turns them into
what the outbox understands: RetryLater (try again) or Undeliverable (never: report to staff).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from bot.core.messages import Reply
from bot.delivery.worker import RetryLater, Undeliverable
from bot.storage import viber as store

if TYPE_CHECKING:
    from bot.channels.viber.adapter import ViberChannel

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Viber-Content-Signature"
AUTH_HEADER = "X-Viber-Auth-Token"
SENDER_NAME_LIMIT = 28
EVENT_TYPES = ["subscribed", "unsubscribed", "conversation_started", "failed"]
OK = 0
NOT_REGISTERED, NOT_SUBSCRIBED, NO_SUITABLE_DEVICE, TOO_MANY_REQUESTS = 5, 6, 11, 12
NEVER = {NOT_REGISTERED, NOT_SUBSCRIBED, NO_SUITABLE_DEVICE}
OUR_MISTAKE = {3, 4, 13, 14, 17}  # bad or missing data, API version: retrying cannot help


class ViberApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(f"Viber status {status}: {message}")
        self.status = status


def signature(body: bytes, token: str) -> str:
    return hmac.new(token.encode(), body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, given: str | None, token: str) -> bool:
    return bool(given) and hmac.compare_digest(signature(body, token), str(given).lower())


class ViberClient:
    """The REST calls; `http` is the test seam (any httpx.AsyncClient)."""

    def __init__(
        self, base_url: str, token: str, bot_name: str, *, http: httpx.AsyncClient | None = None
    ):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.sender = {"name": bot_name[:SENDER_NAME_LIMIT]}
        self.http = http or httpx.AsyncClient(timeout=httpx.Timeout(15.0))

    async def call(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await self.http.post(
            f"{self.base_url}/{method}",
            content=json.dumps(body, ensure_ascii=False).encode(),
            headers={AUTH_HEADER: self.token, "Content-Type": "application/json"},
        )
        response.raise_for_status()
        data = response.json()
        if data.get("status") != OK:
            raise ViberApiError(int(data.get("status", -1)), str(data.get("status_message")))
        return data  # type: ignore[no-any-return]

    async def send(self, receiver: str, body: dict[str, Any]) -> str:
        data = await self.call("send_message", {"receiver": receiver, **self.message(body)})
        return str(data.get("message_token", ""))

    def message(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"sender": self.sender, **body}

    async def set_webhook(self, url: str) -> None:
        await self.call("set_webhook", {"url": url, "event_types": EVENT_TYPES, "send_name": False})

    async def account_info(self) -> dict[str, Any]:
        return await self.call("get_account_info", {})

    async def close(self) -> None:
        await self.http.aclose()


class ViberSender:
    """The outbox's way into Viber: statuses become RetryLater / Undeliverable."""

    def __init__(self, channel: ViberChannel):
        self.channel = channel

    async def send(self, chat_id: str, reply: Reply) -> str:
        channel = self.channel
        async with channel.db.transaction() as tx:
            user = await store.get(tx, chat_id)
        if user is not None and not user.subscribed:
            raise Undeliverable("the person unsubscribed from the bot on Viber")
        token = ""
        for body in await channel.bodies(chat_id, [reply], keep=True):
            token = await self._call(chat_id, lambda b=body: channel.client.send(chat_id, b))
        return token

    async def edit(self, chat_id: str, message_id: str, reply: Reply) -> None:
        # Viber cannot edit a sent message: the new version is sent as a new one.
        await self.send(chat_id, reply)

    async def _call(self, chat_id: str, make: Callable[[], Any]) -> str:
        try:
            return str(await make())
        except httpx.HTTPError as exc:
            raise RetryLater(f"network: {type(exc).__name__}") from None
        except ViberApiError as exc:
            if exc.status == TOO_MANY_REQUESTS:
                raise RetryLater("Viber asked to slow down", 30.0) from None
            if exc.status in NEVER:
                if exc.status == NOT_SUBSCRIBED:
                    async with self.channel.db.transaction() as tx:
                        await store.unsubscribe(tx, chat_id, self.channel.clock())
                raise Undeliverable(str(exc)) from None
            if exc.status in OUR_MISTAKE:
                log.error("Viber refused a message as malformed: %s", exc)
                raise Undeliverable(str(exc)) from None
            log.error("Viber refused the bot (%s): check VIBER_AUTH_TOKEN and the account", exc)
            raise RetryLater(str(exc)) from None
