"""A time written in a note for staff («after 5pm», «після 17:00», «po 17», «с 9 до 11»,
«завтра після 17», «w środę 10-12»), read as a span of the day and the days it names.

Pure. A note is read only when all of it is a time in one of the clear forms below, with the
days it is on and a few words around it («краще», «please», «najlepiej»); anything else
(«my wife answers», «після обіду», «a bare 5») reads as None: a note is never guessed at.
`read_clause` reads a note one clause of which is such a time, the others about something else
(«po 17, mówi tylko po ukraińsku»).
No library reads such phrases (Babel parses a time in a locale's own format, nothing around
it): Babel gives the weekdays' names in uk, ru, en and pl, and the rest is the small grammar
here.

    [from] T to T, T-T     a range              between T and T
    after T, from T        up to the day's end  before T, until T     from the day's start
    at T, T                one moment (a bare number needs «at», minutes, am/pm or «h»)

T is 17, 17:00, 17.00, 5pm, 5 p.m., 17h, «17 год.», «godz. 17», «5 вечора», an hour in one word
(«five pm», «after two», «до пʼятої»: bot.core.spoken), «noon»; an hour 1-7 without
am/pm is the afternoon («after 5»: nobody asks for a call at 5 in the morning), 8-12 is read as
written.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from babel.dates import get_day_names

from bot.core import spoken
from bot.core.words import cyrillic

DAY = 24 * 60
LATEST_MORNING_HOUR = 7  # «after 5» is 17:00; «after 8» is 8:00


def _plain(text: str) -> str:
    """Lower case, without accents and apostrophes («п'ятницю» = «пʼятницю» = «пятницю»)."""
    text = unicodedata.normalize("NFKD", cyrillic(text.casefold()))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"['’ʼ`]", "", text).replace("–", "-").replace("—", "-")


def _words(*groups: str) -> frozenset[str]:
    return frozenset(_plain(w) for group in groups for w in group.split())


# Words around a time that say nothing about it, at either end of the note.
FILLERS = _words(
    "please pls best better preferably ideally only just call me phone ring",
    "краще бажано будь ласка можна тільки лише дзвоніть телефонуйте зателефонуйте мені",
    "лучше желательно пожалуйста можно только звоните позвоните мне",
    "najlepiej lepiej proszę dzwonić dzwońcie zadzwońcie tylko można mi",
)
FROM = _words("from з із зі від с со от od")
AFTER = FROM | _words("after since після после po")
BEFORE = _words("before until till til by до przed do")
AT = _words("at around about approx approximately ~ о об близько приблизно в во около примерно")
AT |= _words("o około koło ok na на")
TO = _words("- to till until до do")
BETWEEN = _words("between між поміж между między")
AND = _words("and і й та и a i")
JOIN = AND | _words("or або чи или либо lub albo")  # between days
DAY_PREP = _words("on в у во w we")
RELATIVE = {w: 0 for w in _words("today сьогодні сегодня dziś dzisiaj")}
RELATIVE |= {w: 1 for w in _words("tomorrow завтра jutro")}
NOON = _words("noon midday południe полудень полдень опівдні")
UNIT_BEFORE = _words("godz godzinie godziny год годині")
UNIT_AFTER = _words("h godz год години годин час часа часов ч oclock hrs")
# whole phrases, replaced before the words are read
PHRASES = [
    (
        r"\b(?:not (?:earlier|sooner) than|not before|не раніше(?: ніж)?|не раньше"
        r"|nie wcześniej(?: niż)?)\b",
        " after ",
    ),
    (
        r"\b(?:not later than|no later than|не пізніше(?: ніж)?|не позже|не позднее"
        r"|nie później(?: niż)?)\b",
        " before ",
    ),
    (
        r"\b(?:in the (?:evening|afternoon)|po południu|wieczorem|вечора|ввечері|вечером|вечера"
        r"|дня)\b",
        " pm ",
    ),
    (r"\b(?:in the morning|przed południem|rano|ранку|зранку|утра|утром)\b", " am "),
    (r"\b(a|p)\.\s?m\b\.?", r" \1m "),
]
_PHRASES = [(re.compile(_plain(pattern)), to) for pattern, to in PHRASES]
_TOKEN = re.compile(r"(?<!\d)\d{1,2}(?:[:.]\d{2})?(?!\d)|[^\W\d_]+|[~-]")


