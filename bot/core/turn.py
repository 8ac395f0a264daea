"""Turn: one incoming event being handled, as handlers see it (built by bot.core.dispatch)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from bot.core import codec
from bot.core.messages import Incoming, Reply
from bot.core.registry import Registry
from bot.core.services import Services
from bot.core.session import Memory, Session
from bot.settings.config import Settings
from bot.storage import Tx
from bot.storage import outbox as outbox_store

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

log = logging.getLogger(__name__)

D = TypeVar("D", bound="DataclassInstance")


@dataclass
class Turn:
    """One incoming event being handled: the session, the transaction, the clock reading."""

    incoming: Incoming
    session: Session
    services: Services
    registry: Registry
    tx: Tx
    now: dt.datetime
    args: tuple[str, ...] = ()  # the words of a button payload after its action
    enqueued: int = 0

    @property
    def lang(self) -> str:
        return self.session.language or self.services.settings.default_language

    @property
    def settings(self) -> Settings:
        return self.services.settings

    @property
    def memory(self) -> Memory:
        return self.session.memory

    @property
    def caller(self) -> str | None:
        """The flow that called the current sub-flow, if any."""
        return self.session.callers[-1].flow if self.session.callers else None

    def t(self, key: str, **values: Any) -> str:
        return self.services.t(self.lang, key, **values)

    def local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self.settings.timezone)

    def draft(self, kind: type[D], flow: str) -> D:
        """The typed draft of `flow` (created empty when there is none)."""
        current = self.session.drafts.get(flow)
        if not isinstance(current, kind):
            current = codec.load(kind, current)
            self.session.drafts[flow] = current
        return current

    def new_draft(self, draft: Any, flow: str) -> None:
        self.session.drafts[flow] = draft

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
