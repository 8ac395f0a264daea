"""A day and a month no calendar has («30 лютого», «31 April», «31.11», «29.02.2027»; in ordinal
words too: «тридцятого лютого», «the thirty-first of April»), found in a typed message, so that a
step asking a day says the date does not exist (naming the month) instead of reading the number
alone as a day of another month, or refusing it as unreadable (tester 29, item 1: «30 лютого» became
30 December with «лютого» kept as a note)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core import ordinals
from bot.core.choice_when import DAY
from bot.core.day_names import month_of
from bot.core.words import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from bot.core.session import Shown
    from bot.core.turn import Turn

_TOKEN = re.compile(r"\d+|[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_NUMERIC = re.compile(
    r"(?<![\d.:/])(\d{1,2})\s*[./]\s*(\d{1,2})(?:\s*[./]\s*(\d{4}|\d{2}))?(?![\d:])"
)
# Words between a day and its month that say nothing more («30-го лютого», «the 31st of April»).
MOST_DAYS = 31
_BETWEEN = frozenset(fold(w) for w in "го ого е те ге th st nd rd of the go ego".split())


@dataclass(frozen=True)
class NoSuchDay:
    day: int
    month: int
    days: int  # how many days the month has (its year said, else the next such month's)


def found(text: str, today: dt.date) -> NoSuchDay | None:
    """The first day and month `text` names that no calendar has, else None."""
    tokens = _TOKEN.findall(text)
    for at, token in enumerate(tokens):
        if token.isdigit() or len(token) < 3:
            continue
        month = month_of(fold(token).rstrip("."))
        if month is None:
            continue
        day = _number_near(tokens, at)
        year = _year_after(tokens, at)
        if day is not None and (missing := _missing(day, month, year, today)):
            return missing
    for numbers in _NUMERIC.finditer(text):
        said_day, said_month, said_year = numbers.groups()
        full = int(said_year) + (2000 if len(said_year) == 2 else 0) if said_year else None
        missing = _missing(int(said_day), int(said_month), full, today)
        if missing is not None:
            return missing
    return None


def _number_near(tokens: list[str], at: int) -> int | None:
    """The number before a month's name («30 лютого», «30-го лютого») or after it («April 31»,
    «April the 31st»), in digits or in ordinal words («тридцятого лютого», «the thirty-first of
    April», «trzydziestego pierwszego kwietnia», «February the thirtieth»)."""
    for step in (-1, 1):
        index = at + step
        while 0 <= index < len(tokens) and fold(tokens[index]) in _BETWEEN:
            index += step
        if 0 <= index < len(tokens) and tokens[index].isdigit() and len(tokens[index]) <= 2:
            return int(tokens[index])
        said = _ordinal_words(tokens, index, step)
        if said is not None:
            return said
    return None


def _ordinal_words(tokens: list[str], index: int, step: int) -> int | None:
    """The day of the month one or two ordinal words from `index` on make, read in the order
    they are written («тридцять першого»: 31), else None."""
    numbers: list[int] = []
    while 0 <= index < len(tokens) and len(numbers) < 2:
        word = fold(tokens[index])
        number = ordinals.number(word) if ordinals.hour(word) is None else None
        if number is None:
            break
        numbers.append(number)
        index += step
    return ordinals.day(numbers if step > 0 else numbers[::-1])


def _year_after(tokens: list[str], at: int) -> int | None:
    after = tokens[at + 1 : at + 3]
    return next((int(t) for t in after if t.isdigit() and len(t) == 4), None)


def _missing(day: int, month: int, year: int | None, today: dt.date) -> NoSuchDay | None:
    if not (1 <= month <= 12 and 1 <= day <= 99):  # «32.12»: no such date either (tester 35)
        return None
    if year is None:  # the next such month's («29.02» typed in 2026: February 2027 has 28)
        year = today.year if month >= today.month else today.year + 1
    days = calendar.monthrange(year, month)[1]
    return NoSuchDay(day, month, days) if day > days else None


def told(turn: Turn, missing: NoSuchDay) -> str:
    """«There is no 30.02: February has only 28 days…», the month named in the turn's
    language."""
    month = turn.services.t.date(turn.lang, dt.date(2000, missing.month, 1), "LLLL")
    date = f"{missing.day}.{missing.month:02}"
    if missing.day > MOST_DAYS:  # «32.12»: no month has it
        return turn.t("date_no_such_day", date=date)
    return turn.t("date_no_such", date=date, month=month, days=missing.days)


def at_days(turn: Turn, text: str, shown: Sequence[Shown]) -> str | None:
    """At a list of days (a booking's, an appointment's; a course has none: its meetings are
    set): a day its month has not, said so (`told`); else None. The list of times to move a
    record to says it as well (bot.core.moving)."""
    if not any(b.means.startswith(DAY) for b in shown):
        return None
    missing = found(text, turn.local(turn.now).date())
    return told(turn, missing) if missing is not None else None
