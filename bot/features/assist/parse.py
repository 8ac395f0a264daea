"""What a person types into a help request's form, read and checked per field type. Pure
functions: a value in the stored form (bot.storage.requests.Detail), or Invalid with the locale
key of the message that says what is wrong.

    date      "12.12", "12.12.2026", "12/12/26", "2026-12-12": today or later (the office's
              time zone), within a year; without a year, the next such date, except one that
              passed less than a month ago (a typing slip: refused as in the past)
    time      "9", "9:30", "09.30", "930", "9 pm": HH:MM; a date typed there is no time:
              "7/12" or "7.12.2026" is refused as a date, "7.12" (a date, or 07:12) is asked
    number    a whole number, "3" or "1 200"
    text      one message, at most TEXT_MAX characters
    language  one of ours by any of its names ("Polish", "польська"), else the typed name when
              it names a language (Babel's names of every language in uk, ru, en, pl)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from bot.core import markup

TEXT_MAX = 500
LANGUAGE_MAX = 40
STEM = 6  # letters of a language's name that recognise it in another grammatical form
NUMBER_MAX = 999_999
DAYS_AHEAD = 366  # a date further away is a typing slip
RECENT_DAYS = 31  # a day and month without a year that passed this long ago: a slip, not next year

_DAY_MONTH = re.compile(r"(\d{1,2})\s*[./\-\s]\s*(\d{1,2})(?:\s*[./\-\s]\s*(\d{4}|\d{2}))?\.?")
_ISO = re.compile(r"(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})")
_TIME = re.compile(r"(\d{1,2})(?:\s*[:.,h\s]\s*(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?", re.I)
_TIME_DIGITS = re.compile(r"(\d{1,2})(\d{2})")  # "930", "0930"
# a day and a month (and a year) written as a date: "7.12", "7/12", "07-12-2026"
_DATE_LIKE = re.compile(r"(\d{1,2})\s*([./\-])\s*(\d{1,2})(?:\s*[./\-]\s*(\d{4}|\d{2}))?\.?")


class Invalid(Exception):
    """The answer cannot be taken: `key` names the locale string that says why."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def parse_date(text: str, today: dt.date) -> dt.date:
    text = one_line(text)
    iso = _ISO.fullmatch(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        return _checked(_date(year, month, day), today)
    found = _DAY_MONTH.fullmatch(text)
    if not found:
        raise Invalid("as_bad_date")
    day, month = int(found.group(1)), int(found.group(2))
    if found.group(3):
        year = int(found.group(3))
        return _checked(_date(year + 2000 if year < 100 else year, month, day), today)
    found_day = _date(today.year, month, day)
    if found_day is None or found_day < today - dt.timedelta(days=RECENT_DAYS):
        found_day = _date(today.year + 1, month, day)
    return _checked(found_day, today)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _checked(day: dt.date | None, today: dt.date) -> dt.date:
    if day is None:
        raise Invalid("as_bad_date")
    if day < today:
        raise Invalid("as_date_past")
    if day > today + dt.timedelta(days=DAYS_AHEAD):
        raise Invalid("as_date_far")
    return day


def parse_time(text: str) -> dt.time:
    text = one_line(text).lower()
    _not_a_date(text)
    found = _TIME.fullmatch(text)
    digits = _TIME_DIGITS.fullmatch(text) if found is None else None
    if found is None and digits is None:
        raise Invalid("as_bad_time")
    if found is not None:
        hour, minute, half = int(found.group(1)), int(found.group(2) or 0), found.group(3)
    else:
        assert digits is not None
        hour, minute, half = int(digits.group(1)), int(digits.group(2)), None
    if half:
        if not 1 <= hour <= 12:
            raise Invalid("as_bad_time")
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise Invalid("as_bad_time")
    return dt.time(hour, minute)


def _not_a_date(text: str) -> None:
    """Invalid when a time typed is a date: `as_time_is_date`, or `as_time_or_date` with the
    time it may also be («7.12»: the 7th of December, or 07:12) for the person to confirm."""
    found = _DATE_LIKE.fullmatch(text)
    if found is None:
        return
    day, sep, month, year = found.groups()
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return  # «9.30», «14.45»: only a time
    typed = markup.literal(text)
    if year is not None or sep != "." or int(day) > 23:
        raise Invalid("as_time_is_date", typed=typed)
    raise Invalid("as_time_or_date", typed=typed, time=f"{int(day):02d}:{int(month):02d}")


def parse_number(text: str) -> int:
    digits = "".join(one_line(text).split())
    if not digits.isascii() or not digits.isdigit() or int(digits) > NUMBER_MAX:
        raise Invalid("as_bad_number")
    return int(digits)


def parse_text(text: str | None) -> str:
    """The text, cut at a word to TEXT_MAX characters if longer (`too_long` says whether)."""
    value = one_line(text)
    if not value:
        raise Invalid("as_empty")
    return markup.shortened(value, TEXT_MAX)


def too_long(text: str | None) -> bool:
    return len(one_line(text)) > TEXT_MAX


def parse_language(
    text: str | None, names: Iterable[tuple[str, str]], known: frozenset[str] | None = None
) -> str:
    """A language code when the text names one of ours (`names`: (code, a name of it)), else
    the typed name itself, if a word of it begins like a language's name (`known`, from
    language_stems; None: anything that looks like a word)."""
    value = one_line(text)
    wanted = value.casefold().strip(".!")
    for code, name in names:
        if wanted == name.casefold() or wanted == code:
            return code
    if not (2 <= len(value) <= LANGUAGE_MAX) or not any(ch.isalpha() for ch in value):
        raise Invalid("as_bad_language", limit=LANGUAGE_MAX)
    if known is not None and not any(
        word[:STEM] in known for word in re.split(r"[\W\d_]+", value.casefold()) if len(word) > 1
    ):
        raise Invalid("as_bad_language", limit=LANGUAGE_MAX)
    return value


def language_stems(names: Iterable[str]) -> frozenset[str]:
    """The beginnings of language names (every word of each), to recognise a typed one in any
    form: «грузинською», «по-грузински», «Georgian» (see parse_language)."""
    words = (w for name in names for w in re.split(r"[\W\d_]+", name.casefold()))
    return frozenset(w[:STEM] for w in words if len(w) > 1)
