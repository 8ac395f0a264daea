"""How a feature tells the core what it handles: flows as tables, commands, buttons, staff side.

A flow is a table, as python-telegram-bot's ConversationHandler shows `states={...}`:

    CALLBACK = Flow(
        "callback",
        start=start,
        steps={
            "topic": Step(text=reask, buttons={"category": category, "topic": choose_topic}),
            ...
        },
        buttons={"cancel": cancel},         # pressed at any step (or on an older message)
        resume=after_person,                # a sub-flow this flow called has returned
    )

A handler builds replies and says where the person goes next by what it returns (`stay`, `go`,
`end`, `call`, `done`); the dispatcher moves the session accordingly. Buttons carry payloads of
words, `<flow or group>:<action>:<argument>...`, at most 64 bytes (Telegram's limit).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from bot.core.listings import AgendaSection, MineSection
from bot.core.messages import Button, Reply
from bot.core.threads import ThreadKind

if TYPE_CHECKING:
    from bot.core.services import Services
    from bot.core.turn import Turn

PAYLOAD_BYTES = 64


@dataclass(frozen=True)
class Outcome:
    """What a handler answers, and where the person is afterwards."""

    replies: tuple[Reply, ...] = ()
    step: str | None = None  # go to this step of the handler's flow
    end: bool = False  # leave every flow
    call: str | None = None  # start this sub-flow ...
    back: str | None = None  # ... and continue at this step of ours when it is done
    done: bool = False  # this sub-flow is finished: back to the flow that called it
    again: bool = False  # show the question of the step the person is at again (its `ask`)
    ask_text: str | None = None  # with `end`: this text then goes through the text pipeline
    replay: Replay | None = None  # then handle this event, held back earlier, as if just sent
    pending: str | None = None  # the replies ask a question of their own: this payload asks it
    # again (Session.pending), until the person's next event


@dataclass(frozen=True)
class Replay:
    """An event held back (the person had to choose something first), to be handled now."""

    text: str | None = None
    payload: str | None = None
    command: str | None = None
    args: str = ""
    warned: bool = False  # its danger lines were shown when it was held (Turn.warned)


def stay(*replies: Reply) -> Outcome:
    """Answer; the person stays where they are (in a flow or not)."""
    return Outcome(replies)


def go(step: str, *replies: Reply) -> Outcome:
    """Answer, and be at `step` of the handler's flow (entering it if need be)."""
    return Outcome(replies, step=step)


def end(*replies: Reply) -> Outcome:
    """Answer, and leave every flow (drafts are dropped, the memory stays)."""
    return Outcome(replies, end=True)


def call(flow: str, back: str, *replies: Reply) -> Outcome:
    """Start the sub-flow `flow`; when it is `done`, continue at `back` (the flow's `resume`)."""
    return Outcome(replies, call=flow, back=back)


def done(*replies: Reply) -> Outcome:
    """A sub-flow is finished: its caller continues."""
    return Outcome(replies, done=True)


def back_where_left(*replies: Reply) -> Outcome:
    """A sub-flow is finished: its caller shows the question of the step it was at once more
    (instead of its `resume`), e.g. after consent was asked again in the middle of a form."""
    return Outcome(replies, done=True, again=True)


def again(*replies: Reply) -> Outcome:
    """Answer, then show the question of the step the person is at once more (e.g. in the new
    language); outside a flow, just answer."""
    return Outcome(replies, again=True)


def leave_and_ask(text: str, *replies: Reply) -> Outcome:
    """Leave every flow and answer `text` as if it had been typed outside a form."""
    return Outcome(replies, end=True, ask_text=text)


def then(event: Replay, *replies: Reply) -> Outcome:
    """Answer, then handle `event` as if the person had just sent it."""
    return Outcome(replies, replay=event)


def pending(outcome: Outcome, payload: str) -> Outcome:
    """The same outcome, its replies asking a question on top of the step («save “…”?», «cancel
    this visit?», the languages) until the next event: kept in the session, so that the step's
    question asked again (`again`: after a language change, /help, a returning person) is this
    one, asked by handling `payload` as a button pressed (one no longer valid, Expired: the
    step's own question instead)."""
    return replace(outcome, pending=payload)


def prefixed(outcome: Outcome, *replies: Reply) -> Outcome:
    """The same outcome with `replies` shown first (a warning, the help lines)."""
    return replace(outcome, replies=(*replies, *outcome.replies))


Handler = Callable[["Turn"], Awaitable[Outcome]]
# Before a person's event is routed: an outcome that answers instead (e.g. "choose your office
# first", holding the event back), or None to let it through.
Gate = Callable[["Turn"], Awaitable[Outcome | None]]
Next = Callable[[], Awaitable[Outcome]]
# One step of the pipeline for text typed outside a flow: answer, or pass on with `next()`.
TextStep = Callable[["Turn", Next], Awaitable[Outcome]]


def pipeline(steps: tuple[TextStep, ...]) -> Handler:
    """The text pipeline as one handler: each step answers or passes on with `next()`."""

    async def run(turn: Turn, at: int) -> Outcome:
        if at == len(steps):
            return stay()

        async def next_() -> Outcome:
            return await run(turn, at + 1)

        return await steps[at](turn, next_)

    async def handler(turn: Turn) -> Outcome:
        return await run(turn, 0)

    return handler