@functools.cache
def _day_stems() -> tuple[dict[str, int], dict[str, int]]:
    """Weekday stems (its name's first letters: «середу», «środę», «Wednesdays») and whole
    abbreviations («ср», «śr.», «wed») in the four languages, to weekday numbers (Monday 0).
    Read at the first note, not at import: Babel's locale data is read at start by
    Translator.prepare, which drops what nothing formats as it is read (bot.content.i18n)."""
    stems: dict[str, int] = {}
    whole: dict[str, int] = {}
    for lang in ("uk", "ru", "en", "pl"):
        size = 3 if lang == "en" else 4
        for day, name in get_day_names("wide", "format", lang).items():
            stems[_plain(name)[:size]] = day
        for day, name in get_day_names("abbreviated", "format", lang).items():
            whole[_plain(name).rstrip(".")] = day
    return stems, whole


@dataclass(frozen=True)
class Said:
    """What the note says: minutes of the day from `start` to `end` (not including it), or the
    one minute `start` (`moment`); on `weekdays` (Monday 0) and `days_ahead` (0 today, 1
    tomorrow), none of them: any day."""

    start: int
    end: int
    moment: bool = False
    weekdays: tuple[int, ...] = ()
    days_ahead: tuple[int, ...] = ()

    def fits(self, opens: int, closes: int) -> bool:
        """Whether staff at work from `opens` to `closes` (minutes) can call at that time."""
        if self.moment:
            return opens <= self.start < closes
        return max(self.start, opens) < min(self.end, closes)


def read(note: str) -> Said | None:
    """The time a note names, or None when it is not wholly a time (see the module)."""
    text = f" {_plain(note)} "
    for pattern, to in _PHRASES:
        text = pattern.sub(to, text)
    tokens = _TOKEN.findall(text)
    days: list[tuple[str, int]] = []
    tokens = _strip(tokens, days)
    said = _time_of(tokens) if tokens else None
    if said is None:
        return None
    weekdays = tuple(sorted({n for kind, n in days if kind == "weekday"}))
    ahead = tuple(sorted({n for kind, n in days if kind == "ahead"}))
    return Said(said.start, said.end, said.moment, weekdays, ahead)


# Where a clause of a note ends: a comma, a semicolon, «!» or «?», a full stop before a space (not
# the one of «17.00»), a new line, a dash between spaces
_CLAUSE = re.compile(r"[,;!?]+\s*|\.\s+|\n+|\s+[-–—]\s+")


def read_clause(note: str) -> Said | None:
    """The time a note names in one of its clauses, where the rest says something else
    («po 17, mówi tylko po ukraińsku», «call after 5, she speaks only Ukrainian»): the whole
    note's if it is all a time, else the one clause that is (two that are: None, as unclear)."""
    whole = read(note)
    if whole is not None:
        return whole
    found = [said for clause in _CLAUSE.split(note) if (said := read(clause)) is not None]
    return found[0] if len(found) == 1 else None


def _day(token: str) -> tuple[str, int] | None:
    if spoken.hour(token) is not None:  # «piątej», «пʼятої»: an hour («po piątej»), not Friday
        return None
    if token in RELATIVE:
        return "ahead", RELATIVE[token]
    stems, abbreviations = _day_stems()
    if token in abbreviations:
        return "weekday", abbreviations[token]
    for size in (3, 4):
        if len(token) >= size and token[:size] in stems:
            return "weekday", stems[token[:size]]
    return None


def _strip(tokens: list[str], days: list[tuple[str, int]]) -> list[str]:
    """The tokens without the fillers and the days at either end (the days kept in `days`)."""
    tokens = list(tokens)
    while tokens:
        if tokens[0] in FILLERS:
            del tokens[0]
        elif tokens[-1] in FILLERS:
            del tokens[-1]
        elif (found := _day(tokens[0])) is not None:
            days.append(found)
            del tokens[0]
        elif len(tokens) > 1 and tokens[0] in DAY_PREP and (found := _day(tokens[1])):
            days.append(found)
            del tokens[:2]
        elif (found := _day(tokens[-1])) is not None:
            days.append(found)
            del tokens[-1]
            if tokens and tokens[-1] in DAY_PREP:
                del tokens[-1]
        elif days and (tokens[0] in JOIN or tokens[-1] in JOIN):
            del tokens[0 if tokens[0] in JOIN else -1]
        else:
            break
    return tokens


