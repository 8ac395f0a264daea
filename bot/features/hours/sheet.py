"""`Sheet`: what the hours' text reads, gathered once: the office, the language, the moment,
the duties staff cancelled in the coming weeks and the line that says the places are in
another town than the person's. A turn fills it from its session and the database
(`of_turn`); `infopoint ask`, which has neither, fills it from the config alone (no duty
cancelled, no town said: bot/ask.py), so both print the same hours for the same question."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from bot.content.i18n import Translator
from bot.core.dispatch import Turn
from bot.core.elsewhere import not_your_town
from bot.core.voice import on_duty
from bot.settings.config import Office
from bot.storage import bookings

AHEAD_DAYS = 28  # the duties staff cancelled are read for today and the next four weeks


@dataclass(frozen=True)
class Sheet:
    office: Office
    lang: str
    fmt: Translator
    now: dt.datetime  # (aware)
    zone: ZoneInfo
    cancelled: frozenset[tuple[str, dt.date]] = frozenset()  # (place, day)
    elsewhere: str | None = None  # «the places below are in Starachowice, not Kraków»

    def t(self, key: str, **values: Any) -> str:
        return self.fmt(self.lang, key, **values)

    def t_duty(self, key: str, **values: Any) -> str:
        """A text naming the duty desk: the office's own (`duty_title`) where it has one."""
        return on_duty(self.t, self.office, self.lang, key, **values)

    @property
    def local(self) -> dt.datetime:
        return self.now.astimezone(self.zone)


async def of_turn(turn: Turn) -> Sheet:
    """The sheet of a person's turn: their office and language, now, the duties cancelled."""
    zone = turn.settings.timezone
    today = turn.local(turn.now).date()
    cancelled = await bookings.closed_duties(turn.tx, today, today + dt.timedelta(AHEAD_DAYS))
    elsewhere = not_your_town(turn, "hours_not_your_town")
    return Sheet(
        turn.office, turn.lang, turn.services.t, turn.now, zone, frozenset(cancelled), elsewhere
    )
