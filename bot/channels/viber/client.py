"""The Viber REST bot API over aiohttp: requests signed by Viber, and calls to it.

Viber answers every call with HTTP 200 and a JSON `status` (0 ok; see the error codes at
https://developers.viber.com/docs/api/rest-bot-api/#error-codes); a status other than 0 raises
ViberApiError (the sender, sender.py, decides what it means for delivery); a call that got no
answer from Viber (network, timeout, an HTTP error status) raises ViberUnreachable.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import aiohttp

from bot.channels import tls
from bot.settings.model import VIBER_NAME_MAX

SIGNATURE_HEADER = "X-Viber-Content-Signature"
AUTH_HEADER = "X-Viber-Auth-Token"
SENDER_NAME_LIMIT = VIBER_NAME_MAX  # config.load refuses a longer bot_name
EVENT_TYPES = ["subscribed", "unsubscribed", "conversation_started", "failed"]
OK = 0
NOT_REGISTERED, NOT_SUBSCRIBED, NO_SUITABLE_DEVICE, TOO_MANY_REQUESTS = 5, 6, 11, 12
NEVER = {NOT_REGISTERED, NOT_SUBSCRIBED, NO_SUITABLE_DEVICE}
OUR_MISTAKE = {3, 4, 13, 14, 17}  # bad or missing data, API version: retrying cannot help


class ViberUnreachable(Exception):
    """The call did not reach Viber, or Viber did not answer it (retrying later may help)."""


class ViberApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(f"Viber status {status}: {message}")
        self.status = status


def signature(body: bytes, token: str) -> str:
    return hmac.new(token.encode(), body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, given: str | None, token: str) -> bool:
    return bool(given) and hmac.compare_digest(signature(body, token), str(given).lower())


class ViberClient:
    """The REST calls, over one aiohttp session (made at the first call, in the event loop)."""

    def __init__(self, base_url: str, token: str, bot_name: str):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.sender = {"name": bot_name[:SENDER_NAME_LIMIT]}
        self._http = tls.Session(timeout=aiohttp.ClientTimeout(total=15.0))

    async def call(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        try:
            async with self._http.get().post(
                f"{self.base_url}/{method}",
                data=json.dumps(body, ensure_ascii=False).encode(),
                headers={AUTH_HEADER: self.token, "Content-Type": "application/json"},
            ) as response:
                response.raise_for_status()
                data = json.loads(await response.read())
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise ViberUnreachable(f"{type(exc).__name__}: {exc}") from exc
        if not isinstance(data, dict) or data.get("status") != OK:
            found = data if isinstance(data, dict) else {}
            raise ViberApiError(int(found.get("status", -1)), str(found.get("status_message")))
        return dict(data)

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
        await self._http.close()
