"""The web server of `infopoint run` in webhook mode (aiohttp), behind an HTTPS reverse proxy.

    POST webhook.path_telegram   Telegram updates; header X-Telegram-Bot-Api-Secret-Token checked
    POST webhook.path_viber      Viber events; header X-Viber-Content-Signature checked
    GET  /healthz                200 {"ok": true, "pending_outbox": n, "channels": [...]}
    GET  /files/<token>/<name>   files Viber fetches by URL (a visit's .ics)

A request with a missing or wrong secret or signature gets 403 and is not processed. Events of
one chat are handled one at a time, in order. Stopping refuses new requests (503: the platforms
send them again later) and waits for the ones being handled.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from typing import Any

from aiohttp import web

from bot.channels.telegram import updates
from bot.channels.telegram.application import TelegramChannel
from bot.channels.viber import client as viber_api
from bot.channels.viber import events as viber_events
from bot.channels.viber.adapter import ViberChannel
from bot.core.services import Services
from bot.settings.config import WebhookSettings
from bot.storage import outbox as outbox_store
from bot.storage import viber as viber_store

log = logging.getLogger(__name__)

TELEGRAM_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
FILES_PATH = "/files"
HEALTH_PATH = "/healthz"


def webhook_secret(token: str, configured: str | None = None) -> str:
    """The secret Telegram sends with each update: TELEGRAM_WEBHOOK_SECRET, else derived from
    the bot token (stable across restarts, and nobody without the token can compute it)."""
    if configured:
        return configured
    return hmac.new(token.encode(), b"infopoint telegram webhook", hashlib.sha256).hexdigest()


READ_SECONDS = 10.0  # a client sending its request more slowly than this is cut off
MAX_BODY = 1024 * 1024  # Telegram's and Viber's events are a few kilobytes


async def _body(request: web.Request) -> bytes | None:
    try:
        return await asyncio.wait_for(request.read(), READ_SECONDS)
    except TimeoutError:
        return None


async def _json_body(request: web.Request) -> Any:
    body = await _body(request)
    return None if body is None else _json(body)


def _json(body: bytes) -> Any:
    """The JSON value, or None for anything that is not JSON (or nests absurdly deep)."""
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None


def _cap_connections(server: web.Server, limit: int) -> None:
    """Close new connections beyond `limit` (half-open ones would otherwise pile up)."""
    made = server.connection_made

    def connection_made(handler: Any, transport: asyncio.Transport) -> None:
        made(handler, transport)
        if len(server.connections) > limit:
            log.warning("closed a new connection: %d are open already", limit)
            transport.close()

    setattr(server, "connection_made", connection_made)  # noqa: B010 - our own server object


class ChatLocks:
    """An asyncio.Lock per chat, dropped again when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[str, asyncio.Lock] = {}

    def __call__(self, key: str) -> asyncio.Lock:
        if len(self._locks) > 1000:
            self._locks = {k: v for k, v in self._locks.items() if v.locked()}
        return self._locks.setdefault(key, asyncio.Lock())


