"""A fake Telegram Bot API server on 127.0.0.1 that speaks the real JSON protocol.

It refuses what Telegram would refuse, checked against the Bot API 10.0 specification kept in
tests/support/botapi.json (regenerate with extract_botapi.py): unknown methods and parameters,
missing required parameters, unknown fields in nested objects (keyboards), text over 4096
characters after entity parsing, callback_data over 64 bytes, and broken HTML.

Usage:

    async with FakeTelegram() as tg:
        staff = tg.group(-100200, "Staff")
        anna = tg.user(language_code="uk", first_name="Anna")
        tg.set_member(staff, anna)                      # anna is in the staff chat
        ...start the bot with base_url=tg.base_url...
        await anna.send("/start")                       # private message
        msg = await anna.wait_message()                 # next message the bot sends her
        await anna.press("Polski")                      # taps a button on her latest message
        await anna.send("/requests", chat=staff)        # in the group
        await anna.reply(staff_msg, "text", chat=staff) # reply to a bot message in the group
        tg.fail("sendMessage", status=429, retry_after=1)  # next call(s) fail
        await tg.stop_listening(); await tg.start_listening()  # connection refused meanwhile
        tg.calls                                        # every accepted call: Call(method, params)
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import socket
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from aiohttp import web

SPEC = json.loads(Path(__file__).with_name("botapi.json").read_text(encoding="utf-8"))
TOKEN = "123456:TEST-token"
BOT_ID = 123456
TEXT_LIMIT = 4096
RESTRICTED_RIGHTS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
    "can_edit_tag",
)
CALLBACK_DATA_LIMIT = 64
HTML_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "tg-emoji",
    "code",
    "pre",
    "blockquote",
    "tg-time",
}


class ApiError(Exception):
    def __init__(
        self, code: int, description: str, retry_after: int | None = None, page: bool = False
    ):
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after
        self.page = page  # answered with a proxy's HTML page, not the Bot API's JSON


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Failure:
    method: str
    status: int
    retry_after: int | None
    times: int
    chat_id: int | None
    page: bool = False


class _HtmlChecker(HTMLParser):
    """Telegram's HTML subset: known tags, properly nested, only a few entities."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            self.error = self.error or f'unsupported start tag "{tag}"'
        if tag == "a" and not any(k == "href" for k, _ in attrs):
            self.error = self.error or "a tag without href"
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.error = self.error or f'unmatched end tag "{tag}"'
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in {"lt", "gt", "amp", "quot"}:
            self.error = self.error or f"unsupported entity &{name};"
        self.text.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.text.append(html.unescape(f"&#{name};"))


