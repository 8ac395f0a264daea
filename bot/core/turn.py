"""Turn: one incoming event being handled, as a handler sees it."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from bot.content.knowledge import KnowledgeBase
from bot.core import codec, looks, markup
from bot.core.messages import Incoming, OtherOffice, Reply
from bot.core.registry import Registry
from bot.core.services import Services
from bot.core.session import Memory, Session
from bot.core.voice import Voice
from bot.settings.config import Office, Settings
from bot.storage import Tx, message_refs
from bot.storage import outbox as outbox_store

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

log = logging.getLogger(__name__)

D = TypeVar("D", bound="DataclassInstance")
PERSON = "\x00person"  # `about` by default: see Turn.enqueue and Turn.to_staff


def subject_of(channel: str, user_id: str) -> str:
    """How messages and records about a person are marked (/forget finds them by it)."""
    return f"{channel}:{user_id}"


def shown_again(card: Reply, channel: str, user_id: str | None, look: tuple[str, int]) -> Reply:
    """A record's card staff asked to see again (/requests, /request N, /appointments): it says
    whose it is (/forget and retention edit it), and a reply to it writes to the person, as to
    the card itself (`look`: the record's look reference, e.g. («booking_look», 7))."""
    shows = (subject_of(channel, user_id),) if user_id else ()
    return replace(card, shows=shows, record=look)


class Someone(Protocol):
    """A record of a person (a booking, an appointment, a sign-up)."""

    @property
    def channel(self) -> str: ...

    @property
    def user_id(self) -> str: ...


def subjects_of(records: Iterable[Someone]) -> tuple[str, ...]:
    """The people these records are about, each once: what a staff list shows (`Reply.shows`)."""
    return tuple(dict.fromkeys(subject_of(r.channel, r.user_id) for r in records))


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
    staff_office: Office | None = None  # in a staff chat: the office whose staff write there
    staff_all: bool = False  # in the coordinators' chat: every office
    # a question the last turn asked on top of the step, waiting (Session.pending): its payload
    pending: str | None = None
    # the danger screen answered this message first (danger, a medical emergency): a question's
    # answer follows only when the search is sure, not guesses nor «I have no answer», and no
    # service of the office is offered under it
    screened: bool = False
    # a held-back message handled now whose danger lines were shown when it came (the office
    # gate): its answer comes without them
    warned: bool = False
    # the language the person had before the danger screen went on in their danger's
    # (urgent.spoken.follow): the answer under the lines offers it back, as a question's does
    followed: str | None = None
    # the question found nothing in the content («I have no answer»): a service of the office
    # it names is offered instead of that (bot.features.services), not under it
    unanswered: bool = False
    # the search was not sure («did you mean»): a service of the office the question names is
    # offered first, above the guesses (bot.features.services)
    unsure: bool = False

    @property
    def office(self) -> Office:
        """The office that serves this person (or whose staff chat this is)."""
        if self.staff_office is not None:
            return self.staff_office
        return self.settings.office(self.session.office)

    @property
    def staff_scope(self) -> Office:
        """In a staff chat: the office it serves. The coordinators' chat serves every office
        and only looks: raises OtherOffice(None), which tells them to act in an office's chat."""
        if self.staff_office is None:
            raise OtherOffice(None)
        return self.staff_office

    def staff_may(self, office_id: str | None, record: str, *, look_only: bool = False) -> None:
        """Staff act only on their own office's records; coordinators may look at any.
        Raises OtherOffice (the dispatcher's refusal names the record's office)."""
        if office_id is not None and office_id not in self.settings.offices:
            raise OtherOffice(office_id, record)  # its office left the config: nobody's
        if look_only and self.staff_all:
            return
        record_office = self.settings.office(office_id).id
        if self.staff_office is None or self.staff_office.id != record_office:
            raise OtherOffice(record_office, record)

    def elsewhere(self, office_id: str) -> str:
        """ " · 📍 Opole" after an item of another office than the person's now (in a network:
        what they booked or asked for there stays theirs); "" for their own office's."""
        office = self.settings.office(office_id)
        if not self.settings.network or office.id == self.office.id:
            return ""
        return f" · 📍 {markup.literal(office.label(self.lang))}"

    @property
    def kb(self) -> KnowledgeBase:
        """The content as this person's office answers: shared topics with its own."""
        return self.services.kb_of(self.office.id)

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
    def subject(self) -> str:
        """Who this turn is about, as messages and records about the person are marked."""
        return subject_of(self.incoming.channel, self.incoming.user_id)

    @property
    def asking(self) -> bool:
        """Whether the person is at a step of a form whose question can be shown again (an
        outcome's `again`): a help text or a language change there leaves the form going on."""
        flow = self.registry.flows.get(self.session.flow or "")
        step = flow.steps.get(self.session.step or "") if flow else None
        return step is not None and step.ask is not None

    @property
    def keeping(self) -> bool:
        """Whether the person is at a step of a form that keeps what they gave (a chosen time,
        a name): a command that would leave it asks first (Step.asks_to_leave)."""
        flow = self.registry.flows.get(self.session.flow or "")
        step = flow.steps.get(self.session.step or "") if flow else None
        return step is not None and step.ask is not None and step.asks_to_leave

    @property
    def caller(self) -> str | None:
        """The flow that called the current sub-flow, if any."""
        return self.session.callers[-1].flow if self.session.callers else None

    def t(self, key: str, **values: Any) -> str:
        return self.services.t(self.lang, key, **values)

    def t_duty(self, key: str, **values: Any) -> str:
        """A text naming the duty desk: the office's own (`duty_title`) where it has one."""
        return Voice(self.services, self.lang, self.office).duty(key, **values)

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
        priority: int = outbox_store.NORMAL,
        about: str | None = PERSON,
    ) -> int:
        """Queue a message in this turn's transaction: it exists exactly when the turn commits.

        `about`: whose personal data the message shows (/forget finds it by that); by default
        the person whose chat it goes to. None for what shows nobody (an anonymised view)."""
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
            priority=priority,
            subject=subject_of(channel, chat_id) if about is PERSON else about,
        )

    async def to_staff(
        self,
        reply: Reply,
        *,
        action: str = "send",
        ref_kind: str | None = None,
        ref_id: int | None = None,
        priority: int = outbox_store.NORMAL,
        about: str | None = PERSON,
        office: Office | None = None,
    ) -> int | None:
        """A message for the staff chat of `office` (by default this turn's). `about`: by default
        the person of this turn (None in a staff chat itself); None for what shows nobody; or
        "<channel>:<user id>"."""
        chat, reply = for_staff(office or self.office, reply)
        if chat is None:
            return None
        if about is PERSON:
            about = None if self.staff_office is not None or self.staff_all else self.subject
        return await self.enqueue(
            "telegram",
            chat,
            reply,
            action=action,
            ref_kind=ref_kind,
            ref_id=ref_id,
            priority=priority,
            about=about,
        )

    async def edit_card(
        self,
        card: Reply,
        office: Office,
        ref: tuple[str, int],
        look: tuple[str, int],
        about: str | None,
    ) -> None:
        """A record's card edited to `card` (a visit's, an appointment's note): the one posted
        (`ref`) and every copy shown again (`look`; in the coordinators' chat without buttons)."""
        kind, number = ref
        await self.to_staff(
            card, office=office, action="edit", ref_kind=kind, ref_id=number, about=about
        )

        def view(look_only: bool) -> Reply:  # the coordinators' copy: its «👀» line kept
            return looks.only(self.services, office, card) if look_only else card

        await self.edit_shown_again(office, look, view, about)

    async def edit_shown_again(
        self,
        office: Office,
        look: tuple[str, int],
        view: Callable[[bool], Reply],
        about: str | None,
    ) -> None:
        """The newest card of a record staff asked to see again (`shown_again`; `look`, its look
        reference) edited to `view(look_only)`, the record as it is now: in the office's staff
        chat, and in a network's coordinators' chat (there to look only, without buttons). The
        copies before it were edited once to «shown again below» (core/copies.py)."""
        chats = {office.staff_chat_id: False}
        if self.settings.network and self.settings.coordinators_chat_id is not None:
            chats.setdefault(self.settings.coordinators_chat_id, True)
        for chat, look_only in chats.items():
            if chat is None:
                continue
            newest = await message_refs.newest_for(self.tx, "telegram", str(chat), *look)
            if newest is None:  # the copies before it say «shown again below» (core/copies.py)
                continue
            edit = replace(view(look_only), edit_message_id=newest)
            await self.enqueue("telegram", str(chat), edit, action="edit", about=about)


def for_staff(office: Office, reply: Reply) -> tuple[str | None, Reply]:
    """Where a message for an office's staff goes: its chat, and its forum topic if it has one
    (None: the office has no staff chat, which `infopoint check` reports)."""
    if office.staff_chat_id is None:
        log.warning("office %s has no staff chat: a staff message is not sent", office.id)
        return None, reply
    if office.staff_topic_id is not None:
        reply = replace(reply, topic_id=office.staff_topic_id)
    return str(office.staff_chat_id), reply