class WebServer:
    def __init__(
        self,
        settings: WebhookSettings,
        services: Services,
        *,
        telegram: TelegramChannel | None = None,
        telegram_secret: str | None = None,
        viber: ViberChannel | None = None,
        viber_token: str | None = None,
        channels: tuple[str, ...] = (),
    ):
        self.settings = settings
        self.services = services
        self.telegram = telegram
        self.telegram_secret = telegram_secret
        self.viber = viber
        self.viber_token = viber_token
        self.channels = channels
        self.locks = ChatLocks()
        self.active = 0
        self.idle = asyncio.Event()
        self.idle.set()
        self.stopping = False
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None

    def application(self) -> web.Application:
        app = web.Application(middlewares=[self._in_flight], client_max_size=MAX_BODY)
        if self.telegram is not None and self.telegram_secret:
            app.router.add_post(self.settings.path_telegram, self.telegram_update)
        if self.viber is not None and self.viber_token:
            app.router.add_post(self.settings.path_viber, self.viber_event)
        app.router.add_get(HEALTH_PATH, self.health)
        app.router.add_get(FILES_PATH + "/{token}/{name}", self.file)
        return app

    async def start(self) -> None:
        self._runner = web.AppRunner(
            self.application(),
            handle_signals=False,
            access_log=None,
            keepalive_timeout=self.settings.idle_seconds,
        )
        await self._runner.setup()
        assert self._runner.server is not None
        _cap_connections(self._runner.server, self.settings.max_connections)
        self._site = web.TCPSite(self._runner, self.settings.listen, self.settings.port)
        await self._site.start()
        log.info("listening on %s:%s", self.settings.listen, self.settings.port)

    async def stop(self, timeout: float = 30) -> None:
        """Refuse new requests, let the ones in flight finish, close."""
        self.stopping = True
        if self._site is not None:
            await self._site.stop()
        try:
            await asyncio.wait_for(self.idle.wait(), timeout)
        except TimeoutError:
            log.error("%d webhook request(s) still running after %ss", self.active, timeout)
        if self._runner is not None:
            await self._runner.cleanup()

    @web.middleware
    async def _in_flight(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if self.stopping:
            return web.Response(status=503, text="shutting down")
        self.active += 1
        self.idle.clear()
        try:
            response: web.StreamResponse = await handler(request)
            return response
        finally:
            self.active -= 1
            if not self.active:
                self.idle.set()

    # --- routes ---------------------------------------------------------------------------
    async def telegram_update(self, request: web.Request) -> web.Response:
        given = request.headers.get(TELEGRAM_SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), (self.telegram_secret or "").encode()):
            log.warning("refused a Telegram webhook request with a wrong secret")
            return web.Response(status=403)
        assert self.telegram is not None
        data = await _json_body(request)
        if not isinstance(data, dict) or not updates.is_id(data.get("update_id")):
            return web.Response(status=400, text="not an update")
        try:
            update = updates.read(data)
        except updates.Unreadable:  # logged by id only: its content may hold a name
            log.warning("refused update %s: it cannot be read", data["update_id"])
            return web.Response(status=400, text="not an update")
        async with self.locks(f"telegram:{'' if update.chat_id is None else update.chat_id}"):
            # answered only after the turn committed: a 200 tells Telegram not to send it again
            await self.telegram.handle(update)
        await self.services.db.durable()  # and its commit is on the disk
        return web.Response(text="ok")

    async def viber_event(self, request: web.Request) -> web.Response:
        body = await _body(request)
        if body is None:
            return web.Response(status=408, text="too slow")
        assert self.viber is not None and self.viber_token
        token = self.viber_token
        if not viber_api.signature_ok(body, request.headers.get(viber_api.SIGNATURE_HEADER), token):
            log.warning("refused a Viber webhook request with a missing or wrong signature")
            return web.Response(status=403)
        event = _json(body)
        if not viber_events.readable(event):
            return web.Response(status=400, text="not an event")
        assert isinstance(event, dict)
        welcome = await self.viber.on_event(event)  # one event per person at a time, in there
        await self.services.db.durable()  # what the event's turn committed is on the disk
        if welcome is not None:
            return web.json_response(welcome, dumps=lambda d: json.dumps(d, ensure_ascii=False))
        return web.Response(text="ok")

    async def health(self, request: web.Request) -> web.Response:
        try:
            async with self.services.db.transaction() as tx:
                pending = await outbox_store.pending_count(tx)
        except Exception:
            log.exception("health check: the database does not answer")
            return web.json_response({"ok": False, "channels": list(self.channels)}, status=503)
        return web.json_response(
            {"ok": True, "pending_outbox": pending, "channels": list(self.channels)}
        )

    async def file(self, request: web.Request) -> web.Response:
        async with self.services.db.transaction() as tx:
            stored = await viber_store.get_file(tx, request.match_info["token"])
        if stored is None or stored.filename != request.match_info["name"]:
            return web.Response(status=404)
        return web.Response(
            body=stored.content,
            content_type=stored.mime_type,
            headers={"Content-Disposition": f'attachment; filename="{stored.filename}"'},
        )
