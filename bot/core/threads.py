"""Writing both ways between a person and their office's staff about a record, through the bot.

A feature whose records people and staff write about describes them with a `ThreadKind` in its
`Feature.threads`: a callback or help request, an appointment request, a visit at the duty
hours, a course's message to everyone signed up. The callback feature relays the messages for
every kind (bot.features.callback.thread, docs/callbacks.md): a staff member's reply to one of the
record's messages in the staff chat goes to the person; what the person types outside a form
while a thread is open goes to the staff chat (the latest opened thread, when several are; the
rules of what goes to staff and what to the bot: bot.features.callback.capture).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core import markup
from bot.storage import Statement, Tx

if TYPE_CHECKING:
    from bot.core.messages import Reply
    from bot.core.services import Services
    from bot.core.turn import Turn

THREAD_HOURS = 24  # a record's thread takes the person's texts this long after staff wrote


def open_reads(
    kinds: tuple[ThreadKind, ...], channel: str, user_id: str, now: dt.datetime
) -> tuple[Statement, ...]:
    """The person's open thread of each kind, latest first (`ThreadKind.open_query`): what
    their typed text outside a form asks (bot.features.callback.latest), read in the turn's
    first trip (bot.core.loading)."""
    since = now - dt.timedelta(hours=THREAD_HOURS)
    return tuple(kind.open_query(channel, user_id, since) for kind in kinds)


@dataclass(frozen=True)
class Thread:
    """One record, as writing about it needs it. The texts are functions of a language: staff
    read the office's staff language, the person the language they use now."""

    kind: str  # its ThreadKind's name
    id: int
    office: str
    channel: str
    user_id: str | None  # None once the person's data is forgotten
    chat_id: str | None
    language: str  # the record's (the person's session's language, if any, comes first)
    name: str  # who writes, as staff see it (a first name alone for a confidential service)
    record: Callable[[str], str]  # the record named for staff: «Prośba o wizytę nr 1»
    wrote: Callable[[str, str], str]  # (lang, staff's text, escaped): what the person reads
    relayed: Callable[[str], str]  # (lang): «passed on to …», told to the person
    card: tuple[str, int] | None = None  # the staff message relayed texts answer (ref kind, id)
    to_person: str | None = None  # ref kind of staff messages to the person (undeliverable ones)
    forgotten: bool = False
    closed: bool = False  # the record is closed: staff may still write, the person's texts
    # are the bot's (a closed request no longer takes them)
    # What staff are told when they write about a closed record (the key, {record}): the
    # message goes, the answers do not come back («the request is closed», «the visit is
    # cancelled»).
    closed_told: str = "staff_reply_queued_closed"
    # A confidential service's record (a psychologist): the person's typed text reaches the
    # staff group only once they chose so, told that staff there read it (callback.private).
    private: bool = False
    # The record's number as the person reads it («P1», «W1»): in «Send this to your request
    # #P1 too» (callback/answered.py); "" where no such offer is made.
    number: str = ""
    # When the person last wrote to staff about it (a request's; None: never): what its card
    # goes back to when a text is taken back («↩️ Undo: it was not for the staff»)
    person_at: dt.datetime | None = None

    def staff_language(self, services: Services) -> str:
        """The language its office's staff read."""
        return services.settings.office(self.office).staff_language

    def staff_text(self, services: Services, key: str, **values: object) -> str:
        """A staff chat text about it, in its office's staff language: `key` with the record
        named («Prośba o wizytę nr 1», {record}) and who writes ({name}, escaped), and `values`
        (escaped by the caller where a person typed them)."""
        staff = self.staff_language(services)
        name = markup.literal(self.name)
        return services.t(staff, key, record=self.record(staff), name=name, **values)


@dataclass(frozen=True)
class ThreadKind:
    """A kind of record a person and staff write about; what the relaying needs to know of it."""

    name: str  # in the person's «stop writing to staff» button
    staff_refs: tuple[str, ...]  # staff-chat messages (ref kinds) a reply to which is about it
    relayed: str  # ref kind of the person's texts relayed to the staff chat (ref id: the record)
    staff_reply: str  # ref kind a staff member's own reply is remembered as
    # The person's open thread of this kind (channel, user id, the start of the window of a
    # staff message): one row with `id`, `thread_at` (when it was last opened), latest first,
    # `first_only` (1: staff wrote to everyone, and only the person's first answer is theirs)
    # and `sent_only` (1: the person sent the record and no staff member has written to them
    # about it yet: a question the bot answers at once is the bot's, callback/answered.py).
    open_query: Callable[[str, str, dt.datetime], Statement]
    get: Callable[[Services, Tx, int], Awaitable[Thread | None]]
    replied: Callable[[Tx, int, dt.datetime], Awaitable[None]]  # staff wrote: open it again
    stop: Callable[[Tx, int, dt.datetime], Awaitable[None]]  # the person stopped it
    thanks_to_bot: bool = False  # a plain «thank you» is answered by the bot, not passed on
    # A staff member (turn.incoming.sender_name) writes to the person about the record (its id;
    # called before `replied`): the record shows it to their colleagues (a request's card).
    written: Callable[[Turn, int], Awaitable[None]] | None = None
    # Messages in the person's chat (ref kinds) a platform reply to which is about the record.
    person_refs: tuple[str, ...] = ()
    # The person's text about the record went to staff (the record's id, now).
    person_wrote: Callable[[Tx, int, dt.datetime], Awaitable[None]] | None = None
    # The letter of the record's number as staff read it («W»: bot.features.callback.numbered)
    # and its staff card edited to show it as it is now (a callback or help request of the
    # same person came or went: the card's «👥» line, bot.features.callback.linked).
    letter: str = ""
    refresh: Callable[[Turn, int], Awaitable[None]] | None = None
    # The person's text went to staff (instead of person_wrote): marked so, and the record's
    # card edited to show a message waiting for an answer (a callback or help request's).
    noted: Callable[[Turn, int], Awaitable[None]] | None = None
    # The person took back the text they wrote at a moment (the record's id, that moment, when
    # they wrote before it, if ever): the record and its card as they were before it, unless
    # they wrote again since (bot.features.callback.answered.undo)
    took_back: Callable[[Turn, int, dt.datetime, dt.datetime | None], Awaitable[None]] | None = None
    # The person's text went to staff: kept with the record (its id, the text; False: taken
    # back, dropped), for /mydata to show and /forget to erase (bot.features.callback.kept)
    kept: Callable[[Turn, int, str, bool], Awaitable[None]] | None = None
    # What the record itself answers to the person's text, before it is relayed (an offered
    # time named in words: bot.features.appointments.offer_typed)
    typed: Callable[[Turn, int, str], Awaitable[list[Reply]]] | None = None
