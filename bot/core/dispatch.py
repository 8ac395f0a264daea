"""Core.handle: one incoming event -> replies, inside one SQLite transaction with the session.

Routing, in order: the staff chat (members only) to the staff commands, buttons and replies;
a command; a button (`<word>:<action>:<args>`: a flow's step buttons while the person is at that
step, else its buttons for any step, else a group of buttons outside flows); text or a shared
contact at a flow's step (text naming one of the buttons shown presses it: bot.core.choices;
«продовжити», «dalej» asks the step's question again: bot.core.going_on); other text to the
text pipeline (the order set in bot.features.registry).
What a handler returns moves the session (bot.core.flows.Outcome).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace

from bot.core import choices, forgotten, going_on, legacy
from bot.core.ahead import Ahead
from bot.core.flows import Flow, Handler, Outcome, pipeline
from bot.core.loading import load
from bot.core.messages import Expired, Incoming, Reply
from bot.core.outgoing import Queued, held
from bot.core.registry import Registry
from bot.core.services import Services
from bot.core.session import Caller
from bot.core.staff_route import membership, route_staff
from bot.core.turn import Turn  # what every handler receives
from bot.storage import sessions as session_store

log = logging.getLogger(__name__)

MAX_CHAIN = 8  # sub-flow calls and returns within one turn (a loop is a programming error)


class Core:
    def __init__(self, services: Services, registry: Registry):
        self.services = services
        self.registry = registry
        assert registry.fallbacks is not None
        self.fallbacks = registry.fallbacks
        self.ahead = Ahead(services, registry.searched)  # a message's search, before its turn
        self.forgotten = forgotten.Languages()  # the language after /forget, in memory
        self.turns = 0  # events taken so far (bot.memory.give_back_when_quiet watches it)

    def is_staff_chat(self, incoming: Incoming) -> bool:
        """Staff chats are Telegram groups: an office's, or the network coordinators'."""
        return (
            incoming.channel == "telegram"
            and incoming.chat_id in self.services.settings.staff_chats
        )

    async def handle(self, incoming: Incoming) -> list[Reply]:
        """The replies to one event (the terminal chat and tests send them themselves)."""
        return [queued.reply for queued in await self._turn(incoming, queue=False)]

    async def handle_queued(self, incoming: Incoming) -> list[Queued]:
        """The replies to one event, also written to the outbox in the turn's transaction and
        held for the adapter, which sends them at once (`delivered`) or hands them to the
        worker (`release`): a crash, an outage or a refusal loses none of them."""
        return await self._turn(incoming, queue=True)

    async def _turn(self, incoming: Incoming, *, queue: bool) -> list[Queued]:
        self.turns += 1
        staff_chat = self.is_staff_chat(incoming)
        if staff_chat and not (member := await membership(self.services, self.registry, incoming)):
            if member is None:  # Telegram did not answer: the colleague is to try again
                return await self._apology(incoming, True, queue, "staff_membership_unknown")
            return []
        with self.ahead.searching(incoming, staff_chat):
            return await self._handled(incoming, staff_chat, queue)

    async def _handled(self, incoming: Incoming, staff_chat: bool, queue: bool) -> list[Queued]:
        try:
            async with self.services.db.transaction() as tx:
                now = self.services.clock()
                session = await load(tx, incoming, now, () if staff_chat else self.registry.threads)
                if session is None:
                    log.info("update %s was handled before: skipped", incoming.update_key)
                    return []
                if session.language is None:  # a new session (after /forget: as it was)
                    session.language = self.forgotten.first(self.services.settings, incoming)
                turn = Turn(incoming, session, self.services, self.registry, tx, now)
                if staff_chat:
                    settings = self.services.settings
                    turn.staff_office = settings.staff_office(incoming.chat_id, incoming.topic_id)
                    turn.staff_all = incoming.chat_id == str(settings.coordinators_chat_id)
                    replies = await route_staff(turn, self.registry)
                else:
                    replies = await self._route(turn)
                    choices.remember(turn, replies)
                    if session.erase:
                        await session_store.delete(tx, session.channel, session.user_id)
                        self.forgotten.remember(session)  # (in memory only: forgotten.py)
                    else:
                        session_store.save(tx, session, now)
                    self.ahead.note(session)
                subject = None if staff_chat else turn.subject
                queued = held(tx, now, incoming, replies, subject) if queue else []
        except Exception:
            log.exception("handling a %s event failed", incoming.channel)
            return await self._apology(incoming, staff_chat, queue)
        if turn.enqueued:
            self.services.outbox.wake()
        if session.erase:
            await self.services.db.checkpoint()  # no copy of what was forgotten in the WAL
        if not queue:
            return [Queued(0, reply) for reply in replies]
        return [Queued(item.rowid, reply) for item, reply in queued]

    async def _apology(
        self, incoming: Incoming, staff_chat: bool, queue: bool, key: str = "error"
    ) -> list[Queued]:
        if staff_chat:
            office = self.services.settings.staff_office(incoming.chat_id, incoming.topic_id)
            lang = office.staff_language if office else self.services.staff_language
        else:
            lang = await self.language_of(incoming)
        if key == "error":
            replies = self.fallbacks.error(self.services, lang)
        else:
            replies = [Reply(self.services.t(lang, key))]
        if not queue:
            return [Queued(0, reply) for reply in replies]
        try:
            async with self.services.db.transaction() as tx:
                queued = held(tx, self.services.clock(), incoming, replies, None)
            return [Queued(item.rowid, reply) for item, reply in queued]
        except Exception:  # the database itself failed: say sorry without it
            return [Queued(0, reply) for reply in replies]

    async def language_of(self, incoming: Incoming) -> str:
        """The person's language as their session has it, else the one a new session would be
        given (a channel's own words and an apology; after /forget too)."""
        try:
            async with self.services.db.transaction() as tx:
                session = await session_store.find(tx, incoming.channel, incoming.user_id)
            if session is not None and session.language:
                return session.language
        except Exception:  # the database itself may be what failed
            pass
        return self.forgotten.first(self.services.settings, incoming)

    # --- people ---------------------------------------------------------------------------
    async def _route(self, turn: Turn) -> list[Reply]:
        incoming, registry, session = turn.incoming, self.registry, turn.session
        if session.flow is not None and session.flow not in registry.flows:
            session.leave()  # a flow that no longer exists (an older version's)
        turn.pending, session.pending = session.pending, None  # answered, or asked again
        try:
            if incoming.location is not None and registry.location is not None:
                return await self._run(turn, None, registry.location)
            for gate in registry.gates:
                held = await gate(turn)
                if held is not None:
                    return await self._run(turn, None, _answer(held))
            if incoming.command is not None:
                target = registry.commands.get(incoming.command)
                if (
                    target is not None
                    and turn.keeping
                    and incoming.command not in registry.keeps_form
                ):
                    turn.args = (incoming.command,)  # /mybookings in a form: leave it first?
                    return await self._run(turn, None, self.fallbacks.form_open)
                if isinstance(target, Flow):
                    return await self._run(turn, target, target.start)
                if target is not None:
                    return await self._run(turn, None, target)
                if incoming.command in registry.staff_commands:
                    return await self._run(turn, None, self.fallbacks.staff_only)
                return await self._run(turn, None, self.fallbacks.unknown_command)
            if incoming.payload is not None:
                return await self._button(turn, legacy.payload(incoming.payload))
            flow = registry.flows.get(session.flow or "")
            step = flow.steps.get(session.step or "") if flow else None
            if flow is not None and step is not None:
                if (pressed := choices.pressed(turn, step, registry.claims)) is not None:
                    return await self._button(turn, pressed)  # a button's answer, typed
                if going_on.says(turn, step):  # «продовжити», «dalej»: the question again
                    if (skip := going_on.skipped(turn)) is not None:  # an optional one: skip
                        return await self._button(turn, skip)
                    return await self._run(turn, flow, going_on.at_step)
                handler = step.contact if incoming.contact_phone is not None else None
                return await self._run(turn, flow, handler or step.text)
            if flow is not None:  # a step that no longer exists: start the flow again
                return await self._run(turn, flow, flow.start)
            if incoming.contact_phone is not None or incoming.unsupported is not None:
                return await self._run(turn, None, self.fallbacks.unsupported)
            if (back := going_on.back_into(turn)) is not None:  # under «📞 Continue my …»
                return await self._button(turn, back)
            return await self._run(turn, None, pipeline(self.registry.text))
        except Expired:
            return await self._run(turn, None, self.fallbacks.expired)

    async def _button(self, turn: Turn, payload: str) -> list[Reply]:
        word, _, rest = payload.partition(":")
        target = self.registry.buttons.get(word)
        if target is None:
            if word in self.registry.staff_buttons:
                return await self._run(turn, None, self.fallbacks.staff_only)
            raise Expired(payload)
        if isinstance(target, Flow):
            action, *args = rest.split(":") if rest else [""]
            turn.args = tuple(args)
            if not action:
                return await self._run(turn, target, target.start)
            here = turn.session.flow == target.name
            step = target.steps.get(turn.session.step or "") if here else None
            handler = (step.buttons.get(action) if step else None) or target.buttons.get(action)
            if handler is None:
                raise Expired(payload)
            return await self._run(turn, target, handler)
        if isinstance(target, Mapping):
            action, *args = rest.split(":") if rest else [""]
            handler = target.get(action)
            if handler is None:
                raise Expired(payload)
            turn.args = tuple(args)
            return await self._run(turn, None, handler)
        turn.args = tuple(rest.split(":")) if rest else ()
        return await self._run(turn, None, target)

    async def _run(self, turn: Turn, flow: Flow | None, handler: Handler) -> list[Reply]:
        """Call the handler and move the session to where its outcome says."""
        replies: list[Reply] = []
        for _ in range(MAX_CHAIN):
            outcome = await handler(turn)
            replies += outcome.replies
            session = turn.session
            if outcome.pending is not None:
                session.pending = outcome.pending
            if outcome.end:
                session.leave()
                if outcome.ask_text is None:
                    return replies
                # Left a form to ask a question: it goes where typed text outside forms goes.
                turn.incoming = replace(
                    turn.incoming, text=outcome.ask_text, payload=None, command=None, args=""
                )
                turn.args = ()
                flow, handler = None, pipeline(self.registry.text)
                continue
            if outcome.replay is not None:
                event = outcome.replay
                turn.incoming = replace(
                    turn.incoming,
                    text=event.text,
                    payload=event.payload,
                    command=event.command,
                    args=event.args,
                    location=None,
                )
                turn.args = ()
                turn.warned = event.warned
                return replies + await self._route(turn)
            if outcome.again and not outcome.done:
                if (asked := await self._asked_again(turn)) is not None:
                    return replies + asked  # the question asked on top of the step
                current = self.registry.flows.get(session.flow or "")
                step = current.steps.get(session.step or "") if current else None
                if current is None or step is None or step.ask is None:
                    return replies
                flow, handler = current, step.ask
                continue
            if outcome.step is not None:
                if flow is None or outcome.step not in flow.steps:
                    raise LookupError(f"no step {outcome.step!r} in flow {flow and flow.name}")
                session.enter(flow.name, outcome.step)
            if outcome.call is not None:
                if flow is None or outcome.back not in flow.steps:
                    raise LookupError(f"{flow and flow.name}: cannot call {outcome.call!r}")
                sub = self.registry.flows[outcome.call]
                back = outcome.back or ""
                session.enter(flow.name, back)
                session.callers.append(Caller(flow.name, back))
                session.flow, session.step = sub.name, None
                session.drafts.pop(sub.name, None)
                flow, handler = sub, sub.start
                continue
            if outcome.done:
                session.drafts.pop(session.flow or "", None)
                if not session.callers:
                    session.leave()
                    return replies
                caller = session.callers.pop()
                flow = self.registry.flows[caller.flow]
                session.flow, session.step = caller.flow, caller.step
                if outcome.again:  # back to the question the caller was at
                    at = flow.steps.get(caller.step)
                    if at is None or at.ask is None:
                        return replies
                    handler = at.ask
                    continue
                if flow.resume is None:
                    return replies
                handler = flow.resume
                continue
            return replies
        raise RuntimeError("flows called each other too many times in one turn")

    async def _asked_again(self, turn: Turn) -> list[Reply] | None:
        """The question the last turn asked on top of the step (`turn.pending`), asked again;
        None when there is none, or it no longer stands (Expired)."""
        asked, turn.pending = turn.pending, None
        try:
            return None if asked is None else await self._button(turn, asked)
        except Expired:
            return None


def _answer(outcome: Outcome) -> Handler:
    async def handler(turn: Turn) -> Outcome:
        return outcome

    return handler


# Turn lives in bot.core.turn; features import it from here.
__all__ = ["MAX_CHAIN", "Core", "Queued", "Turn"]