@dataclass(frozen=True)
class _Clock:
    hour: int
    minute: int
    half: str | None  # "am" | "pm" | None
    marked: bool  # minutes, am/pm or a unit written: a bare «5» is not a time

    def minutes(self, hour: int | None = None) -> int:
        return (self.hour if hour is None else hour) * 60 + self.minute

    def read_hour(self) -> int | None:
        """The 24-hour hour; without am/pm, 1-7 is the afternoon."""
        hour = self.hour
        if self.half:
            if not 1 <= hour <= 12:
                return None
            return hour % 12 + (12 if self.half == "pm" else 0)
        return hour + 12 if 1 <= hour <= LATEST_MORNING_HOUR else hour


def _clock(tokens: list[str]) -> _Clock | None:
    """T: [unit] H[:MM] [unit] [am|pm], the whole of `tokens`."""
    tokens = list(tokens)
    marked = False
    if tokens and tokens[0] in UNIT_BEFORE:
        tokens, marked = tokens[1:], True
    if tokens and not tokens[0][0].isdigit():  # «after five pm», «before noon», «після пʼятої»
        word = 12 if tokens[0] in NOON else spoken.hour(tokens[0])
        if word is None or not 1 <= word <= 20:
            return None
        tokens, marked = [str(word), *tokens[1:]], marked or tokens[0] in NOON
    if not tokens:
        return None
    hour_text, _, minute_text = tokens[0].replace(".", ":").partition(":")
    hour, minute = int(hour_text), int(minute_text or 0)
    marked = marked or bool(minute_text)
    rest = tokens[1:]
    if rest and rest[0] in UNIT_AFTER:
        rest, marked = rest[1:], True
    half = None
    if rest and rest[0] in ("am", "pm"):
        half, rest, marked = rest[0], rest[1:], True
    if rest or hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return _Clock(hour, minute, half, marked)


def _time_of(tokens: list[str]) -> Said | None:
    first, rest = tokens[0], tokens[1:]
    if first in BETWEEN:
        for cut, word in enumerate(rest):
            if word in AND:
                return _range(rest[:cut], rest[cut + 1 :])
        return None
    for cut, word in enumerate(tokens):
        if cut and word in TO:  # [from] T to T
            start = tokens[1:cut] if first in AFTER else tokens[:cut]
            found = _range(start, tokens[cut + 1 :])
            if found is not None:
                return found
    if first in AFTER or first in BEFORE or first in AT:
        clock = _clock(rest)
        hour = clock.read_hour() if clock else None
        if clock is None or hour is None:
            return None
        at = clock.minutes(hour)
        if first in AFTER:
            return Said(at, DAY) if at < DAY else None
        if first in BEFORE:
            return Said(0, at) if at > 0 else None
        return Said(at, at + 1, moment=True) if at < DAY else None
    clock = _clock(tokens)
    hour = clock.read_hour() if clock and clock.marked else None
    if clock is None or hour is None or clock.minutes(hour) >= DAY:
        return None
    return Said(clock.minutes(hour), clock.minutes(hour) + 1, moment=True)


def _range(start_tokens: list[str], end_tokens: list[str]) -> Said | None:
    start, end = _clock(start_tokens), _clock(end_tokens)
    if start is None or end is None:
        return None
    end_hour = end.read_hour()
    if end_hour is None:
        return None
    if start.half is None and end.half is not None:  # «5-7pm», «10-2pm»
        begin = start.hour + 12 if start.hour < 12 and start.hour + 12 <= end_hour else start.hour
    elif start.half is None and end.half is None:
        end_hour = end.hour + 12 if 1 <= end.hour <= LATEST_MORNING_HOUR else end.hour
        in_the_afternoon = 1 <= start.hour <= LATEST_MORNING_HOUR and start.hour + 12 < end_hour
        begin = start.hour + 12 if in_the_afternoon else start.hour
    else:
        read_start = start.read_hour()
        if read_start is None:
            return None
        begin = read_start
    first, last = start.minutes(begin), end.minutes(end_hour)
    return Said(first, last) if 0 <= first < last <= DAY else None
