"""What a feature lists beside the others' items: a person's own current items in /mybookings
(`Mine`: every feature's, by time) and the office's day in the staff's /today and /week
(`AgendaBlock`: every feature's groups, in the order they start). A feature gives them as
`Feature.mine` and `Feature.agenda` (bot.core.flows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from bot.core.messages import Button

if TYPE_CHECKING:
    from bot.core.turn import Turn


@dataclass(frozen=True)
class MineItem:
    """One item of /mybookings: its text in turn.lang (naming its kind: a visit, an
    appointment, a course, a request), its buttons, and when it happens (a visit's or an
    appointment's time, a course's next meeting; None: a request, which has no time)."""

    text: str
    rows: list[list[Button]] = field(default_factory=list)
    at: dt.datetime | None = None


@dataclass(frozen=True)
class Mine:
    """A person's own current items of one feature, for /mybookings ("my appointments, courses
    and requests"): every feature's items are listed together by time (`in_time`)."""

    items: list[MineItem] = field(default_factory=list)

    def add(self, text: str, rows: list[list[Button]], at: dt.datetime | None = None) -> None:
        self.items.append(MineItem(text, rows, at))

    @property
    def blocks(self) -> list[str]:
        return [i.text for i in self.items]

    @property
    def rows(self) -> list[list[Button]]:
        return [row for i in self.items for row in i.rows]

    @staticmethod
    def in_time(sections: list[Mine]) -> Mine:
        """Every section's items, the next first (each feature's own order kept among equal
        times); those without a time (requests) after them, in the sections' order."""
        items = [i for m in sections for i in m.items]
        timed = sorted(
            (i for i in items if i.at is not None), key=lambda i: i.at or dt.datetime.min
        )
        return Mine([*timed, *(i for i in items if i.at is None)])


MineSection = Callable[["Turn"], Awaitable[Mine]]


@dataclass(frozen=True)
class AgendaBlock:
    """One group of the staff's /today and /week (a duty at a place, a specialist's
    appointments) on one day: markup in turn.lang headed by the day, its buttons, and the people
    it shows (`Reply.shows`). The day's groups are listed in the order they start."""

    day: dt.date
    starts_at: dt.datetime
    text: str
    rows: list[list[Button]] = field(default_factory=list)
    shows: tuple[str, ...] = ()
    # each person's lines of `text` in order, and the payloads of buttons acting on their
    # records (subject, text or payload): the list's marks (bot.core.marks), for /forget
    owned: tuple[tuple[str, str], ...] = ()
    acting: tuple[tuple[str, str], ...] = ()


def today_marked(blocks: list[AgendaBlock], today: dt.date, mark: str) -> list[AgendaBlock]:
    """A week's groups, the first of today's headed by `mark` («📍 **DZIŚ**»), so that staff
    find today in the current week's list."""
    for at, block in enumerate(blocks):
        if block.day == today:
            return [*blocks[:at], replace(block, text=f"{mark}\n{block.text}"), *blocks[at + 1 :]]
    return blocks


# The office's (turn.staff_scope) groups on local days first..last, for /today and /week.
AgendaSection = Callable[["Turn", dt.date, dt.date], Awaitable[list[AgendaBlock]]]
