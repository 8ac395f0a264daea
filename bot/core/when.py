"""A day and a time typed in one message, and what bot.core.dates does not read alone: a time
said loosely, a part of the day, a deadline, «as soon as possible». Built on bot.core.dates
(which reads the day and the time themselves, unchanged), for a help request's date and time
fields (bot.features.assist) and for any step that asks a day and then a time.

    a day and a time   «jutro o 10», «9.12 o 10:30», «завтра в 10», «o 10 jutro», «friday at
                       2 pm»; a time needs a word or a mark to be one («в 10», «10:00», «10ч»,
                       «10 pm»): «17 грудня 2026» is a day, «jutro 10» is nothing (but below);
                       a day of the month with its time, «15 числа в 10», «9 о 11», «the
                       9th at 2 pm», «dziewiątego o 11»: the next such day (dates.of_month)
                       at it, never 15 October or 9 November; a day in words is one day,
                       «двадцять першого грудня» (21 December), «десять грудня о 9» (10
                       December at 09:00), never a day with «двадцять», «десять» its hour
    a part of the day  «wtorek rano», «в понедельник утром», «tomorrow morning»: the day, and
                       the part without an hour (`When.part`); with one, «10 вечера», «7 wieczorem»,
                       «3 po południu»: the hour in the afternoon or evening (22:00, 19:00, 15:00);
                       its hours: `WINDOWS` (8–12, 12–17, 17–21), a form's time kept as them
                       (`window`); `When.deadline`: said as a deadline
    a time             (`clock`) «10-30» (10:30), «10ч», «10h», «10 godz.», «10 часов», «о 10
                       годині»: besides everything dates.read_time reads; said in words
                       (bot.core.spoken): «w południe», «at noon» (12:00), «пів на десяту»,
                       «полдесятого», «wpół do dziesiątej», «half past nine» (9:30), «о
                       восьмій», «o ósmej», «в восемь вечера» (8:00, 20:00); a number with
                       a part of the day after it is an hour, never a day («о 2 дня»: 14:00,
                       not the 2nd); `at`: the reader of every step that asks a time
    an hour alone      after a day, at a visit's day step (`read(hour_alone=True)`): «jutro
                       10», «tomorrow 10», «завтра 10»; never where the whole is a day
                       («17 грудня»); a weekday with a number («wtorek 14», «четвер 17»):
                       that weekday at that hour, and the next 14th (this month's, else next
                       month's) when it is that weekday (`When.or_day`: the step decides,
                       bot.core.day_at)
    a deadline         «do piątku», «до 15.12», «by Friday», «не позже 20 декабря»: that day;
                       «przed 20 grudnia», «перед пятницей», «before Friday»: the day before it
    soon               «jak najszybciej», «как можно скорее», «якнайшвидше», «asap»: `When.asap`;
                       with a day, «мне срочно, сегодня»: the day (bot.core.soon)
    Latin letters      Russian or Ukrainian typed in Latin letters: «v ponedelnik», «zavtra utrom»
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from bot.core import dates, day_names, ordinals, roughly, soon, spoken
from bot.core.words import fold

MORNING, AFTERNOON, EVENING = "morning", "afternoon", "evening"
# The hours a part of the day said without an hour stands for, [from, to): a visit's times
# «wtorek rano» names (bot.core.day_at), a help form's time given as a part of the day.
WINDOWS: dict[str, tuple[dt.time, dt.time]] = {
    MORNING: (dt.time(8), dt.time(12)),
    AFTERNOON: (dt.time(12), dt.time(17)),
    EVENING: (dt.time(17), dt.time(21)),
}


@dataclass(frozen=True)
class When:
    """What a typed message names: a date, a time of it, a part of the day said without an hour
    (MORNING, AFTERNOON, EVENING), or «as soon as possible»."""

    date: dt.date | None = None
    time: dt.time | None = None
    part: str | None = None
    asap: bool = False
    deadline: bool = False  # said as one («do piątku», «before Friday»): `date`, the last day
    # «wtorek 14»: `date` at `time` may be meant, or this day of the month, that weekday too
    or_day: dt.date | None = None
    # «w czwartek po 14», «thursday after 2pm»: the hours asked for, [from, to) (bot.core.day_at,
    # read by bot.core.note_time); to the day's end: dt.time.max
    span: tuple[dt.time, dt.time] | None = None


def _table(rows: dict[str, str]) -> list[tuple[str, str]]:
    """Phrases (folded, separated by commas) and what each means, the longest first."""
    found = [(fold(p.strip()), key) for key, phrases in rows.items() for p in phrases.split(",")]
    return sorted(found, key=lambda row: -len(row[0]))


_PARTS = _table(
    {
        MORNING: "rano, z rana, rankiem, przed południem, morning, in the morning, утром, с утра, "
        "утра, зранку, вранці, уранці, з ранку, ранком, ранку, utrom, s utra, vranci, zranku",
        AFTERNOON: "po południu, popołudniu, afternoon, in the afternoon, днём, днем, после обеда, "
        "вдень, удень, після обіду, дня, dnem, posle obeda, po obiedzie, after lunch, "
        "pislia obidu, pislya obidu, po obidi, po obedu",
        EVENING: "wieczorem, wieczór, evening, in the evening, tonight, вечером, вечера, ввечері, "
        "увечері, вечора, vecherom, uvecheri",
    }
)
_BY, _BEFORE = "by", "before"
_DEADLINES = _table(
    {
        _BY: "do, до, by, until, till, not later than, no later than, не позже, не позднее, "
        "не пізніше, najpóźniej do, najpóźniej, nie później niż, do dnia, до дня",
        _BEFORE: "przed, перед, before",
    }
)
# Russian and Ukrainian in Latin letters (folded beginnings of words): the word they are.
_LATIN = (
    ("ponedel", "понедельник"),
    ("ponedil", "понеділок"),
    ("vtorn", "вторник"),
    ("vivtor", "вівторок"),
    ("sred", "среда"),
    ("sered", "середа"),
    ("chetverg", "четверг"),
    ("chetver", "четвер"),
    ("pyatn", "пятница"),
    ("piatn", "пятница"),
    ("pjatn", "пятница"),
    ("subbot", "суббота"),
    ("subot", "субота"),
    ("voskres", "воскресенье"),
    ("nedil", "неділя"),
    ("poslezavtra", "послезавтра"),
    ("pislyazavtra", "післязавтра"),
    ("zavtra", "завтра"),
    ("segodnya", "сегодня"),
    ("sogodni", "сьогодні"),
)
_LATIN_SHORT = {"v": "в", "vo": "во", "u": "у"}
# Before an hour: what makes a number a time («о 10», «at 10», «godz. 10»).
_BEFORE_HOUR = frozenset(
    fold(w) for w in "o о об в во у at around about około okolo ok godz godz. na".split()
)
_UNIT = re.compile(
    r"\s*(?:h|ч|час|часа|часов|годин[аиі]?|годині|godz\.?|godzina|godziny|godzinie|"
    r"o'?clock|uhr)\.?$"
)
_DASHED = re.compile(r"(\d{1,2})\s*-\s*(\d{2})")


def read(text: str, today: dt.date, hour_alone: bool = False) -> When | None:
    """What `text` names (module docstring), or None when it names no day, or names something
    besides a day, a time and a part of the day. `hour_alone`: a number after a day is its
    hour («завтра 10»), unless the whole is a day («четвер 17»)."""
    said = _latin(fold(" ".join(text.split())).strip(" ?!.,"))
    if soon.alone(said):  # «срочно», «мне очень срочно»
        return When(asap=True)
    urgent = soon.aside(said)  # «мне срочно, сегодня»: the day said, urgent or not
    if urgent is not None and (found := read(urgent, today, hour_alone)) is not None:
        return found
    said, deadline = _strip(said, _DEADLINES, leading=True)
    said, part = _strip(said, _PARTS)
    if spoken.read(said) is not None:
        return None  # «о двадцять першій»: a time alone, never the 20th at 13:00
    words = said.split()
    # A time first: «25.11 o 10» is no date of 2010, the way dates.read_day would take it whole.
    for cut in range(1, len(words)):  # the day first, then the time; or the time first
        if _one_day(words[cut - 1], words[cut]):
            continue  # «двадцять першого грудня», «двадцать декабря»: a day, never 20:00
        for head, tail in ((words[:cut], words[cut:]), (words[cut:], words[:cut])):
            time = _marked(" ".join(tail), part)
            day = _day(" ".join(head), today) if time is not None else None
            if time is not None and day is not None:
                return _when(day, time, part, deadline)
    if hour_alone and len(words) > 1 and re.fullmatch(r"\d{1,2}", words[-1]):
        whole = dates.read_day(said, today)
        numbered = whole is not None and whole.month is None and whole.weekday is not None
        hour = _time(words[-1], part) if whole is None or numbered else None
        day = _day(" ".join(words[:-1]), today) if hour is not None else None
        if hour is not None and day is not None:
            found = _when(day, hour, part, deadline)
            if whole is not None and numbered:  # «wtorek 14»: the 14th, if it is a Tuesday
                return replace(found, or_day=_numbered(whole, today))
            return found
    if part is not None and _marked(said, part) is not None:
        return None  # «о 2 дня», «at 8 in the morning»: a time alone, not the 2nd, nor the 8th
    day = _day(" ".join(words), today)
    return _when(day, None, part, deadline) if day is not None else None


def window(part: str, start: dt.time, end: dt.time) -> str:
    """A part of the day as a help form keeps it: «morning:08:00-12:00» (the hours staff can
    use: its `WINDOWS` within the hours open that day)."""
    return f"{part}:{start:%H:%M}-{end:%H:%M}"


def read_window(value: str) -> tuple[str, dt.time, dt.time] | None:
    """The part of the day and its hours a value of `window` holds; None for anything else."""
    part, _, hours = value.partition(":")
    start, _, end = hours.partition("-")
    if part not in WINDOWS:
        return None
    try:
        return part, dt.time.fromisoformat(start), dt.time.fromisoformat(end)
    except ValueError:
        return None


def clock(text: str) -> tuple[dt.time | None, str | None]:
    """A time typed at a time question (dates.read_time, and «10-30», «10ч», «o 10 godzinie»,
    «10 вечера»), and the part of the day it names, if any («утром»: (None, MORNING))."""
    text, about = roughly.plain(text)  # «десь о 10 якщо можна», «about 10ish»
    hour = int(text) if about and text.strip().isdigit() else None
    if hour is not None and 0 < hour < 24:  # «koło 10»: an hour, as «о 10» is
        return dt.time(hour), None
    said = _latin(fold(" ".join(text.split())).strip(" ?!"))
    named = spoken.read(said)  # «w południe», «пів на десяту»
    if named is not None:
        return named, None
    said, part = _strip(said, _PARTS)
    if not said.strip(" ,.-"):
        return None, part
    return _time(said, part), part


# A polite word after a time typed, left aside: «о 14, будь ласка», «o 14 proszę», «2pm please»
_POLITE = re.compile(
    r"[\s,]+(?:please|pls|proszę|prosze|будь\s+ласка|пожалуйста|пожалуста)[\s.!]*$", re.I
)


def at(text: str, hour_alone: bool = True) -> dt.time | None:
    """The time typed where a time is asked: the one reader of every time step (a help form's
    time, a booking's or an appointment's times, a visit's times to move to): dates.read_time,
    and what `clock` reads besides («о пів на третю», «о 2 дня», «о восьмій», «10ч»). Not
    `hour_alone`: a number alone is no time («13»: 13:00 or 13:45?), one with a word is («о 13»)."""
    text = _POLITE.sub("", text) or text  # «о 14, будь ласка», «at 2pm please»
    found = dates.read_time(text, hour_alone=hour_alone)
    if found is not None or (not hour_alone and re.fullmatch(r"\s*\d{1,2}\s*", text)):
        return found
    return clock(text)[0]


def _when(day: dt.date, time: dt.time | None, part: str | None, deadline: str | None) -> When:
    if deadline == _BEFORE:
        day -= dt.timedelta(days=1)
    return When(day, time, part, deadline=deadline is not None)


def _numbered(day: dates.Day, today: dt.date) -> dt.date | None:
    """The next date with the day of the month `day` names (this month's, else next month's)
    when it is the weekday named too; else None."""
    assert day.day is not None
    first = today.replace(day=1)
    for month in (first, (first + dt.timedelta(days=32)).replace(day=1)):
        try:
            date = month.replace(day=day.day)
        except ValueError:
            continue
        if date >= today:
            return date if date.weekday() == day.weekday else None
    return None


def _one_day(first: str, then: str) -> bool:
    """Whether two words are one day of the month: a tens' word and an ordinal («двадцять
    першого»: 21), or a number's word and a month («двадцать декабря», «десять грудня»)."""
    if not spoken.cardinal(first):
        return False
    if day_names.month_of(then.rstrip(".")) is not None:
        return True
    tens = ordinals.number(first)
    ones = ordinals.number(then) if tens in (20, 30) else None
    return ones is not None and ordinals.day([tens or 0, ones]) is not None


