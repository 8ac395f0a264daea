"""A bare number typed at «When to call?» (README «Known gaps», Forms: «14» was read as the
14th of the month, «the day you asked for»). The step asks a time, so a number alone is an
hour: «14» is 14:00, as «о 14» is (window_typed.take: the window it fits; the note says
«14:00», so that staff read no bare number); «9» and «3» are whichever of 09:00 / 21:00 and
03:00 / 15:00 the office works at. Where both or neither are («6»: 06:00 or 18:00, the office
open until 18:00 at the latest), the person is asked which, with the buttons again; a number
that is no hour («25») is said to be none. A day is typed with its month («14 грудня»)."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, go
from bot.features.callback.replies import ask_window
from bot.settings.config import Office

_BARE = re.compile(r"\s*(\d{1,2})\s*[.)]?\s*")
NOON = 12


def hours_of(text: str) -> list[int] | None:
    """The hours a bare number may be (none: it is no hour); None: `text` is no bare number."""
    found = _BARE.fullmatch(text)
    if found is None:
        return None
    number = int(found.group(1))
    if number > 23:
        return []
    return [number] if number == 0 or number >= NOON else [number, number + NOON]


def _open_at(office: Office, hour: int) -> bool:
    """Whether the office works at `hour` o'clock on some day of its week."""
    at = dt.time(hour)
    return any(rule.start <= at < rule.end for rule in office.opening_hours)


def read(turn: Turn, text: str) -> tuple[str | None, Outcome | None] | None:
    """None: `text` is no bare number. Else the time to read it as («14:00»), or the question
    asked instead (which one, or that it is no hour)."""
    hours = hours_of(text)
    if hours is None:
        return None
    number = int(text.strip().rstrip(".)").strip())
    if len(hours) == 1:
        return f"{hours[0]}:00", None
    fits = [h for h in hours if _open_at(turn.office, h)] if turn.office.opening_hours else []
    if len(fits) == 1:
        return f"{fits[0]}:00", None
    fmt = turn.services.t
    if hours:
        first, second = (fmt.time(turn.lang, dt.time(h)) for h in hours)
        note = turn.t("cb_window_hour_which", number=number, first=first, second=second)
    else:
        note = turn.t("cb_window_no_hour", number=number)
    reply = ask_window(turn)
    reply.text = f"{note}\n\n{reply.text}"
    return None, go("window", reply)
