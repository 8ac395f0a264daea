"""A question about the day typed where a list of days is shown («а можна в п'ятницю? я в четвер
працюю», «can I come on Friday instead?», «czy można w sobotę?», «а в інший день можна?»):
the form answers it, with which days the specialist or the duty desk has and its days kept
below, never the search (which knows nothing of this form: README «Known gaps», the
twenty-ninth session). The features ask `asks_for_day` of a text their person feature reads
as a question (it names a day and is short, or asks whether one is possible: «what documents
do I need on Thursday?» is another question, the search's), and say the days with `weekly`
(bot.features.booking.day_why, bot.features.appointments.days_asked).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from bot.content.i18n import Translator
from bot.core.day_names import plainly, weekday_of
from bot.core.words import fold
from bot.settings.model import HoursRule

_LETTERS = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_DATE = re.compile(r"\b\d{1,2}\s*[./]\s*\d{1,2}\b")  # «18.12», «18/12»
# another day, the weekend, today or tomorrow, as asked («а в інший день?», «another day»,
# «inny dzień», «а завтра можна?»: folded)
_OTHER = re.compile(
    r"\b(?:інш\w* (?:день|дня|дні)|друг\w* (?:день|дня|дни|раз)|(?:another|other|different)"
    r" (?:day|time)|inn\w* (?:dzien|dnia|dniu|termin)|weekend\w*|вихідн\w*|выходн\w*"
    r"|завтра|післязавтра|послезавтра|сьогодні|сегодня|tomorrow|today|jutro|pojutrze|dzis\w*)\b"
)


# words that ask whether a day is possible («можна», «can», «czy mogę», «instead», «free»); a
# longer question without one is about something else on that day («what documents do I need
# on Thursday?»: the search's)
_MAY = re.compile(
    r"\b(?:можн\w*|можу|може\w*|могу|можем|можете|can|could|may|possible|instead|available|"
    r"free|mog\w*|mozn\w*|moze\w*|zamiast|замість|вместо|вільн\w*|свобод\w*|woln\w*)\b"
)
SHORT = 5  # words: a question this short that names a day asks about it («what about sunday?»)


def asks_for_day(text: str) -> bool:
    """Whether a question (the caller's reading) asks about coming on a day: it names one and
    is short, or has a word asking whether it is possible."""
    said = fold(text)
    if not names_day(text):
        return False
    return len(_words(said)) <= SHORT or _MAY.search(said) is not None


def names_day(text: str) -> bool:
    """Whether `text` names a day: a weekday (whole, begun, in another form; no typo, as in a
    sentence a typo reads too much), a date, today or tomorrow, or another day or the weekend
    asked for."""
    said = fold(text)
    if _DATE.search(said) or _OTHER.search(said):
        return True
    return any(plainly(w) and weekday_of(w) is not None for w in _words(said))


def weekdays(text: str) -> set[int]:
    """The weekdays `text` names (0 Monday … 6 Sunday)."""
    found = (weekday_of(w) for w in _words(fold(text)) if plainly(w))
    return {day for day in found if day is not None}


def other_asked(text: str) -> bool:
    """Whether `text` asks for another day, the weekend, today or tomorrow, or names a date."""
    said = fold(text)
    return bool(_DATE.search(said) or _OTHER.search(said))


def live(rules: Iterable[HoursRule], today: dt.date) -> list[HoursRule]:
    """The rules that still hold from `today` on, by weekday and hour."""
    kept = [r for r in rules if r.valid_until is None or r.valid_until >= today]
    return sorted(kept, key=lambda r: (r.weekday, r.start))


def weekly(fmt: Translator, lang: str, rules: Iterable[HoursRule]) -> str:
    """«Thursday 09:00–11:00, Friday 10:00–12:00»: the days and hours of `rules`, in order."""
    return ", ".join(
        f"{fmt.weekday(lang, r.weekday)} {fmt.time(lang, r.start)}–{fmt.time(lang, r.end)}"
        for r in rules
    )


def _words(folded: str) -> list[str]:
    return [w.rstrip(".") for w in _LETTERS.findall(folded)]