@dataclass(frozen=True)
class Step:
    text: Handler  # typed text (or a message the bot cannot read) at this step
    buttons: Mapping[str, Handler] = field(default_factory=dict)  # valid at this step only
    contact: Handler | None = None  # a shared phone number; None: as typed text
    ask: Handler | None = None  # this step's question once more (after a language change)
    # The answer here is one of the buttons shown: typed text that names exactly one of them
    # presses it, before `text` sees anything (bot.core.choices). A function: some of the
    # step's questions are (a form's choice, but not its free text).
    choose: bool | Callable[[Turn], bool] = False
    # Free text is the answer here (a description, «something else»), but a button shown typed
    # whole by its label, or a word for cancel where a button cancels («отмена», «menu»),
    # presses it (bot.core.choices): not taken as the text.
    labels: bool = False
    asks_to_leave: bool = True  # False: nothing given is kept here (times to move a visit to)


@dataclass(frozen=True)
class Flow:
    name: str  # also the first word of its buttons' payloads
    start: Handler  # entering the flow (its command, the bare `name` payload)
    steps: Mapping[str, Step]
    buttons: Mapping[str, Handler] = field(default_factory=dict)  # at any step, or outside
    resume: Handler | None = None  # a sub-flow it called is done
    # Whether what is being filled in is offered by the person's office now (asked after a
    # change of office in the middle of the form: if not, the form is closed); None: always.
    offered: Callable[[Turn], bool] | None = None
    # What the new office offers instead of a form it closed (buttons starting its forms)
    instead: Callable[[Turn], list[list[Button]]] | None = None
    about: Callable[[Turn, frozenset[str]], Reply | None] | None = None  # bot.core.about
    # Whether the form asks for children (a children's course): «Маша 8» typed at the person's
    # own name is then asked about (is 8 a child's age?); elsewhere the name is taken without it.
    children: Callable[[Turn], bool] | None = None


@dataclass(frozen=True)
class PrivacySection:
    """What a feature keeps about a person: shown by /mydata, erased by /forget.

    `show` returns markup in turn.lang (None when nothing is kept); `forget` deletes or blanks
    the person's data in turn.tx and queues the staff-chat edits; it must be safe to run twice.
    """

    name: str
    show: Callable[[Turn], Awaitable[str | None]]
    forget: Callable[[Turn], Awaitable[None]]


@dataclass(frozen=True)
class Job:
    """Periodic work run beside the channels; its state lives in SQLite, so a restart is safe."""

    name: str
    every_seconds: float
    run: Callable[[Services], Awaitable[None]]
    # It erases personal data (retention): the write-ahead log is then copied into the database
    # file and emptied, so no readable copy of what it erased stays in the files, whatever job
    # runs next.
    erases: bool = False
    # Its work changes with the date (what can be booked today): run at the zone's midnight
    # too, not up to `every_seconds` after it (bot.delivery.scheduler).
    midnight: bool = False

    def __post_init__(self) -> None:
        if self.erases:
            object.__setattr__(self, "run", _then_checkpoint(self.run))


def _then_checkpoint(
    run: Callable[[Services], Awaitable[None]],
) -> Callable[[Services], Awaitable[None]]:
    async def erasing(services: Services) -> None:
        try:
            await run(services)
        finally:  # what it committed before a failure is erased too
            await services.db.checkpoint()

    return erasing


@dataclass(frozen=True)
class Fallbacks:
    """Answers when nothing else applies (one feature provides them)."""

    expired: Handler  # a button that is unknown, stale or forged
    unsupported: Handler  # a sticker, a photo, a contact outside a form
    unknown_command: Handler
    staff_only: Handler  # a staff command outside the staff chat
    form_open: Handler  # a command that would leave an open form: leave it? (turn.args: its name)
    error: Callable[[Services, str], list[Reply]]  # the handler failed: the apology


# A group of buttons outside flows: one handler for the group (the rest of the payload is
# turn.args), or a handler per action word.
Buttons = Handler | Mapping[str, Handler]


@dataclass(frozen=True)
class Feature:
    name: str
    commands: Mapping[str, Handler | Flow] = field(default_factory=dict)
    buttons: Mapping[str, Buttons] = field(default_factory=dict)
    flows: tuple[Flow, ...] = ()
    text: TextStep | None = None  # its place in the pipeline is set by the registry
    # Its commands that answer and leave an open form going on (/help, /mydata); any other
    # command typed in a form asks first whether to leave it (Fallbacks.form_open)
    keeps_form: frozenset[str] = frozenset()
    staff_commands: Mapping[str, Handler] = field(default_factory=dict)
    # which of them also work in a network's coordinators' chat (its /help lists only these)
    coordinator_commands: frozenset[str] = frozenset()
    staff_buttons: Mapping[str, Mapping[str, Handler]] = field(default_factory=dict)
    staff_reply: Handler | None = None  # a staff member replied to a message in the staff chat
    gate: Gate | None = None  # sees every event of a person first (bot.core.flows.Gate)
    # Typed text this feature must see even where it names a button (danger words, a
    # question): not pressed, the step's `text` handler has it (bot.core.choices).
    claims: Callable[[str], bool] | None = None
    location: Handler | None = None  # a shared location (one feature handles them)
    # the text a typed question is searched as (one feature: questions); the early search too
    searched: Callable[[str], str] | None = None
    mine: MineSection | None = None  # the person's own items, listed by /mybookings
    agenda: AgendaSection | None = None  # the office's day in /today and /week (staff)
    privacy: PrivacySection | None = None
    jobs: tuple[Job, ...] = ()
    fallbacks: Fallbacks | None = None
    threads: tuple[ThreadKind, ...] = ()  # records people and staff write about (core.threads)
    # word tables read once, ahead, in a thread at start (not in the first person's turn)
    prepare: tuple[Callable[[], object], ...] = ()
