"""Which days a staff list of days shows, and its «‹» «›» buttons: /week (the office's visits
and appointments: bot.features.booking.weeks) and /appointments (the specialists' appointments
and requests: bot.features.appointments.staff) read their argument the same way.

    (nothing)           this week, Monday to Sunday (today marked in /week's list)
    next, +1            next week (+2, +3: further on; «następny», «dalej» too)
    previous, -1        last week (-2: further back; «poprzedni», «wcześniej»)
    15.12               the week of that day (any day as people type it: «15 grudnia»,
                        «wtorek», «jutro»): staff who name a day mean its week, as a wall
                        calendar shows it

Every list is a week from Monday, however it was asked for, so «‹» and «›» lead to the same
weeks whichever way staff started (tester 25, item 12: plain /week was today and 6 days).

A day alone (`read_one`, /today's argument: «jutro», «15.12», «wtorek») is read the same way.
A day and month without a year is the nearest such day: one up to BACK_DAYS (about half a year)
ago is that past day (staff look back at it), a later one's this year's or next year's to come.
Under a list, «‹» and «›» (<group>:from:<YYYYMMDD>) show exactly the 7 days before and after it
(never overlapping it): «›» while those days start within the booking horizon (nothing can be
booked later), «‹» while the list starts after today (a list with today or earlier days has no
«‹»: /week -1 looks back). A list of days all past says so in its title (`passed`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from bot.core import dates, markup
from bot.core.dispatch import Turn
from bot.core.messages import Button, Expired
from bot.core.words import fold

WEEK_DAYS = 7
# «/week next» in the staff language and in English (folded): the 7 days after this week's
NEXT_WORDS = frozenset(
    {"next", "nastepny", "nastepne", "nastepna", "kolejny", "kolejne", "dalej", "pozniej"}
)
PREVIOUS_WORDS = frozenset(
    {"previous", "prev", "last", "poprzedni", "poprzednie", "poprzednia", "wczesniej"}
)
BACK_DAYS = 183  # «/today 20.11» on 6 December: 20 November just gone, not next year's
_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})(?:[./-](\d{4}))?")  # «31.02», «31.02.2027»
# «31 lutego», «30 лютого 2027», «February 31»: a day and a month said in words
_WORDED = re.compile(
    r"(\d{1,2})\.?\s+([^\W\d]+)\.?(?:\s+(\d{4}))?|([^\W\d]+)\s+(\d{1,2}),?(?:\s+(\d{4}))?"
)
_AHEAD = re.compile(r"([+-])\s*(\d{1,2})")  # «+1», «+2»: weeks ahead; «-1»: back
_PAYLOAD_DAY = "%Y%m%d"


def today(turn: Turn) -> dt.date:
    return turn.local(turn.now).date()


SUNDAY = 6


def first_day(text: str, today: dt.date) -> dt.date | None:
    """The first of the 7 days `<command> <text>` asks for; None: not a week staff can mean."""
    said = " ".join(text.split())
    monday = _monday(today)
    if not said:  # this week; on a Sunday, its last day, the coming one (tester 27, item 8)
        return monday + dt.timedelta(days=WEEK_DAYS) if today.weekday() == SUNDAY else monday
    folded = fold(said).strip(" .!")
    if folded in NEXT_WORDS:
        return monday + dt.timedelta(days=WEEK_DAYS)
    if folded in PREVIOUS_WORDS:
        return monday - dt.timedelta(days=WEEK_DAYS)
    ahead = _AHEAD.fullmatch(folded)
    if ahead:
        weeks = int(ahead.group(2)) * (1 if ahead.group(1) == "+" else -1)
        return monday + dt.timedelta(days=WEEK_DAYS * weeks)
    day = read_one(said, today)
    return _monday(day) if day is not None else None


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def passed(turn: Turn, last: dt.date) -> bool:
    """Every day of a list up to `last` has passed (its title says so)."""
    return last < today(turn)


def read_one(text: str, today: dt.date) -> dt.date | None:
    """One day as staff type it («jutro», «15.12», «15 grudnia», «wtorek»); None: no day."""
    day = dates.read_day(" ".join(text.split()), today)
    return dates.resolve(day, today, BACK_DAYS) if day is not None else None


def from_payload(turn: Turn, group: str) -> dt.date:
    """The first day of a «‹» or «›» button's list (<group>:from:<YYYYMMDD>)."""
    if len(turn.args) != 1:
        raise Expired(group)
    try:
        return dt.datetime.strptime(turn.args[0], _PAYLOAD_DAY).date()
    except ValueError:
        raise Expired(group) from None


def last_day(first: dt.date) -> dt.date:
    return first + dt.timedelta(days=WEEK_DAYS - 1)


def paging(turn: Turn, first: dt.date, horizon_days: int, group: str) -> list[Button]:
    """«‹» and «›» under the list of 7 days from `first` (none: a row of no buttons)."""
    now = today(turn)
    step = dt.timedelta(days=WEEK_DAYS)
    row = []
    if first > now:  # the 7 days before it, never overlapping it (-1: further back)
        row.append(_button(turn, "staff_btn_week_back", first - step, group))
    if first + step <= now + dt.timedelta(days=horizon_days):
        row.append(_button(turn, "staff_btn_week_next", first + step, group))
    return row


def _button(turn: Turn, key: str, first: dt.date, group: str) -> Button:
    fmt = turn.services.t
    label = turn.t(
        key,
        first=fmt.date(turn.lang, first, "d.MM"),
        last=fmt.date(turn.lang, last_day(first), "d.MM"),
    )
    return Button(label, f"{group}:from:{first:{_PAYLOAD_DAY}}")


def no_such_day(turn: Turn, said: str) -> str | None:
    """«31.02», a date the calendar has not (so read as no day): why, in the staff language
    («the 31st: that month has 28 days»); None for anything else."""
    said = said.strip()
    found = _DATE.fullmatch(said)
    if found is not None:
        day, month = int(found.group(1)), int(found.group(2))
        year = int(found.group(3)) if found.group(3) else today(turn).year
    elif worded := _WORDED.fullmatch(said):  # «31 lutego», «February 31»: the month named
        number, name, in_year = worded.group(1, 2, 3) if worded.group(1) else worded.group(5, 4, 6)
        named = dates.month_named(name)
        if named is None:
            return None
        day, month = int(number), named
        year = int(in_year) if in_year else today(turn).year
    else:
        return None
    if not 1 <= month <= 12 or day < 1:
        return None
    days = calendar.monthrange(year, month)[1]
    if day <= days:
        return None
    t = turn.services.t
    return turn.t(
        "staff_no_such_day", said=markup.literal(said), days=t.plural(turn.lang, "days", days)
    )


def range_start(first: dt.date, last: dt.date, full: str) -> str:
    """How a week's first day is said before its last (`full`: the first day's whole date): the
    day alone within one month, «od 7 do 13 grudnia 2026» (tester 42, F14)."""
    return str(first.day) if (first.year, first.month) == (last.year, last.month) else full
