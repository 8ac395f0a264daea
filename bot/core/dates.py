"""A day or a time as people type them, read once for every feature: a help request's date and
time fields (bot.features.assist.parse checks what they may be) and a booking's or an
appointment's day and time typed instead of tapped (bot.core.choices).

    a day    "17.12", "17.12.2026", "17/12/26", "2026-12-17", "17 December", "December 17",
             "17 грудня", "17 декабря", "17 grudnia", "Thu 17 Dec", "четвер 17", "w czwartek",
             "thursday": any of its parts (`Day`); month and weekday names from Babel, in uk,
             ru, en and pl, whole, abbreviated, in another grammatical form («в середу», «w
             środę»), begun («груд», «dec»); with today's date given, «today», «tomorrow»,
             «the day after tomorrow» in the four languages («сьогодні», «завтра», «dziś»,
             «pojutrze»), and the days passed, «вчора», «yesterday», «wczoraj»
             (bot.core.relative: a form says the day has passed); a weekday alone is the next
             such day after today (`resolve`);
             «next thursday», «наступного четверга», «в следующий четверг», «w przyszły
             czwartek», «thursday next week», «на наступному тижні в четвер»: that weekday of
             the next calendar week, Monday to Sunday (on Saturday 5 December, Thursday 10
             December; on Monday 7 December, Thursday 17 December: «next» never names a day
             of this week, the way «w przyszły czwartek» and «в следующий четверг» are meant);
             «this thursday», «coming thursday», «найближчого четверга», «в ближайший
             четверг», «в этот четверг», «w najbliższy czwartek»: the next Thursday after
             today, even when the buttons offer two; a day of the month, «15 числа», «9-go»,
             «the 9th», «9.», «dziewiątego» (bot.core.ordinals): the next such (`of_month`);
             no day and month with a word between («9 о 11»: the 9th at 11, bot.core.when)
    a time   "14:50", "14.50", "14 50", "1450", "2 pm", "о 14:50", "at 14:50", "o 14:50"
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.core import ordinals, periods, relative, spoken
from bot.core.day_names import month_named as month_named
from bot.core.day_names import month_of as _month
from bot.core.day_names import weekday_of as _weekday
from bot.core.words import fold

RECENT_DAYS = 31  # a day and month without a year that passed this long ago: a slip, not next year

_DAY_MONTH = re.compile(r"(\d{1,2})\s*[./\-\s]\s*(\d{1,2})(?:\s*[./\-\s]\s*(\d{4}|\d{2}))?\.?")
# a day and a month (and a year) written as a date, not as a time: "7.12", "7/12", "07-12-2026"
_DATE_SHAPED = re.compile(r"(\d{1,2})\s*([./\-])\s*(\d{1,2})(?:\s*[./\-]\s*(\d{4}|\d{2}))?\.?")
_ISO = re.compile(r"(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})")
_TIME = re.compile(r"(\d{1,2})(?:\s*[:.,h\s]\s*(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?", re.I)
_TIME_DIGITS = re.compile(r"(\d{3,4})")  # "930", "1450"
_LETTERS = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*\.?")
_NUMBERS = re.compile(r"[\d\s.,/\-]*")
# Two numbers with a word between them are no day and month («9 о 11», «15 числа в 10»).
_APART = re.compile(r"\d[\W_]*[^\W\d_]+.*?\d")
# Words around a day or a time that say nothing more («в четвер», «o 14:50», «17-го»).
_AROUND = frozenset(
    fold(w)
    for w in (
        "в у во на о об около близько о годині годині часов час год godz godzinie o na w we "
        "dnia dzień день числа число го ого его е те ге ше at on the of around about please "
        "proszę пожалуйста будь ласка можна можно th st nd rd go ego"
    ).split()
)

_AT_HOUR = frozenset(fold(w) for w in "о об o at godz годині часов час год".split())

# Words that say which week a weekday is in (folded word beginnings): the next calendar week,
# the week itself, the nearest such day. Only beside a weekday, and only with today's date.
_NEXT = tuple(fold(w) for w in ("next", "наступн", "следующ", "przyszł", "następn"))
_WEEK = tuple(fold(w) for w in ("week", "тиждень", "тижн", "недел", "tydzień", "tygodn"))
_THIS = tuple(fold(w) for w in ("this", "coming", "найближч", "ближайш", "najbliższ"))
_THIS_WORDS = frozenset(fold(w) for w in "цей цього цю цієї этот эту этого этой ten tę".split())


def _which_week(word: str) -> str | None:
    """«next», «week» or «this» for a word that says which week a weekday is in; else None."""
    if word.startswith(_NEXT):
        return "next"
    if word.startswith(_WEEK):
        return "week"
    if word.startswith(_THIS) or word in _THIS_WORDS:
        return "this"
    return None


@dataclass(frozen=True)
class Day:
    """What a typed day names: any of its parts (None: not said)."""

    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None  # 0 Monday … 6 Sunday

    def fits(self, date: dt.date) -> bool:
        """Whether `date` is this day: the parts said match (a weekday said beside a date is
        not checked: the date is what counts, «Thu 11 Dec» is 11 December)."""
        if self.day is not None and date.day != self.day:
            return False
        if self.month is not None and date.month != self.month:
            return False
        if self.year is not None and date.year != self.year:
            return False
        said_date = self.day is not None and self.month is not None
        return said_date or self.weekday is None or date.weekday() == self.weekday


def read_day(text: str, today: dt.date | None = None) -> Day | None:
    """The day `text` names (a date, a weekday, a day of the month, or several of these), or None
    when it is something else. With `today`, also «today», «tomorrow», «післязавтра» (that
    date)."""
    text = " ".join(text.split()).strip("?!")
    if today is not None:
        from_today = _relative(text, today)
        if from_today is not None:
            return from_today
        period = periods.read(text, today)  # «через два тижні», «do końca miesiąca»
        if period is not None:
            return Day(period.day, period.month, period.year)
    iso = _ISO.fullmatch(text)
    if iso:
        return _valid(Day(int(iso.group(3)), int(iso.group(2)), int(iso.group(1))))
    month: int | None = None
    weekday: int | None = None
    week: set[str] = set()  # «next», «week», «this»: which week the weekday is in
    said_ordinal: list[int] = []  # «dziewiątego», «двадцять першого»: ordinal numbers
    at_hour = False  # «о 14», «o 14», «at 14»: a number after these is an hour, not a day
    cardinal = False  # «десять», «три»: a number's word, an hour («в десять»), never a day
    for word in _LETTERS.findall(text):
        key = fold(word).rstrip(".")
        if key in _AROUND:
            at_hour = at_hour or key in _AT_HOUR
            continue
        which = _which_week(key)
        if which is not None:
            week.add(which)
            continue
        named_month, named_weekday = _month(key), _weekday(key)
        if named_month is not None and month is None:
            month = named_month
        elif named_weekday is not None and weekday is None:
            weekday = named_weekday
        elif ordinals.hour(key) is None and (ordinal := ordinals.number(key)) is not None:
            said_ordinal.append(ordinal)
            cardinal = cardinal or spoken.cardinal(key)  # «в десять»: at ten, not the 10th
        else:
            return None
    rest = _LETTERS.sub(" ", text).strip(" ,.-")
    if not _NUMBERS.fullmatch(rest):
        return None
    if week:
        return _in_week(week, weekday, today) if not rest and month is None else None
    numbers = [int(n) for n in re.findall(r"\d+", rest)]
    if said_ordinal:  # «dziewiątego», «девятого», «the ninth», «dziewiątego grudnia»
        ordinal = ordinals.day(said_ordinal)
        alone = month is None and (at_hour or (cardinal and len(said_ordinal) == 1))
        if ordinal is None or numbers or alone:  # «o trzech», «в десять»: an hour
            return None
        return Day(ordinal, weekday=weekday) if month is None else _valid(Day(ordinal, month))
    if month is not None:  # «17 грудня», «December 17, 2026»
        if not 1 <= len(numbers) <= 2 or (len(numbers) == 2 and numbers[1] < 100):
            return None
        return _valid(Day(numbers[0], month, numbers[1] if len(numbers) == 2 else None, weekday))
    if not numbers:
        return Day(weekday=weekday) if weekday is not None else None
    if len(numbers) == 1 and at_hour and weekday is None:
        return None  # «о 14», «at 14»: a time (bot.core.when), never the 14th
    if len(numbers) == 1:  # «17», «четвер 17»: the day of a month
        return Day(numbers[0], weekday=weekday) if 1 <= numbers[0] <= 31 else None
    found = _DAY_MONTH.fullmatch(rest)
    if not found or _APART.search(text):  # «9 о 11», «15 числа в 10»: a day and a time
        return None
    year = int(found.group(3)) if found.group(3) else None
    if year is not None and year < 100:
        year += 2000
    return _valid(Day(int(found.group(1)), int(found.group(2)), year, weekday))


def _relative(text: str, today: dt.date) -> Day | None:
    """«завтра», «на завтра», «tomorrow please», «the day after tomorrow», «вчора»: that date
    (bot.core.relative)."""
    said = [w for w in _LETTERS.findall(text) if fold(w).rstrip(".") not in _AROUND]
    if not said or _LETTERS.sub(" ", text).strip(" ,.!-"):
        return None
    ahead = relative.ahead(" ".join(fold(w).rstrip(".") for w in said))
    if ahead is None:
        return None
    date = today + dt.timedelta(days=ahead)
    return Day(date.day, date.month, date.year)


def _in_week(week: set[str], weekday: int | None, today: dt.date | None) -> Day | None:
    """«next thursday» (or «thursday next week»): that weekday of the next calendar week;
    «this thursday»: the next Thursday after today. None: no weekday, no today, or «this» with
    «next»."""
    if weekday is None or today is None or week == {"week"} or {"this", "next"} <= week:
        return None
    if "this" in week:
        if "week" in week:  # «this week's thursday»: today's week, if it is still to come
            date = today + dt.timedelta(days=weekday - today.weekday())
            return Day(date.day, date.month, date.year) if date > today else None
        date = today + dt.timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
    else:
        date = today + dt.timedelta(days=7 - today.weekday() + weekday)
    return Day(date.day, date.month, date.year)


def resolve(day: Day, today: dt.date, back: int = RECENT_DAYS) -> dt.date | None:
    """The date of a day named with its day and month: without a year, the next such date, except
    one that passed less than `back` days ago (RECENT_DAYS: a slip, left in the past; staff
    looking back at a list give more, bot.core.weeks); a weekday alone: the next such day after
    today («в понеділок» on a Monday is a week ahead); None: no date."""
    if day.day is None and day.month is None and day.weekday is not None:
        return today + dt.timedelta(days=(day.weekday - today.weekday() - 1) % 7 + 1)
    if day.day is None or day.month is None:
        return None
    if day.year is not None:
        return _date(day.year, day.month, day.day)
    since = today - dt.timedelta(days=back)  # (last year's too: «20.12» typed on 5 January)
    found = (_date(today.year + y, day.month, day.day) for y in (-1, 0, 1))
    return next((date for date in found if date is not None and date >= since), None)


def of_month(day: Day, today: dt.date) -> dt.date | None:
    """A day of the month said alone («15 числа», «9-го», «the 9th», «dziewiątego»): this
    month's, if it has not passed, else the next month's that has it; None: no day of the
    month alone (a weekday with it, «четвер 17», is the offered day it fits, or none: «w
    środę o 10, proszę» is no Wednesday the 10th)."""
    if day.day is None or day.month is not None or day.year is not None or day.weekday is not None:
        return None
    for ahead in range(13):
        year, month = divmod(today.month - 1 + ahead, 12)
        found = _date(today.year + year, month + 1, day.day)
        if found is not None and found >= today:
            return found
    return None


def as_date(text: str) -> tuple[bool, dt.time | None] | None:
    """Typed where a time is asked, a text written as a date: None when it is not one («9.30»,
    «14.45»: only a time); (True, None) when it can only be a date («7/12», «7.12.2026», «24.11»);
    (False, 07:12) when it may be either («7.12»: the 7th of December, or 07:12)."""
    found = _DATE_SHAPED.fullmatch(" ".join(text.split()).lower())
    if found is None:
        return None
    day, sep, month, year = found.groups()
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return None
    if year is not None or sep != "." or int(day) > 23:
        return True, None
    return False, dt.time(int(day), int(month))


def read_time(text: str, *, hour_alone: bool = True) -> dt.time | None:
    """The time `text` names, or None. `hour_alone`: whether «9» is 9:00 (a form's time field)
    or not a time of its own (a list of times: «13» could mean 13:00 or 13:45)."""
    words = [w for w in " ".join(text.split()).lower().strip("?!").split(" ") if w]
    while words and fold(words[0]).rstrip(".") in _AROUND:
        words = words[1:]
    rest = " ".join(words)
    found = _TIME.fullmatch(rest)
    digits = _TIME_DIGITS.fullmatch(rest) if found is None else None
    if found is not None:
        hour, minute, half = int(found.group(1)), int(found.group(2) or 0), found.group(3)
        if found.group(2) is None and half is None and not hour_alone:
            return None
    elif digits is not None:
        hour, minute, half = int(digits.group(1)[:-2]), int(digits.group(1)[-2:]), None
    else:
        return None
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return dt.time(hour, minute)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _valid(day: Day) -> Day | None:
    """None for a day and month no year has (31.02), or a month past 12."""
    assert day.day is not None and day.month is not None
    return day if _date(day.year or 2024, day.month, day.day) is not None else None
