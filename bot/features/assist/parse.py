"""What a person types into a help request's form, read and checked per field type. Pure
functions: a value in the stored form (bot.storage.requests.Detail), or Invalid with the locale
key of the message that says what is wrong.

    date      "12.12", "12.12.2026", "12/12/26", "2026-12-12", "12 грудня", "12 December"
              (read by bot.core.dates), "jutro o 10", "do piątku" (bot.core.when; «as soon
              as possible» is asked which day): today or later (the office's time zone), within a
              year; without a year, the next such date, except one that passed less than a
              month ago (a typing slip: refused as in the past); a day its month has not
              («30 лютого», «31.11»: bot.core.no_such_day) refused, the month named
    time      "9", "9:30", "09.30", "930", "9 pm", "о 9:30" (bot.core.dates), "10-30", "10ч",
              "10 вечера" (bot.core.when): HH:MM; a part of the day alone («rano»: part_alone)
              is its hours where staff are there (times.window), else asked its hour; a date
              typed there is no time: "7/12" or "7.12.2026" is refused as a date, "7.12" (a
              date, or 07:12) is asked
    number    a whole number, "3" or "1 200"; people counted in words, "2 kids", "ja i córka"
    text      one message, at most TEXT_MAX characters; a field of id NOTE (the request's
              note) a few words too (bot.core.words.too_short: not «3», «ok»; checked in
              form.py), and an optional one skipped by a no («ні», «no»)
    language  one of ours by any of its names ("Polish", "польська"), else the typed name when
              it names a language (Babel's names of every language in uk, ru, en, pl)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from bot.core import dates, markup, no_such_day, when
from bot.core.words import folded, words
from bot.features.assist import count

T = TypeVar("T")

TEXT_MAX = 500
NOTE = "note"  # the id of a form's note: what the person wants staff to know, in words
LANGUAGE_MAX = 40
STEM = 6  # letters of a language's name that recognise it in another grammatical form
NUMBER_MAX = 999_999
DAYS_AHEAD = 366  # a date further away is a typing slip
# The hour a part of the day typed alone is given as an example of («утром»: «e.g. 9:00»).
EXAMPLE_HOUR = {when.MORNING: "9:00", when.AFTERNOON: "14:00", when.EVENING: "18:00"}


# One to ten in words, in uk, ru, en and pl (the counts of people too: «двоє», «dwoje»), folded.
_NUMBER_WORDS = {
    folded(word): number
    for number, names in enumerate(
        (
            "один одна одне одно one jeden jedna jedno sam сам сама",
            "два дві две двоє двое two dwa dwie dwoje",
            "три троє трое three trzy troje",
            "чотири четыре четверо four cztery czworo",
            "п'ять пять п'ятеро пятеро five pięć pięcioro",
            "шість шесть шестеро six sześć sześcioro",
            "сім семь семеро seven siedem siedmioro",
            "вісім восемь восьмеро eight osiem ośmioro",
            "дев'ять девять дев'ятеро девятеро nine dziewięć dziewięcioro",
            "десять десятеро ten dziesięć dziesięcioro",
        ),
        start=1,
    )
    for word in names.split()
}
_AROUND_NUMBER = frozenset(
    folded(word)
    for word in (
        "нас нас буде будет будемо будем нам я і и з со мной мною мене людей люди особи осіб "
        "особа человек человека персони we are will be us people persons person of me and "
        "i with osoby osób osoba ludzi nas będzie będziemy ja i ze mną"
    ).split()
)

# Words of politeness only: no note for staff when they are all a message says after its answer.
POLITE = frozenset(
    folded(word)
    for word in (
        "please pls plz thanks thank you very much proszę bardzo dziękuję dzięki "
        "будь ласка дякую дуже пожалуйста спасибо большое"
    ).split()
)


class Invalid(Exception):
    """The answer cannot be taken: `key` names the locale string that says why."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def parse_date(text: str, today: dt.date) -> dt.date:
    """A date (bot.core.dates: «12.12», «12 грудня», «2026-12-12», «завтра», «в понеділок»),
    checked."""
    return parse_when(text, today).date or _checked(None, today)


