"""Viber adapter on the Viber REST bot API: webhook events -> Incoming, Reply -> send_message.

Events arrive at bot.web (which checks their signature) and come here; replies go out through
`ViberClient` (httpx). Rendering (plain text, keyboards, pages) is in viber_render.

Viber specifics handled here:
- conversation_started: the person is not subscribed yet, so the welcome goes back in the HTTP
  response (the only message Viber allows then), not through send_message;
- subscribed / unsubscribed are recorded (bot.storage.viber); nobody unsubscribed is messaged:
  the sender raises Undeliverable and the outbox reports it to staff;
- a tap on a button is a text message whose text is the button's ActionBody (see viber_render).
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Callable
from typing import Any

import httpx

from bot.channels import viber_render as render
from bot.core import Incoming, Reply
from bot.dispatch import Core
from bot.outbox import RetryLater, Undeliverable
from bot.storage import Database
from bot.storage import outbox as outbox_store
from bot.storage import sessions as session_store
from bot.storage import viber as store

log = logging.getLogger(__name__)

CHANNEL = "viber"
SIGNATURE_HEADER = "X-Viber-Content-Signature"
AUTH_HEADER = "X-Viber-Auth-Token"
SENDER_NAME_LIMIT = 28
EVENT_TYPES = ["subscribed", "unsubscribed", "conversation_started", "failed"]
FILES_KEPT = dt.timedelta(days=7)
# send_message statuses (https://developers.viber.com/docs/api/rest-bot-api/#error-codes)
OK = 0
NOT_REGISTERED, NOT_SUBSCRIBED, NO_SUITABLE_DEVICE, TOO_MANY_REQUESTS = 5, 6, 11, 12
NEVER = {NOT_REGISTERED, NOT_SUBSCRIBED, NO_SUITABLE_DEVICE}
OUR_MISTAKE = {3, 4, 13, 14, 17}  # bad or missing data, API version: retrying cannot help
UNSUPPORTED = {"picture", "video", "file", "sticker", "location", "rich_media"}


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


class ViberChannel:
    """Wires Viber to the core: events in, rendered replies out."""

    def __init__(
        self,
        core: Core,
        client: ViberClient,
        *,
        files_url: str | None = None,  # public URL under which bot.web serves /files
    ):
        self.core = core
        self.client = client
        self.files_url = files_url
        self.services = core.services
        self._locks: dict[str, asyncio.Lock] = {}
        self._recent: collections.OrderedDict[str, None] = collections.OrderedDict()

    @property
    def db(self) -> Database:
        return self.services.db

    def clock(self) -> dt.datetime:
        return self.services.clock()

    # --- events ---------------------------------------------------------------------------
    async def on_event(self, event: dict[str, Any]) -> dict[str, Any] | None:
        """Handle one webhook event; a dict returned is the HTTP response body (the welcome)."""
        kind = event.get("event")
        if kind in ("message", "conversation_started") and self._repeated(event):
            return None  # Viber re-sends an event it thinks we missed
        if kind == "conversation_started":
            return await self._conversation_started(event)
        if kind == "message":
            await self._message(event)
        elif kind == "subscribed":
            user = event.get("user") or {}
            await self._seen(str(user.get("id", "")), user.get("api_version"), True)
        elif kind == "unsubscribed":
            async with self.db.transaction() as tx:
                await store.unsubscribe(tx, str(event.get("user_id", "")), self.clock())
        elif kind == "failed":
            log.warning("Viber could not show a message to a person: %s", event.get("desc"))
        return None

    def _repeated(self, event: dict[str, Any]) -> bool:
        token = str(event.get("message_token", ""))
        if not token:
            return False
        if token in self._recent:
            return True
        self._recent[token] = None
        while len(self._recent) > 1000:
            self._recent.popitem(last=False)
        return False

    async def _seen(self, user_id: str, api_version: Any, subscribed: bool | None) -> None:
        if not user_id:
            return
        version = int(api_version) if isinstance(api_version, int) else None
        async with self.db.transaction() as tx:
            await store.seen(tx, user_id, self.clock(), api_version=version, subscribed=subscribed)

    async def _conversation_started(self, event: dict[str, Any]) -> dict[str, Any] | None:
        user = event.get("user") or {}
        user_id = str(user.get("id", ""))
        if not user_id:
            return None
        await self._seen(user_id, user.get("api_version"), bool(event.get("subscribed")))
        incoming = Incoming(
            CHANNEL, user_id, user_id, language_hint=user.get("language"), command="start"
        )
        async with self._lock(user_id):
            replies = await self.core.handle(incoming)
            bodies = await self.bodies(user_id, replies)
        # Only one message may go back before the person subscribes: the first one.
        return self.client.message(bodies[0]) if bodies else None

    async def _message(self, event: dict[str, Any]) -> None:
        sender = event.get("sender") or {}
        user_id = str(sender.get("id", ""))
        if not user_id:
            return
        await self._seen(user_id, sender.get("api_version"), True)  # a message subscribes
        message = event.get("message") or {}
        async with self._lock(user_id):
            if message.get("type") == "text":
                kind, value = render.parse_body(str(message.get("text", "")))
                if kind == "page":
                    await self._turn_page(user_id, value)
                    return
            incoming = to_incoming(user_id, sender.get("language"), message)
            if incoming is None:
                return
            replies = await self.core.handle(incoming)
            await self.deliver(user_id, replies)

    def _lock(self, user_id: str) -> asyncio.Lock:
        """One event per person at a time, so that replies go out in order."""
        if len(self._locks) > 1000:
            self._locks = {k: v for k, v in self._locks.items() if v.locked()}
        return self._locks.setdefault(user_id, asyncio.Lock())

    # --- outgoing -------------------------------------------------------------------------
    async def deliver(self, user_id: str, replies: list[Reply]) -> None:
        """Send the replies to a turn; what cannot be sent now waits in the outbox."""
        for index, reply in enumerate(replies):
            last = index == len(replies) - 1
            try:
                for body in await self.bodies(user_id, [reply], keys_from=replies if last else []):
                    await self.client.send(user_id, body)
            except (httpx.HTTPError, ViberApiError) as exc:
                log.warning("sending to Viber failed (%s); the rest waits in the outbox", exc)
                async with self.db.transaction() as tx:
                    for rest in replies[index:]:
                        await outbox_store.enqueue(tx, self.clock(), CHANNEL, user_id, rest)
                if self.services.outbox_wakeup:
                    self.services.outbox_wakeup()
                return

    async def bodies(
        self,
        user_id: str,
        replies: list[Reply],
        *,
        keys_from: list[Reply] | None = None,
        keep: bool = False,
    ) -> list[dict[str, Any]]:
        """The messages for some replies.

        Viber shows only the latest keyboard, so it goes on the final message, made from the
        last of `keys_from` (default: the replies) that has buttons; `keys_from=[]` leaves the
        keyboard alone. With `keep`, a reply without buttons (a reminder, a staff reply) keeps
        the keyboard the person has, instead of taking it away in the middle of a choice.
        """
        keys_from = replies if keys_from is None else keys_from
        async with self.db.transaction() as tx:
            user = await store.get(tx, user_id)
            api_version = user.api_version if user else 1
            out: list[dict[str, Any]] = []
            for reply in replies:
                out += render.text_bodies(reply)
                if reply.attachment is not None and self.files_url:
                    out.append(await self._file_body(tx, reply))
            if not keys_from:
                return out
            source = next((r for r in reversed(keys_from) if _sets_keyboard(r)), None)
            keys: list[render.Key] = []
            page = 0
            if source is not None:
                keys = render.keys_of(source, api_version)
            elif keep and user is not None and user.keyboard:
                keys = [render.Key.from_json(k) for k in user.keyboard]
                page = user.keyboard_page
            shown, page = render.page_of(keys, page, *await self._page_labels(tx, user_id))
            await store.save_keyboard(tx, user_id, self.clock(), render.keys_json(keys), page)
        if not out and not shown:
            return []
        final = out.pop() if out else None
        return [*out, render.with_keyboard(final, shown)]

    async def _file_body(self, tx, reply: Reply) -> dict[str, Any]:  # type: ignore[no-untyped-def]
        attachment = reply.attachment
        assert attachment is not None
        token = secrets.token_urlsafe(24)
        now = self.clock()
        await store.delete_files_before(tx, now - FILES_KEPT)
        await store.add_file(
            tx, token, attachment.filename, attachment.mime_type, attachment.content, now
        )
        return {
            "type": "file",
            "media": f"{self.files_url}/{token}/{attachment.filename}",
            "size": len(attachment.content),
            "file_name": attachment.filename,
        }

    async def _page_labels(self, tx, user_id: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
        session = await session_store.find(tx, CHANNEL, user_id)
        lang = (session.language if session else None) or self.services.settings.default_language
        t = self.services.t
        return t(lang, "viber_btn_more"), t(lang, "viber_btn_back")

    async def _turn_page(self, user_id: str, value: str) -> None:
        async with self.db.transaction() as tx:
            user = await store.get(tx, user_id)
            if user is None or not user.keyboard or not value.isdigit():
                keys = None
            else:
                keys = [render.Key.from_json(k) for k in user.keyboard]
                labels = await self._page_labels(tx, user_id)
                shown, page = render.page_of(keys, int(value), *labels)
                await store.save_keyboard(tx, user_id, self.clock(), user.keyboard, page)
        if keys is None:  # a keyboard from before a restart of this feature: show the menu
            await self.deliver(user_id, await self.core.handle(_expired(user_id)))
            return
        try:
            await self.client.send(user_id, render.with_keyboard(None, shown))
        except (httpx.HTTPError, ViberApiError) as exc:
            log.warning("sending a keyboard page to Viber failed: %s", exc)


def _sets_keyboard(reply: Reply) -> bool:
    return bool(reply.buttons or reply.request_contact or reply.close_keyboard)


def _expired(user_id: str) -> Incoming:
    return Incoming(CHANNEL, user_id, user_id, payload="\u2062")  # no handler: "expired"


def to_incoming(user_id: str, language: Any, message: dict[str, Any]) -> Incoming | None:
    base: dict[str, Any] = {
        "channel": CHANNEL,
        "user_id": user_id,
        "chat_id": user_id,
        "language_hint": language if isinstance(language, str) else None,
    }
    kind = message.get("type")
    if kind == "text":
        what, value = render.parse_body(str(message.get("text", "")))
        if what == "payload":
            too_long = len(value.encode()) > 64
            return Incoming(payload="\u2062" if too_long else value, **base)
        if what == "command":
            head, _, args = value[1:].partition(" ")
            return Incoming(command=head.lower(), args=args.strip(), **base)
        return Incoming(text=value, **base)
    if kind == "contact":
        contact = message.get("contact") or {}
        return Incoming(contact_phone=str(contact.get("phone_number", "")), **base)
    if kind == "url":
        return None  # the echo of an open-url button (a map link): nothing to answer
    return Incoming(unsupported=kind if kind in UNSUPPORTED else "other", **base)


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