def parse_html(text: str) -> str:
    """Plain text of a parse_mode=HTML message, or ApiError 400 like Telegram's."""
    if re.search(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", text):
        raise ApiError(400, "Bad Request: can't parse entities: unescaped & or unknown entity")
    if re.search(r"<(?![a-zA-Z/])", text):
        raise ApiError(400, "Bad Request: can't parse entities: unexpected <")
    checker = _HtmlChecker()
    checker.feed(text)
    checker.close()
    if checker.error is None and checker.stack:
        checker.error = f'unclosed tag "{checker.stack[-1]}"'
    if checker.error:
        raise ApiError(400, f"Bad Request: can't parse entities: {checker.error}")
    return "".join(checker.text)


class FakeUser:
    def __init__(
        self, server: FakeTelegram, user_id: int, first_name: str, language_code: str | None
    ):
        self.server = server
        self.id = user_id
        self.first_name = first_name
        self.language_code = language_code

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            data["language_code"] = self.language_code
        return data

    def _chat(self, chat: FakeChat | None) -> FakeChat:
        return chat or self.server.private_chat(self)

    async def send(self, text: str, chat: FakeChat | None = None, **extra: Any) -> dict[str, Any]:
        message = self.server.user_message(self, self._chat(chat), text=text, **extra)
        if text.startswith("/"):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
        self.server.push_update({"message": message})
        return message

    async def reply(
        self, to: dict[str, Any], text: str, chat: FakeChat | None = None
    ) -> dict[str, Any]:
        return await self.send(text, chat, reply_to_message=to)

    async def send_in_topic(self, text: str, chat: FakeChat, topic: int) -> dict[str, Any]:
        """A message written in a forum topic of a supergroup."""
        return await self.send(text, chat, message_thread_id=topic, is_topic_message=True)

    async def share_location(self, latitude: float, longitude: float) -> None:
        location = {"latitude": latitude, "longitude": longitude}
        message = self.server.user_message(self, self._chat(None), location=location)
        self.server.push_update({"message": message})

    async def share_contact(self, phone: str, own: bool = True) -> None:
        contact = {"phone_number": phone, "first_name": self.first_name}
        if own:
            contact["user_id"] = self.id
        message = self.server.user_message(self, self._chat(None), contact=contact)
        self.server.push_update({"message": message})

    async def send_sticker(self) -> None:
        sticker = {
            "file_id": "st1",
            "file_unique_id": "st1u",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        message = self.server.user_message(self, self._chat(None), sticker=sticker)
        self.server.push_update({"message": message})

    async def press(
        self, label: str, chat: FakeChat | None = None, message: dict[str, Any] | None = None
    ) -> str:
        """Tap the inline button containing `label` on `message` (default: newest with buttons)."""
        target = message or self.server.latest_with_buttons(self._chat(chat).id)
        if target is None:
            raise AssertionError(f"no message with buttons in chat {self._chat(chat).id}")
        for row in target.get("reply_markup", {}).get("inline_keyboard", []):
            for button in row:
                if label.lower() in button["text"].lower() and "callback_data" in button:
                    await self.press_data(button["callback_data"], target)
                    return button["callback_data"]
        labels = [
            b["text"]
            for row in target.get("reply_markup", {}).get("inline_keyboard", [])
            for b in row
        ]
        raise AssertionError(f"no button {label!r} in {labels}")

    async def press_data(self, data: str, message: dict[str, Any]) -> None:
        query = {
            "id": str(next(self.server.ids)),
            "from": self.as_json(),
            "chat_instance": "ci",
            "data": data,
            "message": message,
        }
        self.server.push_update({"callback_query": query})

    def messages(self, chat: FakeChat | None = None) -> list[dict[str, Any]]:
        return self.server.messages_in(self._chat(chat).id)

    async def wait_message(
        self,
        predicate=None,
        chat: FakeChat | None = None,  # type: ignore[no-untyped-def]
        timeout: float = 10,
    ) -> dict[str, Any]:
        return await self.server.wait_message(self._chat(chat).id, predicate, timeout)


@dataclass
class FakeChat:
    id: int
    type: str
    title: str | None = None
    topics: tuple[int, ...] = ()  # a forum supergroup: its topics' message_thread_id

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.title:
            data["title"] = self.title
        if self.topics:
            data["is_forum"] = True
        return data


class FakeTelegram:
    def __init__(self, token: str = TOKEN):
        self.token = token
        self.ids = itertools.count(1000)
        self.user_ids = itertools.count(5001)
        self.update_ids = itertools.count(1)
        self.message_ids = itertools.count(1)
        self.updates: list[dict[str, Any]] = []
        self.calls: list[Call] = []
        self.refused: list[tuple[str, str]] = []
        self.failures: list[Failure] = []
        self.slow_calls: dict[tuple[str, int | None], float] = {}  # see slow()
        self.chats: dict[int, FakeChat] = {}
        self.members: dict[tuple[int, int], str] = {}
        self.restricted_in: dict[tuple[int, int], bool] = {}
        self.messages: dict[int, dict[int, dict[str, Any]]] = {}
        self.files: list[dict[str, Any]] = []
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.get_updates_at: list[float] = []
        self.read_upto: dict[int, int] = {}  # per chat: calls already read by wait_message
        self.changed = asyncio.Condition()
        self._closing = False  # see __aexit__
        self.port = _free_port()
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self.webhook_url: str | None = None
        # Webhook mode (bot.web): see `post_webhook`.
        self.webhook_secret: str | None = None
        self.webhook_allowed: list[str] | None = None
        self.webhook_target: str | None = None  # where the public https URL really points
        self.webhook_answers: list[int] = []  # the bot's HTTP status for each posted update

    # --- lifecycle ------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def __aenter__(self) -> FakeTelegram:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.5)
        await self._runner.setup()
        await self.start_listening()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner:
            # a long poll still open (a bot's last getUpdates) returns now: the cleanup would
            # otherwise wait its shutdown_timeout for it at the end of each test
            self._closing = True
            await self._notify()
            await self._runner.cleanup()

    async def start_listening(self) -> None:
        assert self._runner is not None
        self._site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await self._site.start()

    async def stop_listening(self) -> None:
        """Close the port: clients now get 'connection refused'."""
        if self._site is not None:
            await self._site.stop()
            self._site = None

    async def go_offline(self) -> None:
        """A real outage: stop listening AND drop the connections clients keep alive, so every
        call fails (connection refused or reset) until `start_listening()`. (Added for the
        callback-request tests: `stop_listening` alone leaves keep-alive connections working.)
        """
        await self.stop_listening()
        server = self._runner.server if self._runner is not None else None
        for handler in server.connections if server is not None else []:
            handler.force_close()

    # --- world ----------------------------------------------------------------------------
    def user(
        self, first_name: str = "Test", language_code: str | None = "en", user_id: int | None = None
    ) -> FakeUser:
        user = FakeUser(self, user_id or next(self.user_ids), first_name, language_code)
        self.chats[user.id] = FakeChat(user.id, "private")
        return user

    def private_chat(self, user: FakeUser) -> FakeChat:
        return self.chats[user.id]

    def group(
        self, chat_id: int, title: str, bot_status: str = "member", topics: tuple[int, ...] = ()
    ) -> FakeChat:
        """A supergroup; with `topics`, a forum with those topics (message_thread_id)."""
        chat = FakeChat(chat_id, "supergroup", title, topics)
        self.chats[chat_id] = chat
        self.members[(chat_id, BOT_ID)] = bot_status
        return chat

    def set_member(
        self, chat: FakeChat, user: FakeUser, status: str = "member", *, is_member: bool = True
    ) -> None:
        """`status` as Telegram names it; a `restricted` user may or may not be in the chat."""
        self.members[(chat.id, user.id)] = status
        self.restricted_in[(chat.id, user.id)] = is_member

    def remove_member(self, chat: FakeChat, user: FakeUser) -> None:
        """An admin removes `user` from the group: Telegram sends a chat_member update."""
        old = self.members.get((chat.id, user.id), "member")
        self.members[(chat.id, user.id)] = "left"
        now = int(time.time())
        admin = {"id": 999, "is_bot": False, "first_name": "Admin"}
        self.push_update(
            {
                "chat_member": {
                    "chat": chat.as_json(),
                    "from": admin,
                    "date": now,
                    "old_chat_member": {"status": old, "user": user.as_json()},
                    "new_chat_member": {"status": "left", "user": user.as_json()},
                }
            }
        )

    def fail(
        self,
        method: str,
        status: int,
        *,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | None = None,
        page: bool = False,
    ) -> None:
        """The next `times` calls of `method` (for that chat, or any) fail with `status`; with
        `page`, answered by an HTML page (a proxy in front of the Bot API) instead of JSON."""
        self.failures.append(Failure(method, status, retry_after, times, chat_id, page))

    def slow(self, method: str, seconds: float, chat_id: int | None = None) -> None:
        """Answer `method` calls (for that chat, or any) only after `seconds`: Telegram slow to
        take them, or far away; 0 ends it."""
        self.slow_calls[(method, chat_id)] = seconds

    def user_message(self, user: FakeUser, chat: FakeChat, **content: Any) -> dict[str, Any]:
        return {
            "message_id": next(self.message_ids),
            "date": int(time.time()),
            "chat": chat.as_json(),
            "from": user.as_json(),
            **content,
        }

    def push_update(self, update: dict[str, Any]) -> None:
        update["update_id"] = next(self.update_ids)
        if self.webhook_url:  # like Telegram: with a webhook set, updates are POSTed to it
            asyncio.get_running_loop().create_task(self.post_webhook(update))
            return
        self.updates.append(update)
        asyncio.get_running_loop().create_task(self._notify())

    async def post_webhook(self, update: dict[str, Any], secret: str | None = "registered") -> int:
        """POST an update to the registered webhook with the secret header, as Telegram does
        (secret=None: no header; any other string: that header). Returns the HTTP status."""
        import httpx

        assert self.webhook_url, "no webhook set"
        update.setdefault("update_id", next(self.update_ids))
        url = self.webhook_url
        if self.webhook_target and "://" in url:
            path = url.split("://", 1)[1].partition("/")[2]
            url = f"{self.webhook_target.rstrip('/')}/{path}"
        headers = {}
        token = self.webhook_secret if secret == "registered" else secret
        if token is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = token
        async with httpx.AsyncClient(timeout=30) as client:
            response = await client.post(url, json=update, headers=headers)
        self.webhook_answers.append(response.status_code)
        await self._notify()
        return response.status_code

    async def _notify(self) -> None:
        async with self.changed:
            self.changed.notify_all()

    # --- looking at what the bot did --------------------------------------------------------
    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def messages_in_topic(self, chat_id: int, topic: int | None) -> list[dict[str, Any]]:
        """The bot's messages in one forum topic (None: outside every topic)."""
        return [m for m in self.messages_in(chat_id) if m.get("message_thread_id") == topic]

    def messages_in(self, chat_id: int) -> list[dict[str, Any]]:
        return list(self.messages.get(chat_id, {}).values())

    def latest_with_buttons(self, chat_id: int) -> dict[str, Any] | None:
        for message in reversed(self.messages_in(chat_id)):
            if message.get("reply_markup", {}).get("inline_keyboard"):
                return message
        return None

    async def wait_message(self, chat_id: int, predicate=None, timeout: float = 10):  # type: ignore[no-untyped-def]
        """The next message the bot sent (or edited) in chat_id that no earlier wait consumed,
        matching predicate. Messages are consumed in order, like reading a chat, so a message
        that arrived before the wait started is still found: tests need no sleeps and no races.
        """
        deadline = asyncio.get_running_loop().time() + timeout

        def match() -> dict[str, Any] | None:
            start = self.read_upto.get(chat_id, 0)
            for index in range(start, len(self.calls)):
                call = self.calls[index]
                if (
                    call.method in ("sendMessage", "editMessageText", "sendDocument")
                    and int(call.params.get("chat_id", 0)) == chat_id
                ):
                    message = call.params["_result"]
                    if predicate is None or predicate(message):
                        self.read_upto[chat_id] = index + 1
                        return message
            return None

        async with self.changed:
            while (found := match()) is None:
                left = deadline - asyncio.get_running_loop().time()
                if left <= 0:
                    texts = [m.get("text", "")[:80] for m in self.messages_in(chat_id)[-5:]]
                    raise AssertionError(f"no matching message in chat {chat_id}; last: {texts}")
                try:
                    await asyncio.wait_for(self.changed.wait(), left)
                except TimeoutError:
                    pass
        return found

    async def wait_until(self, condition, timeout: float = 10) -> None:  # type: ignore[no-untyped-def]
        deadline = asyncio.get_running_loop().time() + timeout
        async with self.changed:
            while not condition():
                left = deadline - asyncio.get_running_loop().time()
                if left <= 0:
                    raise AssertionError("condition not reached in time")
                try:
                    await asyncio.wait_for(self.changed.wait(), left)
                except TimeoutError:
                    pass

    # --- the HTTP side ----------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return _error(ApiError(401, "Unauthorized"))
        try:
            params = await self._params(request, method)
            self._validate(method, params)
            self._maybe_fail(method, params)
            chat = int(params.get("chat_id", 0) or 0)
            delay = self.slow_calls.get((method, chat)) or self.slow_calls.get((method, None))
            if delay:
                await asyncio.sleep(delay)
            result = await self._dispatch(method, params)
        except ApiError as exc:
            self.refused.append((method, exc.description))
            return _error(exc)
        call = Call(method, {**params, "_result": result})
        self.calls.append(call)
        await self._notify()
        return web.json_response({"ok": True, "result": result})

    async def _params(self, request: web.Request, method: str) -> dict[str, Any]:
        if method not in SPEC["methods"]:
            raise ApiError(404, "Not Found")
        fields = SPEC["methods"][method]
        raw: dict[str, Any] = {}
        if request.content_type == "application/json":
            raw = await request.json()
        elif request.can_read_body:
            form = await request.post()
            for key, value in form.items():
                if hasattr(value, "file"):
                    raw[key] = {"filename": value.filename, "content": value.file.read()}
                else:
                    raw[key] = value
        raw.update({k: v for k, v in request.query.items()})
        params: dict[str, Any] = {}
        for key, value in raw.items():
            types = fields.get(key, [False, []])[1]
            params[key] = _decode(value, types)
        return params

    def _validate(self, method: str, params: dict[str, Any]) -> None:
        fields = SPEC["methods"][method]
        for key in params:
            if key not in fields and not (method == "sendDocument" and key.startswith("attach")):
                raise ApiError(400, f"Bad Request: unknown parameter {key}")
        for key, (required, _types) in fields.items():
            if required and key not in params:
                raise ApiError(400, f"Bad Request: parameter {key} is required")
        for key, value in params.items():
            types = fields.get(key, [False, []])[1]
            _check_value(value, types, key)
        markup = params.get("reply_markup")
        if isinstance(markup, dict):
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    data = button.get("callback_data")
                    if data is not None and not 1 <= len(data.encode()) <= CALLBACK_DATA_LIMIT:
                        raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                    if not button.get("text"):
                        raise ApiError(400, "Bad Request: text buttons are unallowed")

    def _maybe_fail(self, method: str, params: dict[str, Any]) -> None:
        for failure in self.failures:
            chat_ok = failure.chat_id is None or int(params.get("chat_id", 0)) == failure.chat_id
            if failure.method == method and failure.times > 0 and chat_ok:
                failure.times -= 1
                if failure.status == 429:
                    raise ApiError(
                        429,
                        f"Too Many Requests: retry after {failure.retry_after}",
                        failure.retry_after or 1,
                    )
                raise ApiError(
                    failure.status,
                    {
                        502: "Bad Gateway",
                        500: "Internal Server Error",
                        403: "Forbidden: bot was kicked",
                    }.get(failure.status, "Error"),
                    page=failure.page,
                )

    async def _dispatch(self, method: str, params: dict[str, Any]) -> Any:
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return True
        return await handler(params)

    # --- methods ---------------------------------------------------------------------------
    async def _m_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Infopoint",
            "username": "infopoint_bot",
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _m_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        self.get_updates_at.append(time.monotonic())
        offset = int(params.get("offset", 0) or 0)
        if offset:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        timeout = float(params.get("timeout", 0) or 0)
        deadline = asyncio.get_running_loop().time() + timeout
        async with self.changed:
            while not self.updates and not self._closing:
                left = deadline - asyncio.get_running_loop().time()
                if left <= 0:
                    break
                try:
                    await asyncio.wait_for(self.changed.wait(), left)
                except TimeoutError:
                    break
        limit = int(params.get("limit", 100) or 100)
        return self.updates[:limit]

    async def _m_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = self.webhook_secret = None
        return True

    async def _m_setWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = params["url"]
        self.webhook_secret = params.get("secret_token")
        self.webhook_allowed = params.get("allowed_updates")
        return True

    def _chat_for(self, params: dict[str, Any]) -> FakeChat:
        chat = self.chats.get(int(params["chat_id"]))
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        if chat.type != "private" and self.members.get((chat.id, BOT_ID)) in (
            None,
            "left",
            "kicked",
        ):
            raise ApiError(403, "Forbidden: bot is not a member of the supergroup chat")
        return chat

    def _store(self, chat: FakeChat, message: dict[str, Any]) -> dict[str, Any]:
        self.messages.setdefault(chat.id, {})[message["message_id"]] = message
        return message

    def _bot_message(self, chat: FakeChat, **content: Any) -> dict[str, Any]:
        return {
            "message_id": next(self.message_ids),
            "date": int(time.time()),
            "chat": chat.as_json(),
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Infopoint"},
            **content,
        }

    def _text(self, params: dict[str, Any]) -> str:
        text = params["text"]
        if params.get("parse_mode") == "HTML":
            text = parse_html(text)
        elif params.get("parse_mode") not in (None, ""):
            raise ApiError(400, f"Bad Request: unsupported parse_mode {params['parse_mode']}")
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(text) > TEXT_LIMIT:
            raise ApiError(400, "Bad Request: message is too long")
        return text

    def _topic(self, chat: FakeChat, params: dict[str, Any]) -> dict[str, Any]:
        """message_thread_id: a topic of a forum (else Telegram refuses the message)."""
        thread = params.get("message_thread_id")
        if thread is None:
            return {}
        if int(thread) not in chat.topics:
            raise ApiError(400, "Bad Request: message thread not found")
        return {"message_thread_id": int(thread), "is_topic_message": True}

    async def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat_for(params)
        text = self._text(params)
        topic = self._topic(chat, params)
        message = self._bot_message(chat, text=text, html=params["text"], **topic)
        # Message.reply_markup is only ever an inline keyboard; a reply keyboard ("share my
        # phone") or its removal is not echoed back (PTB could not even parse it).
        if (
            isinstance(params.get("reply_markup"), dict)
            and "inline_keyboard" in params["reply_markup"]
        ):
            message["reply_markup"] = params["reply_markup"]
        reply = params.get("reply_parameters")
        if isinstance(reply, dict):
            target = self.messages.get(chat.id, {}).get(int(reply["message_id"]))
            if target is None and not reply.get("allow_sending_without_reply"):
                raise ApiError(400, "Bad Request: message to be replied not found")
            if target is not None:
                message["reply_to_message"] = {
                    k: v for k, v in target.items() if k != "reply_to_message"
                }
        return self._store(chat, message)

    async def _m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat_for(params)
        old = self.messages.get(chat.id, {}).get(int(params.get("message_id", 0)))
        if old is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        text = self._text(params)
        markup = (
            params.get("reply_markup") if isinstance(params.get("reply_markup"), dict) else None
        )
        if old.get("text") == text and old.get("reply_markup") == markup:
            raise ApiError(400, "Bad Request: message is not modified")
        old["text"], old["html"] = text, params["text"]
        old["edit_date"] = int(time.time())
        if markup is None:
            old.pop("reply_markup", None)
        else:
            old["reply_markup"] = markup
        return dict(old)

    async def _m_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat_for(params)
        document = params["document"]
        if not isinstance(document, dict):
            raise ApiError(400, "Bad Request: expected an uploaded file")
        self.files.append({"chat_id": chat.id, **document})
        message = self._bot_message(
            chat,
            document={
                "file_id": f"doc{len(self.files)}",
                "file_unique_id": f"u{len(self.files)}",
                "file_name": document["filename"],
            },
        )
        return self._store(chat, message)

    async def _m_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        return True

    async def _m_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = params["commands"]
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command["command"]):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command["description"]) <= 256:
                raise ApiError(400, "Bad Request: command description is invalid")
        scope = params.get("scope") or {"type": "default"}
        key = (json.dumps(scope, sort_keys=True), params.get("language_code", ""))
        self.commands[key] = commands
        return True

    async def _m_getChat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self.chats.get(int(params["chat_id"]))
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        if chat.type != "private" and self.members.get((chat.id, BOT_ID)) in (
            None,
            "left",
            "kicked",
        ):
            raise ApiError(403, "Forbidden: bot is not a member of the supergroup chat")
        return {
            **chat.as_json(),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    async def _m_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        if chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        status = self.members.get((chat_id, user_id), "left")
        user = {"id": user_id, "is_bot": user_id == BOT_ID, "first_name": "Member"}
        if status == "kicked":
            return {"status": "kicked", "user": user, "until_date": 0}
        if status == "restricted":
            can = dict.fromkeys(RESTRICTED_RIGHTS, False)
            is_member = self.restricted_in.get((chat_id, user_id), True)
            restricted = {"status": "restricted", "user": user, "is_member": is_member}
            return restricted | {"until_date": 0} | can
        return {"status": status if status in ("member", "left") else "member", "user": user}


def _decode(value: Any, types: list[str]) -> Any:
    """Form values arrive as text; PTB JSON-encodes everything that is not a plain string."""
    if not isinstance(value, str):
        return value
    if types == ["String"]:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _check_value(value: Any, types: list[str], key: str) -> None:
    if not types or value is None:
        return
    for type_name in types:
        if _matches(value, type_name):
            return
    raise ApiError(
        400, f"Bad Request: wrong type of parameter {key} (expected {' or '.join(types)})"
    )


def _matches(value: Any, type_name: str) -> bool:
    if type_name.startswith("Array of "):
        inner = type_name[len("Array of ") :]
        return isinstance(value, list) and all(_matches(v, inner) for v in value)
    if type_name == "Integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_name in ("Float", "Float number"):
        return isinstance(value, int | float) and not isinstance(value, bool)
    if type_name == "String":
        return isinstance(value, str | int)  # chat_id "@name" / numbers sent as text
    if type_name == "Boolean" or type_name == "True":
        return isinstance(value, bool)
    if type_name == "InputFile":
        return isinstance(value, dict) and "content" in value
    fields = SPEC["types"].get(type_name)
    if fields is None:
        return True  # a type we do not model: accept
    if not isinstance(value, dict):
        return False
    if not fields:
        return True  # an abstract type (a union such as BotCommandScope)
    if not all(k in fields for k in value):
        return False
    if not all(k in value for k, (req, _) in fields.items() if req):
        return False
    return all(
        any(_matches(v, t) for t in fields[k][1]) or not fields[k][1] for k, v in value.items()
    )


def _error(exc: ApiError) -> web.Response:
    if exc.page:
        page = f"<html><body><h1>{exc.code} {exc.description}</h1></body></html>"
        return web.Response(status=exc.code, text=page, content_type="text/html")
    body: dict[str, Any] = {"ok": False, "error_code": exc.code, "description": exc.description}
    if exc.retry_after is not None:
        body["parameters"] = {"retry_after": exc.retry_after}
    return web.json_response(body, status=exc.code)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