def parse_when(text: str, today: dt.date) -> when.When:
    """A date typed with what else the message says (bot.core.when: «jutro o 10», «wtorek
    rano», «do piątku»), the date checked; «as soon as possible» is asked which day
    (`as_date_asap`). A message that goes on after them («в пятницу в 11 к кардиологу»): what
    its first words say (`rest`: the words after them)."""
    said = when.read(one_line(text), today)
    if said is None and (missing := no_such_day.found(text, today)):  # «30 лютого»: no 30th
        raise Invalid("as_date_no_such", day=missing.day, month=missing.month, days=missing.days)
    if said is None and (leading := _leading(text, lambda t: when.read(t, today))):
        said = leading[0]
    if said is not None and said.asap:
        raise Invalid("as_date_asap")
    day = _checked(said.date if said else None, today)
    return when.When(day, said.time, said.part) if said else when.When(day)


def _checked(day: dt.date | None, today: dt.date) -> dt.date:
    if day is None:
        raise Invalid("as_bad_date")
    if day < today:
        raise Invalid("as_date_past")
    if day > today + dt.timedelta(days=DAYS_AHEAD):
        raise Invalid("as_date_far")
    return day


def parse_time(text: str) -> dt.time:
    """A time (bot.core.dates; bot.core.when: «10-30», «10ч», «10 вечера»); a part of the day
    alone («утром», «rano») is asked for its hour (`as_time_part`). A message that goes on after
    it («na 8 do szpitala, ul. Radomska 70»): the time its first words say (`rest`)."""
    _not_a_date(one_line(text).lower())
    found = dates.read_time(one_line(text))
    if found is None and (leading := _leading_time(text)):
        found = leading[0]
    if found is not None:
        return found
    time, part = when.clock(one_line(text))
    if time is not None:
        return time
    if part is not None:
        typed = markup.literal(one_line(text))
        raise Invalid("as_time_part", typed=typed, example=EXAMPLE_HOUR[part])
    clock_like = _CLOCK.fullmatch(one_line(text))
    if clock_like and (int(clock_like["hour"]) > 23 or int(clock_like["minute"]) > 59):
        raise Invalid("as_time_no_such", typed=markup.literal(one_line(text)))  # «25:00»
    raise Invalid("as_bad_time")


# hours and minutes as a clock shows them, for a time no clock shows («25:00», «10:75»)
_CLOCK = re.compile(r"(?:(?:o|о|в|at|на|godz\.?)\s*)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})", re.I)


def _a_time(text: str) -> dt.time | None:
    return dates.read_time(text) or when.clock(text)[0]


def _leading_time(text: str) -> tuple[dt.time, str] | None:
    """The time the first words say, unless the next word is «am» or «pm» (then the hour and
    it are one time: «13 pm» is none, not 13:00 and a note «pm»)."""
    found = _leading(text, _a_time)
    return None if found is None or _MERIDIEM.match(found[1]) else found


_MERIDIEM = re.compile(r"[ap]\.?m\b\.?", re.IGNORECASE)


def _leading(text: str, reader: Callable[[str], T | None]) -> tuple[T, str] | None:
    """What `reader` finds in the first words of a message that says more after them (the
    most words it reads), and the words after them; None when it reads none: «в пятницу в
    11», «к кардиологу в больницу» of «в пятницу в 11 к кардиологу в больницу»."""
    words = one_line(text).split()
    for cut in range(len(words) - 1, 0, -1):
        rest = words[cut:]
        if not any(len(w) >= 3 and w.isalpha() for w in rest):  # «13 pm»: no more words
            continue
        found = reader(" ".join(words[:cut]).rstrip(",;:—-"))
        if found is not None:
            return found, " ".join(rest).lstrip(",;:—- ")
    return None


def rest(text: str, today: dt.date, kind: str) -> str | None:
    """The words after the date (`kind` "date") or the time ("time") a message begins with
    and goes on after: kept as a note for staff, not lost; None when the whole message is the
    answer, or the rest is only politeness («wednesday 10am please»: `POLITE`)."""
    line = one_line(text)
    if kind == "date":
        dated = None if when.read(line, today) else _leading(line, lambda t: when.read(t, today))
        said = dated[1] if dated is not None else None
    else:
        timed = None if _a_time(line) is not None else _leading_time(line)
        said = timed[1] if timed is not None else None
    return None if not said or set(words(said)) <= POLITE else said


