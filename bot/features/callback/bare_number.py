"""A bare number typed at the summary («5», «10»: tester 33, item 4). The summary reads a day
typed there as the day of the call, but a number alone is most likely a button's number
mistyped (the menus teach typing them): the buttons' own numbers press them before this, so
this one is said to be no button, and the day it would be is named with its month, to be typed
so if a day was meant; nothing changes. Only the callback's summary reads dates (a visit's, an
appointment's and a help request's summaries take no day typed there)."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.messages import Reply
from bot.core.turn import Turn

_BARE = re.compile(r"\s*(\d{1,3})\s*[.)]?\s*")
_MONTHS_AHEAD = 12


def day_of(today: dt.date, number: int) -> dt.date | None:
    """The first day from `today` on whose day of the month is `number` (None: none is)."""
    year, month = today.year, today.month
    for _ in range(_MONTHS_AHEAD + 1):
        try:
            day = dt.date(year, month, number)
        except ValueError:
            day = None
        if day is not None and day >= today:
            return day
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def told(turn: Turn, text: str) -> Reply | None:
    """What to say to `text` when it is a bare number; None: it is not."""
    found = _BARE.fullmatch(text)
    if found is None:
        return None
    number = int(found.group(1))
    day = day_of(turn.local(turn.now).date(), number) if 1 <= number <= 31 else None
    if day is None:
        return Reply(turn.t("cb_no_such_button", number=number))
    named = turn.services.t.date(turn.lang, day, "d MMMM")
    return Reply(turn.t("cb_no_such_button_day", number=number, day=named))
