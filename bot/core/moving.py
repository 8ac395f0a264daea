"""A booked record moved by the person to another of its free times (/mybookings «🕒 Move»): the
step "move" that a visit (booking/move.py) and an appointment (appointments/move.py) share, over
a small protocol for the record (`Record`) and its free times (`FreeTime`); each feature says in
a `Moving` how it finds, refuses and lists its own, and its words; «Move … from … to …?»
(<flow>:moveto:<id>:<key>, `ask`) and the checks before the move itself (`checked`: still
theirs, still movable, the time still free) are the same for both.

<flow>:move:<id>[:<key>] shows the next free times (`choose`, «Later ›» after <key>);
<flow>:moveday:<id>:<YYYYMMDD> that day's (`on_day`). A day or a time typed at the list:
bot.core.moving_typed. The person stays at the step until they move, keep the record or leave.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from bot.core import day_at, moving_typed
from bot.core.choice_when import day_means, time_means
from bot.core.choices import NO, YES
from bot.core.flows import Outcome, Step, go, pending, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.slots import parse_day
from bot.core.voice import Voice, short

if TYPE_CHECKING:
    from bot.core.turn import Turn

STEP = "move"  # the step at the list of times: a day or a time typed is read


class Record(Protocol):
    """What is moved: a visit, an appointment."""

    @property
    def id(self) -> int: ...

    @property
    def starts_at(self) -> dt.datetime: ...


class FreeTime(Protocol):
    """A time it may move to: its start (aware) and its key in payloads (UTC, YYYYMMDDHHMM)."""

    @property
    def start(self) -> dt.datetime: ...

    @property
    def key(self) -> str: ...


class Draft(Protocol):
    moving: int | None  # the record being moved ...
    moving_day: str | None  # ... and the day whose times are shown (YYYYMMDD, local)


R = TypeVar("R", bound=Record)
F = TypeVar("F", bound=FreeTime)


@dataclass(frozen=True)
class Moving(Generic[R, F]):
    """One feature's moving: its payloads' first word, its texts, and its record's ways."""

    flow: str  # "booking", "appt"
    mine: str  # the payload of the button that keeps the record (/mybookings)
    keep: str  # its label's key
    other_days: str  # «‹ Other days»'s key
    day_text: str  # the key of a day's times' text ({day}, {when}: the record's time now)
    day_full: str  # a day without free times (not reached: the days shown have some)
    per_row: int  # time buttons in a row
    own: Callable[[Turn, int], Awaitable[R]]  # the record of turn.args[0], the person's, or Expired
    cannot_change: Callable[[Turn, R], Reply | None]  # why it can no longer move (None: it can)
    free: Callable[[Turn, R], Awaitable[list[F]]]  # the times it may move to, sorted
    times: Callable[..., Awaitable[Outcome]]  # (turn, record, note, after=, above=): the list
    find: Callable[[Turn, R], Awaitable[F | None]]  # the free time of turn.args[1] (None: gone)
    taken: str  # the key of «that time has just been taken»
    move_question: str  # the key of «Move … from {old} to {new}?»
    move_yes: str  # its «✅ Yes, move it»'s key
    lines: Callable[[Turn, R, dt.datetime], str]  # the record's lines, at a start given
    voice: Callable[[Turn, R], Voice]  # speaking to the person of the record
    draft: Callable[[Turn], Draft]
    danger: Callable[[Turn], list[Reply]]  # the help lines typed text calls for (urgent)
    question: Callable[[Turn], Outcome | None]  # the offer to have a question answered
    desk: Callable[[Turn, R], Awaitable[day_at.Desk]]  # why a time typed is not free
    # why a day typed has no free times when it has no hours for the record (no duty that
    # day, the duty at another place): a key and its values besides {day}; None: just none
    closed: Callable[[Turn, R, dt.date], tuple[str, dict[str, str]] | None]

    def step(self) -> Step:
        return Step(
            text=self.typed,
            ask=self.ask_again,
            labels=True,
            choose=self.asking,
            asks_to_leave=False,  # a list of times: /mybookings leaves it at once
        )

    def asking(self, turn: Turn) -> bool:
        """At «Move … to …?» (the step's buttons typed: «yes», «так», «nie»)."""
        return (turn.pending or "").startswith(f"{self.flow}:moveto:")

    async def choose(self, turn: Turn) -> Outcome:
        """<flow>:move:<id>[:<key>]: the next free times (after <key>: «Later ›»)."""
        record = await self.own(turn, 2 if len(turn.args) == 2 else 1)
        refusal = self.cannot_change(turn, record)
        after = turn.args[1] if len(turn.args) == 2 else None
        return stay(refusal) if refusal else await self.times(turn, record, after=after)

    async def checked(self, turn: Turn) -> tuple[R, F] | Outcome:
        """The record of turn.args[0], the person's, and its free time turn.args[1]; or what to
        say instead: why it can no longer move, or that the time was taken meanwhile (the
        list again)."""
        record = await self.own(turn, 2)
        refusal = self.cannot_change(turn, record)
        if refusal:
            return stay(refusal)
        time = await self.find(turn, record)
        if time is None:
            return await self.times(turn, record, turn.t(self.taken))
        return record, time

    async def ask(self, turn: Turn) -> Outcome:
        """<flow>:moveto:<id>:<key>: «move from … to …?», the record's lines below at the new
        time, «↩️ was: <the old time>» under its first line (never the old time alone right
        above «✅ Yes, move it»)."""
        checked = await self.checked(turn)
        if not isinstance(checked, tuple):
            return checked
        record, time = checked
        v = self.voice(turn, record)
        text = turn.t(self.move_question, old=v.when(record.starts_at), new=v.when(time.start))
        first, *rest = self.lines(turn, record, time.start).split("\n")
        was = turn.t("move_was", when=short(v, record.starts_at))
        text += "\n\n" + "\n".join([first, was, *rest])
        now = f"{self.flow}:move_now:{record.id}:{time.key}"
        rows = [
            [Button(turn.t(self.move_yes), now, means=YES)],
            [Button(turn.t(self.keep), self.mine, means=NO)],
        ]
        self.draft(turn).moving = record.id
        asked = go(STEP, Reply(text, rows, replace=True))
        return pending(asked, f"{self.flow}:moveto:{record.id}:{time.key}")

    async def typed(self, turn: Turn) -> Outcome:
        """Text typed at the list of times (bot.core.moving_typed), the record still movable."""
        record = await self.being_moved(turn)
        refusal = self.cannot_change(turn, record)
        if refusal:
            return go(STEP, refusal)
        return await moving_typed.typed(self, turn, record)

    async def on_day(self, turn: Turn) -> Outcome:
        """<flow>:moveday:<id>:<YYYYMMDD>: that day's free times for the record."""
        day = parse_day(turn.args[1]) if len(turn.args) == 2 else None
        record = await self.own(turn, 2)
        if day is None:
            raise Expired(f"{self.flow}:moveday")
        refusal = self.cannot_change(turn, record)
        if refusal:
            return go(STEP, refusal)
        return self.day_times(turn, record, day, await self.free(turn, record))

    async def ask_again(self, turn: Turn) -> Outcome:
        """The step's question once more (a language change): the day's times, or the list."""
        return await self.listed_again(turn, await self.being_moved(turn))

    async def being_moved(self, turn: Turn) -> R:
        """The record being moved (the draft's), still the person's."""
        turn.args = (str(self.draft(turn).moving),)
        return await self.own(turn, 1)

    async def listed_again(self, turn: Turn, record: R) -> Outcome:
        day = parse_day(self.draft(turn).moving_day or "")
        free = await self.free(turn, record)
        zone = turn.settings.timezone
        if day is not None and any(t.start.astimezone(zone).date() == day for t in free):
            return self.day_times(turn, record, day, free)
        return await self.times(turn, record)

    def day_times(
        self, turn: Turn, record: R, day: dt.date, free: list[F], note: str = ""
    ) -> Outcome:
        """The day's free times as buttons (typed «14:30» presses one), «‹ Other days»."""
        v = self.voice(turn, record)
        zone = turn.settings.timezone
        on_day = [t for t in free if t.start.astimezone(zone).date() == day]
        if not on_day:
            return go(STEP, Reply(turn.t(self.day_full)))  # not reached: days shown have times
        buttons = [
            Button(
                v.time(t.start),
                f"{self.flow}:moveto:{record.id}:{t.key}",
                means=time_means(t.start.astimezone(zone)),
            )
            for t in on_day
        ]
        per_row = self.per_row
        rows = [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
        rows.append([Button(turn.t(self.other_days), f"{self.flow}:move:{record.id}")])
        rows.append([Button(turn.t(self.keep), self.mine)])
        text = turn.t(self.day_text, day=v.long_day(day), when=short(v, record.starts_at))
        current = self.draft(turn)
        current.moving, current.moving_day = record.id, f"{day:%Y%m%d}"
        return go(STEP, Reply(f"{note}\n\n{text}" if note else text, rows, replace=True))

    def time_rows(
        self, turn: Turn, record: R, free: list[F], starts: Sequence[dt.datetime]
    ) -> list[list[Button]]:
        v = self.voice(turn, record)
        return [
            [Button(short(v, t.start), f"{self.flow}:moveto:{record.id}:{t.key}")]
            for t in free
            if t.start in starts
        ]

    def day_buttons(self, turn: Turn, record: R, days: Sequence[dt.date]) -> list[Button]:
        v = self.voice(turn, record)
        payload = f"{self.flow}:moveday:{record.id}"
        return [Button(v.day(d), f"{payload}:{d:%Y%m%d}", means=day_means(d)) for d in days]