def part_alone(text: str) -> str | None:
    """The part of the day typed alone («rano», «вранці», «in the evening»), else None."""
    time, part = when.clock(one_line(text))
    return part if time is None else None


def _not_a_date(text: str) -> None:
    """Invalid when a time typed is a date: `as_time_is_date`, or `as_time_or_date` with the
    time it may also be («7.12»: the 7th of December, or 07:12) for the person to confirm."""
    found = dates.as_date(text)
    if found is None:
        return
    only_a_date, time = found
    typed = markup.literal(text)
    if only_a_date or time is None:
        raise Invalid("as_time_is_date", typed=typed)
    raise Invalid("as_time_or_date", typed=typed, time=f"{time:%H:%M}")


def parse_number(text: str) -> int:
    """A whole number: digits («3», «1 200»), or a number from one to ten in words, in uk, ru,
    en or pl, perhaps with a word for people around it («двоє», «трое», «two», «dwie», «нас
    троє», «2 osoby»); or people counted in words («2 kids», «me and my daughter», «ja i
    córka», «я з донькою»: count.py)."""
    digits = "".join(one_line(text).split())
    if digits.isascii() and digits.isdigit() and int(digits) <= NUMBER_MAX:
        return int(digits)
    if not re.search(r"\d\s*[.,:/-]\s*\d", text):  # («2 kids», «ja i córka»: count.py)
        counted = count.people(words(text), _NUMBER_WORDS)
        if counted is not None:
            return counted
    if re.search(r"[^\w\s'’ʼ]", text) or any(c.isnumeric() and not c.isascii() for c in text):
        raise Invalid("as_bad_number")
    said = [w for w in words(text) if w not in _AROUND_NUMBER]
    if len(said) == 1 and said[0] in _NUMBER_WORDS:
        return _NUMBER_WORDS[said[0]]
    if len(said) == 1 and said[0].isascii() and said[0].isdigit() and len(said[0]) <= 6:
        return int(said[0])
    raise Invalid("as_bad_number")


def parse_text(text: str | None) -> str:
    """The text, cut at a word to TEXT_MAX characters if longer (`too_long` says whether)."""
    value = one_line(text)
    if not value:
        raise Invalid("as_empty")
    return markup.shortened(value, TEXT_MAX)


def too_long(text: str | None) -> bool:
    return len(one_line(text)) > TEXT_MAX


def parse_language(
    text: str | None,
    names: Iterable[tuple[str, str]],
    known: frozenset[str] | None = None,
    beside: frozenset[str] = frozenset(),
) -> str:
    """A language code when the text names one of ours (`names`: (code, a name of it)), else
    the typed name itself, if every word of it begins like a language's name (`known`, from
    language_stems; None: anything that looks like a word) or is one that may stand beside a
    name (`beside`: «по», «або»). «кардиолог, я не говорю по-польски» is no language (tester
    35, item 8): asked again."""
    value = one_line(text)
    wanted = value.casefold().strip(".!")
    for code, name in names:
        if wanted == name.casefold() or wanted == code:
            return code
    if not (2 <= len(value) <= LANGUAGE_MAX) or not any(ch.isalpha() for ch in value):
        raise Invalid("as_bad_language", limit=LANGUAGE_MAX)
    said = [w for w in re.split(r"[\W\d_]+", value.casefold()) if len(w) > 1]
    if known is not None and not (
        any(w[:STEM] in known for w in said) and all(w[:STEM] in known or w in beside for w in said)
    ):
        raise Invalid("as_bad_language", limit=LANGUAGE_MAX)
    return value


def language_stems(names: Iterable[str]) -> frozenset[str]:
    """The beginnings of language names (every word of each), to recognise a typed one in any
    form: «грузинською», «по-грузински», «Georgian» (see parse_language)."""
    words = (w for name in names for w in re.split(r"[\W\d_]+", name.casefold()))
    return frozenset(w[:STEM] for w in words if len(w) > 1)
