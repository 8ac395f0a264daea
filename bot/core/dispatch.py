"""Core.handle: one incoming event -> replies, inside one SQLite transaction with the session."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from bot.content.i18n import Translator, resolve_language
from bot.content.knowledge import KnowledgeBase
from bot.core.messages import Expired, Incoming, Reply
from bot.core.session import Session
from bot.settings.config import Settings
from bot.storage import Database, Tx
from bot.storage import outbox as outbox_store
from bot.storage import sessions as session_store

log = logging.getLogger(__name__)

Handler = Callable[["Turn"], Awaitable[list[Reply]]]
PayloadHandler = Callable[["Turn", list[str]], Awaitable[list[Reply]]]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Services:
    """Everything a handler may use, built once by the composition root (bot.app)."""

    settings: Settings
    kb: KnowledgeBase
    t: Translator
    db: Database
    clock: Callable[[], dt.datetime] = utc_now
    search: Any = None  # bot.search.Searcher, when built
    search_loading: Any = None  # an asyncio future while the index is built in the background
    staff_directory: Any = None  # has `async is_member(user_id) -> bool`
    outbox_wakeup: Callable[[], None] | None = None
    router: Router | None = None  # set by Core: lets a shared step hand back to its parent flow
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def staff_language(self) -> str:
        return self.settings.staff_language


@dataclass
class Turn:
    """One incoming event being handled: the session, the transaction, the clock reading."""

    incoming: Incoming
    session: Session
    services: Services
    tx: Tx
    now: dt.datetime
    enqueued: int = 0

    @property
    def lang(self) -> str:
        return self.session.language or self.services.settings.default_language

    @property
    def settings(self) -> Settings:
        return self.services.settings

    def t(self, key: str, **values: Any) -> str:
        return self.services.t(self.lang, key, **values)

    def local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self.settings.timezone)

    async def enqueue(
        self,
        channel: str,
        chat_id: str,
        reply: Reply,
        *,
        action: str = "send",
        ref_kind: str | None = None,
        ref_id: int | None = None,
    ) -> int:
        """Queue a message in this turn's transaction: it exists exactly when the turn commits."""
        self.enqueued += 1
        return await outbox_store.enqueue(
            self.tx,
            self.now,
            channel,
            chat_id,
            reply,
            action=action,
            ref_kind=ref_kind,
            ref_id=ref_id,
        )

    async def to_staff(
        self,
        reply: Reply,
        *,
        action: str = "send",
        ref_kind: str | None = None,
        ref_id: int | None = None,
    ) -> int | None:
        chat = self.settings.staff_chat_id
        if chat is None:
            log.warning("no staff.chat_id in config: a staff message waits unsent")
            return None
        return await self.enqueue(
            "telegram", str(chat), reply, action=action, ref_kind=ref_kind, ref_id=ref_id
        )


@dataclass
class Router:
    """What handles what; filled by bot.handlers.build_router()."""

    commands: dict[str, Handler] = field(default_factory=dict)
    payloads: dict[str, PayloadHandler] = field(default_factory=dict)
    flows: dict[str, Handler] = field(default_factory=dict)
    staff_commands: dict[str, Handler] = field(default_factory=dict)
    staff_payloads: dict[str, PayloadHandler] = field(default_factory=dict)
    staff_reply: Handler | None = None
    text: Handler | None = None  # free text outside a flow
    expired: Handler | None = None
    unsupported: Handler | None = None
    unknown_command: Handler | None = None
    error: Callable[[str, Services], list[Reply]] | None = None
    staff_only: Handler | None = None


class Core:
    def __init__(self, services: Services, router: Router):
        self.services = services
        self.router = router
        services.router = router

    def is_staff_chat(self, incoming: Incoming) -> bool:
        chat = self.services.settings.staff_chat_id
        return incoming.channel == "telegram" and chat is not None and incoming.chat_id == str(chat)

    async def handle(self, incoming: Incoming) -> list[Reply]:
        staff_chat = self.is_staff_chat(incoming)
        if staff_chat and not await self._is_staff(incoming.user_id):
            log.info("refused a staff action from a non-member")
            return []
        try:
            async with self.services.db.transaction() as tx:
                now = self.services.clock()
                session = await session_store.load(
                    tx, incoming.channel, incoming.user_id, incoming.chat_id
                )
                if session.language is None:
                    settings = self.services.settings
                    session.language = resolve_language(
                        incoming.language_hint, settings.languages, settings.default_language
                    )
                turn = Turn(incoming, session, self.services, tx, now)
                if staff_chat:
                    replies = await self._route_staff(turn)
                else:
                    replies = await self._route(turn)
                    if session.erase:
                        await session_store.delete(tx, session.channel, session.user_id)
                    else:
                        await session_store.save(tx, session, now)
        except Exception:
            log.exception("handling a %s event failed", incoming.channel)
            lang = self.services.settings.default_language
            if staff_chat:
                lang = self.services.staff_language
            else:
                lang = await self._language_of(incoming) or lang
            return self.router.error(lang, self.services) if self.router.error else []
        if turn.enqueued and self.services.outbox_wakeup:
            self.services.outbox_wakeup()
        return replies

    async def _language_of(self, incoming: Incoming) -> str | None:
        try:
            async with self.services.db.transaction() as tx:
                session = await session_store.find(tx, incoming.channel, incoming.user_id)
            return session.language if session else None
        except Exception:  # the database itself may be what failed
            return None

    async def _is_staff(self, user_id: str) -> bool:
        directory = self.services.staff_directory
        return True if directory is None else bool(await directory.is_member(user_id))

    async def _route(self, turn: Turn) -> list[Reply]:
        incoming, router = turn.incoming, self.router
        try:
            if incoming.command is not None:
                if incoming.command in router.commands:
                    return await router.commands[incoming.command](turn)
                if incoming.command in router.staff_commands and router.staff_only:
                    return await router.staff_only(turn)
                return await _call(router.unknown_command, turn)
            if incoming.payload is not None:
                prefix, *args = incoming.payload.split(":")
                if prefix in router.payloads:
                    return await router.payloads[prefix](turn, args)
                if prefix in router.staff_payloads and router.staff_only:
                    return await router.staff_only(turn)
                raise Expired(incoming.payload)
            if incoming.unsupported is not None and turn.session.flow is None:
                return await _call(router.unsupported, turn)
            if turn.session.flow is not None and turn.session.flow in router.flows:
                return await router.flows[turn.session.flow](turn)
            if incoming.contact_phone is not None or incoming.unsupported is not None:
                return await _call(router.unsupported, turn)
            return await _call(router.text, turn)
        except Expired:
            return await _call(router.expired, turn)

    async def _route_staff(self, turn: Turn) -> list[Reply]:
        incoming, router = turn.incoming, self.router
        turn.session.language = self.services.staff_language
        try:
            if incoming.command is not None:
                handler = router.staff_commands.get(incoming.command)
                return await handler(turn) if handler else []
            if incoming.payload is not None:
                prefix, *args = incoming.payload.split(":")
                handler_p = router.staff_payloads.get(prefix)
                if handler_p is None:
                    raise Expired(incoming.payload)
                return await handler_p(turn, args)
            if incoming.reply_to is not None and router.staff_reply is not None:
                return await router.staff_reply(turn)
        except Expired:
            return [Reply(turn.t("staff_button_expired"))]
        return []  # staff talking among themselves


async def _call(handler: Handler | None, turn: Turn) -> list[Reply]:
    return await handler(turn) if handler else []
