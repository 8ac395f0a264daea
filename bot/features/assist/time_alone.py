"""A question that names a time but no day («can you go with me to ZUS after 15?», «о 10»),
for the help form it opens (prefill.py; README «Known gaps», Forms: the pre-fill needed a day
with the time, and «15» was read as the 15th of the month). The time's words are found in the
question (bot.core.note_time, as a note written with a phone is read) and the day is the first
from today on when that time can be arranged: the office open (where staff go with the person),
the place the form goes to open, staff at work soon enough (times.check_day, times.check). An
hour said («at 10») is that time; «after 15», «before 11» are the hours staff can use that day
(times.window: «afternoon (15:00–16:00)»). A day said elsewhere in the question («on the 27th
… after 15») is that day, read without the time's words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.core import note_time
from bot.core.dispatch import Turn
from bot.features.assist import times
from bot.features.assist.draft import set_answer
from bot.features.assist.parse import Invalid
from bot.features.callback import open_on
from bot.settings.catalogue import Service

_LONGEST = 4  # words of a time said: «not before 3 pm», «після 15:00»
_DAYS_AHEAD = 14  # days looked at for the first that fits


@dataclass(frozen=True)
class Alone:
    """The time a question says with no day (`said`), and the question without its words."""

    rest: str
    said: note_time.Said


def find(text: str) -> Alone | None:
    """The longest run of words of `text` that is a time alone; None: none is, or it names a
    day («tomorrow at 10»: the form's date reader takes both)."""
    words = text.replace("?", " ").split()
    for size in range(min(_LONGEST, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            said = note_time.read(" ".join(words[start : start + size]))
            if said is None:
                continue
            if said.weekdays or said.days_ahead:
                return None
            return Alone(" ".join(words[:start] + words[start + size :]), said)
    return None


def value(turn: Turn, service: Service, index: int, said: note_time.Said) -> str:
    """The answer to the time field at `index` (its day answered): HH:MM, or the hours staff
    can use (times.span_window); Invalid: why not that day."""
    if said.moment:
        return times.check(turn, service, index, dt.time(said.start // 60, said.start % 60))
    return times.span_window(turn, service, index, said)


def first_day(turn: Turn, service: Service, index: int, said: note_time.Said) -> dt.date | None:
    """The first day from today on for the date field at `index` when the time `said` can be
    arranged (the time field right after it checked on that day); None: none within two weeks."""
    field = service.fields[index]
    then = index + 1 if index + 1 < len(service.fields) else None
    timed = then is not None and service.fields[then].type == "time"
    today = turn.local(turn.now).date()
    for day in (today + dt.timedelta(days=n) for n in range(_DAYS_AHEAD)):
        if field.office_hours and not open_on(turn.office, day):
            continue
        try:
            times.check_day(turn, service, index, day)
            if timed and then is not None:
                set_answer(turn, field.id, day.isoformat())  # (what the time's check reads)
                value(turn, service, then, said)
        except Invalid:
            continue
        finally:
            set_answer(turn, field.id, None)
        return day
    return None