def _day(text: str, today: dt.date) -> dt.date | None:
    named = dates.read_day(text, today) if text.strip() else None
    if named is None:
        return None
    return dates.resolve(named, today) or dates.of_month(named, today)  # «15 числа»: the next 15th


def _marked(text: str, part: str | None) -> dt.time | None:
    """The time `text` names when it can only be a time: a word before the hour («о 10»), a unit
    after it («10ч»), minutes («10:30»), am or pm, or a part of the day said with it."""
    named = spoken.read(text) if part is None else None  # «jutro w południe»
    if named is not None:
        return named
    words = text.split()
    marked = part is not None or (bool(words) and words[0].rstrip(".") in _BEFORE_HOUR)
    marked = marked or bool(_UNIT.search(text) or re.search(r"\d[:.\-h]\d|[ap]\.?m\.?$", text))
    return _time(text, part) if marked else None


def _time(text: str, part: str | None) -> dt.time | None:
    text = _UNIT.sub("", text.strip())
    if dates.as_date(text) is not None:
        return None
    found = dates.read_time(_DASHED.sub(r"\1:\2", text))
    if found is None and (hour := spoken.hour(text)) is not None:  # «о восьмій вечора»
        found = dt.time(hour) if part is not None else spoken.read(text)
    if found is not None and part in (AFTERNOON, EVENING) and found.hour < 12:
        return found.replace(hour=found.hour + 12)
    return found


def _strip(
    text: str, table: list[tuple[str, str]], leading: bool = False
) -> tuple[str, str | None]:
    """`text` without the first phrase of `table` found in it (at its beginning only, if
    `leading`), and what that phrase means."""
    for phrase, key in table:
        pattern = ("^" if leading else r"(?<!\w)") + re.escape(phrase) + r"(?!\w)"
        if re.search(pattern, text):
            return " ".join(re.sub(pattern, " ", text, count=1).split()), key
    return text, None


def _latin(text: str) -> str:
    """Russian and Ukrainian words in Latin letters as the Cyrillic words they are."""
    if not re.search(r"[a-z]", text) or re.search(r"[а-яіїєґ]", text):
        return text
    out = []
    for word in text.split():
        found = next((cyr for latin, cyr in _LATIN if word.startswith(latin)), None)
        out.append(found or _LATIN_SHORT.get(word, word))
    return " ".join(out)
