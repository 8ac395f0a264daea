"""A help form's date step: a day its month has not («30 лютого», «31 April») refused with the
month named in the person's language (bot.core.no_such_day, read in parse.parse_when)."""

from __future__ import annotations

import datetime as dt

from bot.core import no_such_day
from bot.core.dispatch import Turn
from bot.features.assist import parse
from bot.features.assist.parse import Invalid


def parse_date(turn: Turn, text: str) -> dt.date:
    """parse.parse_date; a day its month has not said so, the month named («There is no
    30.02: February has only 28 days»), and asked again."""
    try:
        return parse.parse_date(text, turn.local(turn.now).date())
    except Invalid as wrong:
        if wrong.key != "as_date_no_such":
            raise
        missing = no_such_day.NoSuchDay(*(int(wrong.values[k]) for k in ("day", "month", "days")))
        raise Invalid("as_date_told", text=no_such_day.told(turn, missing)) from None
