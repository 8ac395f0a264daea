"""A record the person moved to another time (bot.core.moving: a visit, an appointment), as its
staff see it: one message, the new record's card headed with where it moved from («🕒
Przeniesiona przez osobę; poprzedni termin: …»); the old card, and every copy of it shown again,
edited to say where it went (the new time and number) over the card with its own old time, so
that the old number is never shown at the new time (`view`). The old record shown again later
(/request D1, its /requests line) is that view too, not «cancelled by the person» (`shown`).
Each feature says in a `StaffSide` how it shows its own record (booking/move.py,
appointments/move.py). The same for a visit and an appointment besides: the card shown again
from its /requests line (`show`), and edited when a staff member wrote to the person (`edit`);
which of a person's records they moved, and to which, for /mydata and /forget (`moved_now`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from bot.core import looks
from bot.core.flows import Outcome, stay
from bot.core.messages import Expired, Reply
from bot.core.numbers import record_id
from bot.core.turn import shown_again, subject_of
from bot.core.voice import Voice, short
from bot.storage import Tx, moves

if TYPE_CHECKING:
    from bot.core.turn import Turn


class Record(Protocol):
    """What is moved: a visit, an appointment (frozen dataclasses)."""

    @property
    def id(self) -> int: ...

    @property
    def office(self) -> str: ...

    @property
    def channel(self) -> str: ...

    @property
    def user_id(self) -> str: ...

    @property
    def day(self) -> dt.date: ...

    @property
    def starts_at(self) -> dt.datetime: ...

    @property
    def ends_at(self) -> dt.datetime: ...

    @property
    def active(self) -> bool: ...


R = TypeVar("R", bound=Record)
V = TypeVar("V", bound=Voice)


@dataclass(frozen=True)
class StaffSide(Generic[R, V]):
    """How one feature's staff chat shows its record, for a move."""

    table: moves.Table  # "bookings", "appointments"
    ref: str  # the staff card's reference (outbox, message_refs)
    look: str  # ... of its copies shown again
    moved_from: str  # the new card's head ({when}: the old time, {id}: the old record)
    moved_mark: str  # the old card's mark ({when}: the new time, {id}: the new record)
    voice: Callable[[Turn, R], V]  # the staff of the record's office
    card: Callable[[V, R], Reply]  # the record's card as it is now (shown again: no «New»)
    posted: Callable[[V, R], Reply]  # ... as first posted («New visit»)
    text: Callable[[V, R], str]  # its text, without a mark
    get: Callable[[Tx, int], Awaitable[R | None]]
    shows: str  # the prefix of `show`'s payload, <shows>:show:<id> («visit», «apptv»)
    named: str  # the record named for staff ({id}: «wizyta nr 1»)

    def view(self, staff: V, old: R, new: R) -> Reply:
        """The old card after the move: the mark naming the new time and number, over the card
        with its own (old) day and time."""
        mark = staff(self.moved_mark, when=short(staff, new.starts_at), id=new.id)
        return Reply(f"{mark}\n{self.text(staff, old)}")

    async def tell(self, turn: Turn, old: R, new: R) -> None:
        """One message for staff: the new card, headed with where it moved from; the old card
        and its copies shown again (and those of a record moved to the old one before) edited
        to the moved view."""
        staff = self.voice(turn, old)
        about = subject_of(old.channel, old.user_id)
        head = staff(self.moved_from, when=short(staff, old.starts_at), id=old.id)
        card = self.posted(staff, new)
        await turn.to_staff(
            Reply(f"{head}\n{card.text}", card.buttons),
            office=staff.office,
            ref_kind=self.ref,
            ref_id=new.id,
            about=about,
        )
        for earlier in [old.id, *await moves.earlier_ids(turn.tx, self.table, old.id)]:
            shown = old if earlier == old.id else await self.get(turn.tx, earlier)
            if shown is None:
                continue
            moved = self.view(staff, shown, new)  # moved twice: the first card too
            refs = (self.ref, earlier), (self.look, earlier)
            await turn.edit_card(moved, staff.office, *refs, about)

    async def shown(self, turn: Turn, record: R) -> Reply:
        """The record's card shown again: moved, the moved view (its old time, the new one in the
        mark)."""
        staff = self.voice(turn, record)
        now = await moves.current_id(turn.tx, self.table, record.id)
        new = await self.get(turn.tx, now) if now != record.id else None
        return self.view(staff, record, new) if new is not None else self.card(staff, record)

    async def moved_now(self, tx: Tx, mine: Sequence[R]) -> dict[int, R]:
        """Of a person's records (/mydata, /forget), those they moved: each one's record now."""
        by_id = {record.id: record for record in mine}
        found = await moves.targets(tx, self.table, [r.id for r in mine if not r.active])
        return {old: by_id[new] for old, new in found.items() if new in by_id}

    def now(self, turn: Turn, record: R) -> Reply:
        """The record's card as it is now (a staff member wrote: it says who and when)."""
        return self.card(self.voice(turn, record), record)

    async def edit(self, turn: Turn, record: R) -> None:
        """The card, and every copy of it shown again, edited to what it says now."""
        who = record.user_id
        await turn.edit_card(
            self.now(turn, record),
            self.voice(turn, record).office,
            (self.ref, record.id),
            (self.look, record.id),
            subject_of(record.channel, who) if who else None,
        )

    async def show(self, turn: Turn) -> Outcome:
        """<shows>:show:<id> (its /requests line): the record's card again, saying whose it is
        (/forget and retention edit it); a reply to it writes to the person, as to the card.
        The coordinators' chat looks only: without the buttons."""
        number = record_id(turn.args[0]) if len(turn.args) == 1 else None
        record = await self.get(turn.tx, number) if number is not None else None
        if record is None:
            raise Expired(self.shows)
        turn.staff_may(record.office, turn.t(self.named, id=record.id), look_only=True)
        card = await self.shown(turn, record)  # moved: with the time it has now
        if turn.staff_all:
            card = looks.only(turn.services, record.office, card)
        return stay(shown_again(card, record.channel, record.user_id, (self.look, record.id)))
