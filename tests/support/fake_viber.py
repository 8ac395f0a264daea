"""A fake Viber REST bot API on 127.0.0.1, and Viber users who talk to the bot's webhook.

The server answers like Viber (HTTP 200 with a JSON `status`: 0 ok, 2 invalidAuthToken,
3 badData, 4 missingData, 6 receiverNotSubscribed, 12 tooManyRequests...) and refuses what Viber
would: no X-Viber-Auth-Token, a body over 30 KB, text over 7,000 characters or empty, a keyboard
with more than 24 buttons or bad Columns/Rows/ActionType, share-phone without min_api_version 3,
a sender name over 28 characters. Every accepted message is also parsed with the official
`viberbot` package (viberbot.api.messages), so what the bot sends is checked by Viber's own code.

Events to the bot are signed with viberbot's Api (HMAC-SHA256 of the body with the token) and
parsed with viberbot's `Api.parse_request` before they are posted, so they have Viber's shape.

    async with FakeViber() as viber:
        ...start the bot with viber.base_url=viber.base_url, webhook.public_url=viber.public_url
        viber.webhook_target = "http://127.0.0.1:<bot port>"   # what the reverse proxy does
        olena = viber.user("Olena", language="uk")
        welcome = await olena.open()            # conversation_started: the welcome in the response
        await olena.press("Українська")          # taps a button of her latest keyboard
        msg = await olena.wait_message()         # next message the bot sends her
        await olena.send("як отримати PESEL")     # typed text
        await olena.unsubscribe()  /  viber.fail("send_message", status=12)
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import socket
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
from aiohttp import web
from viberbot import Api
from viberbot.api import messages as viber_messages
from viberbot.api.bot_configuration import BotConfiguration

TOKEN = "4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f"
PUBLIC_URL = "https://infopoint.example.org"
TEXT_LIMIT = 7000
MAX_BUTTONS = 24
BODY_LIMIT = 30 * 1024
ACTION_TYPES = {"reply", "open-url", "share-phone", "location-picker", "none"}
STATUS = {
    0: "ok",
    1: "invalidUrl",
    2: "invalidAuthToken",
    3: "badData",
    4: "missingData",
    6: "receiverNotSubscribed",
    12: "tooManyRequests",
}


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass
class Call:
    method: str
    body: dict[str, Any]
    parsed: Any = None  # the viberbot message object of a send_message
    at: float = field(default_factory=time.monotonic)


@dataclass
class Failure:
    method: str
    status: int  # a Viber status, or an HTTP status >= 500
    times: int


class ViberUser:
    def __init__(self, server: FakeViber, user_id: str, name: str, language: str, api: int):
        self.server = server
        self.id = user_id
        self.name = name
        self.language = language
        self.api_version = api
        self.inbox: list[dict[str, Any]] = []  # messages the bot sent, welcome included
        self.read = 0  # wait_message looks at the inbox from here on

    def profile(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "avatar": "https://avatar.example.com/a.jpg",
            "country": "UA",
            "language": self.language,
            "api_version": self.api_version,
        }

    async def open(
        self, subscribed: bool = False, context: str | None = None
    ) -> dict[str, Any] | None:
        """conversation_started (from a link with `context`, e.g. a QR code); returns the
        welcome message (the HTTP response body)."""
        extra = {"context": context} if context is not None else {}
        event = self.server.event(
            "conversation_started",
            type="open",
            user=self.profile(),
            subscribed=subscribed,
            **extra,
        )
        self.read = len(self.inbox)
        status, body = await self.server.post_event(event)
        assert status == 200, f"the bot answered {status}"
        if body:
            self.server.check_message(body, welcome=True)
            self.inbox.append(body)
            await self.server.notify()
        return body

    async def send(self, text: str, tracking_data: str | None = None) -> int:
        return await self._message({"type": "text", "text": text}, tracking_data)

    async def share_contact(self, phone: str) -> int:
        contact = {"name": self.name, "phone_number": phone}
        return await self._message({"type": "contact", "contact": contact})

    async def send_sticker(self) -> int:
        return await self._message({"type": "sticker", "sticker_id": 46105})

    async def _message(self, message: dict[str, Any], tracking_data: str | None = None) -> int:
        last = self.keyboard_message()
        echo = tracking_data if tracking_data is not None else (last or {}).get("tracking_data")
        if echo:
            message["tracking_data"] = echo  # Viber echoes the bot's last tracking_data
        event = self.server.event("message", sender=self.profile(), message=message)
        self.read = len(self.inbox)  # the answer may come before the webhook call returns
        status, _ = await self.server.post_event(event)
        return status

    def keyboard_message(self) -> dict[str, Any] | None:
        """The message whose keyboard the person sees: Viber shows only the latest one."""
        for message in reversed(self.inbox):
            if "keyboard" in message:
                return message
        return None

    def buttons(self) -> list[dict[str, Any]]:
        latest = self.keyboard_message()
        return list(latest["keyboard"]["Buttons"]) if latest else []

    def labels(self) -> list[str]:
        return [b.get("Text", "") for b in self.buttons()]

    async def press(self, label: str) -> dict[str, Any]:
        """Tap the first button of the current keyboard whose text contains `label`."""
        for button in self.buttons():
            if label.lower() in button.get("Text", "").lower():
                action = button.get("ActionType", "reply")
                if action == "share-phone":
                    await self.share_contact(self.server.phone_of(self))
                elif action == "open-url":
                    await self._message({"type": "url", "media": button["ActionBody"]})
                else:
                    await self.send(button["ActionBody"])
                return button
        raise AssertionError(f"no button {label!r} in {self.labels()}")

    async def unsubscribe(self, tell_bot: bool = True) -> None:
        """From now on Viber refuses messages to this person (status 6). tell_bot=False: the
        unsubscribed event never reached the bot (it was down, say)."""
        self.server.unsubscribed.add(self.id)
        if tell_bot:
            status, _ = await self.server.post_event(
                self.server.event("unsubscribed", user_id=self.id)
            )
            assert status == 200

    async def wait_message(self, predicate=None, timeout: float = 10) -> dict[str, Any]:  # type: ignore[no-untyped-def]
        """The next message the bot sent this person since their last action (or since the
        message this returned last time) that matches `predicate`."""

        def find() -> dict[str, Any] | None:
            for index in range(self.read, len(self.inbox)):
                if predicate is None or predicate(self.inbox[index]):
                    self.read = index + 1
                    return self.inbox[index]
            return None

        return await self.server.wait_for(  # type: ignore[no-any-return]
            find, timeout, lambda: f"no matching message for {self.name}; last: {self.texts()[-3:]}"
        )

    async def wait_messages(self, count: int, timeout: float = 10) -> list[dict[str, Any]]:
        return [await self.wait_message(timeout=timeout) for _ in range(count)]

    def texts(self) -> list[str]:
        return [m.get("text", "") for m in self.inbox]


class FakeViber:
    def __init__(self, token: str = TOKEN, public_url: str = PUBLIC_URL):
        self.token = token
        self.public_url = public_url
        self.api = Api(BotConfiguration(token, "infopoint", None))
        self.port = _free_port()
        self.calls: list[Call] = []
        self.refused: list[tuple[str, int, str]] = []
        self.failures: list[Failure] = []
        self.users: dict[str, ViberUser] = {}
        self.phones: dict[str, str] = {}
        self.unsubscribed: set[str] = set()
        self.webhook_url: str | None = None
        self.webhook_events: list[str] | None = None
        self.webhook_target: str | None = None  # where public_url really points (the proxy)
        self.tokens = itertools.count(5_000_000_000_000_000_000)
        self.changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._http = httpx.AsyncClient(timeout=30)

    # --- lifecycle ------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/pa"

    async def __aenter__(self) -> FakeViber:
        app = web.Application()
        app.router.add_post("/pa/{method}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.5)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._http.aclose()
        if self._runner:
            await self._runner.cleanup()

    # --- world ----------------------------------------------------------------------------
    def user(
        self, name: str = "Test", language: str = "uk", api_version: int = 8, phone: str = ""
    ) -> ViberUser:
        raw = f"viber-user-{len(self.users) + 1}-{name}".encode()
        user_id = base64.b64encode(raw.ljust(16, b"."))[:22].decode() + "=="
        user = ViberUser(self, user_id, name, language, api_version)
        self.users[user_id] = user
        self.phones[user_id] = phone or f"38050{len(self.users):07d}"
        return user

    def phone_of(self, user: ViberUser) -> str:
        return self.phones[user.id]

    def fail(self, method: str, status: int, times: int = 1) -> None:
        self.failures.append(Failure(method, status, times))

    def event(self, name: str, **fields: Any) -> dict[str, Any]:
        return {
            "event": name,
            "timestamp": int(time.time() * 1000),
            "chat_hostname": "SN-CHAT-01_",
            "message_token": next(self.tokens),
            **fields,
        }

    # --- posting events to the bot ----------------------------------------------------------
    def target(self, url: str) -> str:
        """The reverse proxy: a public https URL -> the bot's local address."""
        if self.webhook_target and url.startswith(self.public_url):
            return self.webhook_target.rstrip("/") + url[len(self.public_url) :]
        return url

    async def post_event(
        self, event: dict[str, Any], *, signature: str | None = "valid", url: str | None = None
    ) -> tuple[int, dict[str, Any] | None]:
        """POST a signed event to the webhook; returns (HTTP status, JSON body or None)."""
        body = json.dumps(event, ensure_ascii=False).encode()
        self.api.parse_request(body)  # viberbot must accept the event we made up
        headers = {"Content-Type": "application/json"}
        if signature == "valid":
            headers["X-Viber-Content-Signature"] = self.api._calculate_message_signature(body)
        elif signature is not None:
            headers["X-Viber-Content-Signature"] = signature
        target = url or self.webhook_url
        assert target, "no webhook set"
        response = await self._http.post(self.target(target), content=body, headers=headers)
        data = None
        if response.content:
            try:
                data = response.json()
            except ValueError:
                data = None
        return response.status_code, data

    async def post_raw(self, body: bytes) -> int:
        """POST any bytes, correctly signed, to the webhook (malformed events); the status."""
        headers = {
            "Content-Type": "application/json",
            "X-Viber-Content-Signature": self.api._calculate_message_signature(body),
        }
        assert self.webhook_url, "no webhook set"
        response = await self._http.post(
            self.target(self.webhook_url), content=body, headers=headers
        )
        return response.status_code

    # --- looking at what the bot did --------------------------------------------------------
    def sent(self, method: str = "send_message") -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def notify(self) -> None:
        async with self.changed:
            self.changed.notify_all()

    async def wait_for(self, find, timeout: float, describe):  # type: ignore[no-untyped-def]
        deadline = asyncio.get_running_loop().time() + timeout
        async with self.changed:
            while (found := find()) is None:
                left = deadline - asyncio.get_running_loop().time()
                if left <= 0:
                    raise AssertionError(describe())
                try:
                    await asyncio.wait_for(self.changed.wait(), left)
                except TimeoutError:
                    pass
        return found

    async def wait_until(self, condition, timeout: float = 10) -> None:  # type: ignore[no-untyped-def]
        await self.wait_for(lambda: True if condition() else None, timeout, lambda: "timed out")

    # --- the HTTP side ----------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        raw = await request.read()
        try:
            if request.headers.get("X-Viber-Auth-Token") != self.token:
                raise Refused(2, "invalidAuthToken")
            if len(raw) > BODY_LIMIT:
                raise Refused(3, "badData: the JSON is over 30 KB")
            try:
                body = json.loads(raw)
            except ValueError:
                raise Refused(3, "badData: not JSON") from None
            http_status = self._maybe_fail(method)
            if http_status:
                return web.Response(status=http_status, text="Bad Gateway")
            result = await self._dispatch(method, body)
        except Refused as exc:
            self.refused.append((method, exc.status, str(exc)))
            return web.json_response(
                {"status": exc.status, "status_message": STATUS.get(exc.status, str(exc))}
            )
        await self.notify()
        return web.json_response({"status": 0, "status_message": "ok", **result})

    def _maybe_fail(self, method: str) -> int | None:
        for failure in self.failures:
            if failure.method == method and failure.times > 0:
                failure.times -= 1
                if failure.status >= 500:
                    return failure.status
                raise Refused(failure.status, STATUS.get(failure.status, "error"))
        return None

    async def _dispatch(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        if method == "set_webhook":
            return await self._set_webhook(body)
        if method == "send_message":
            return self._send_message(body)
        if method == "get_account_info":
            self.calls.append(Call(method, body))
            return {"id": "pa:1", "name": "infopoint", "uri": "infopoint", "subscribers_count": 0}
        raise Refused(3, f"badData: unknown method {method}")

    async def _set_webhook(self, body: dict[str, Any]) -> dict[str, Any]:
        url = body.get("url")
        if not isinstance(url, str) or not url.startswith("https://"):
            raise Refused(1, "invalidUrl")
        # Viber calls the new webhook back before it answers: it must already be listening.
        try:
            status, _ = await self.post_event(self.event("webhook"), url=url)
        except httpx.HTTPError:
            raise Refused(1, "invalidUrl: the webhook does not answer") from None
        if status != 200:
            raise Refused(1, f"invalidUrl: the webhook answered {status}")
        self.webhook_url = url
        self.webhook_events = body.get("event_types")
        self.calls.append(Call("set_webhook", body))
        return {"event_types": self.webhook_events or ["delivered", "seen", "failed"]}

    def _send_message(self, body: dict[str, Any]) -> dict[str, Any]:
        receiver = body.get("receiver")
        if not receiver:
            raise Refused(4, "missingData: receiver")
        parsed = self.check_message(body)
        if receiver in self.unsubscribed:
            raise Refused(6, "receiverNotSubscribed")
        self.calls.append(Call("send_message", body, parsed))
        user = self.users.get(receiver)
        if user is not None:
            user.inbox.append(body)
        return {"message_token": next(self.tokens), "chat_hostname": "SN-CHAT-01_"}

    def check_message(self, body: dict[str, Any], welcome: bool = False) -> Any:
        """Viber's checks of a message (a send_message body, or the welcome in a response)."""
        sender = body.get("sender")
        if not isinstance(sender, dict) or not sender.get("name"):
            raise Refused(4, "missingData: sender.name")
        if len(sender["name"]) > 28:
            raise Refused(3, "badData: sender.name over 28 characters")
        api = body.get("min_api_version", 1)
        kind = body.get("type")
        if kind is None and "keyboard" not in body:
            raise Refused(4, "missingData: type")
        if kind == "text":
            text = body.get("text")
            if not isinstance(text, str) or not text.strip():
                raise Refused(4, "missingData: text")
            if len(text) > TEXT_LIMIT:
                raise Refused(3, "badData: text over 7000 characters")
        if kind == "file":
            for key in ("media", "size", "file_name"):
                if not body.get(key):
                    raise Refused(4, f"missingData: {key}")
        if "keyboard" in body:
            _check_keyboard(body["keyboard"], api)
        parsed = (
            viber_messages.get_message(body)
            if kind
            else viber_messages.KeyboardMessage().from_dict(body)
        )
        if not parsed.validate():
            raise Refused(3, f"badData: viberbot rejects {parsed}")
        if welcome and "receiver" in body:
            raise Refused(3, "badData: a welcome message has no receiver")
        return parsed


def _check_keyboard(keyboard: Any, api: int) -> None:
    if not isinstance(keyboard, dict) or keyboard.get("Type") != "keyboard":
        raise Refused(3, "badData: keyboard.Type must be 'keyboard'")
    buttons = keyboard.get("Buttons")
    if not isinstance(buttons, list) or not buttons:
        raise Refused(4, "missingData: keyboard.Buttons")
    if len(buttons) > MAX_BUTTONS:
        raise Refused(3, f"badData: {len(buttons)} buttons (at most {MAX_BUTTONS})")
    for button in buttons:
        if not button.get("ActionBody"):
            raise Refused(4, "missingData: ActionBody")
        action = button.get("ActionType", "reply")
        if action not in ACTION_TYPES:
            raise Refused(3, f"badData: ActionType {action!r}")
        if action == "share-phone" and api < 3:
            raise Refused(3, "badData: share-phone needs min_api_version 3")
        if action == "open-url" and not str(button["ActionBody"]).startswith("https://"):
            raise Refused(3, "badData: open-url needs a URL")
        if not 1 <= int(button.get("Columns", 6)) <= 6 or not 1 <= int(button.get("Rows", 1)) <= 2:
            raise Refused(3, "badData: Columns 1-6, Rows 1-2")
        if len(button.get("Text", "")) > 250:
            raise Refused(3, "badData: button Text over 250 characters")
        if not any(button.get(k) for k in ("Text", "BgMedia", "Image", "BgColor")):
            raise Refused(3, "badData: a button needs Text, BgMedia, Image or BgColor")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
