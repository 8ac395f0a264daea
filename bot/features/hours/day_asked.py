"""«What time do you close on Saturday?», «ви працюєте завтра?», «czy jesteście czynni w
wigilię?», «when is christmas office closed» (tester 41, F2): a question about the hours that
names a day gets that day's hours above the weekly ones: «🗓 Saturday, 12 December: the
information point is open 10:00–14:00», or closed (a public holiday, a closed date, no hours
that weekday). A day is a word the booking's steps read as one (bot.core.when: a weekday,
«завтра», «tomorrow», in any case and script), or Christmas Eve, Christmas Day and New Year's
Eve named (the days Polish offices close)."""

from __future__ import annotations

import datetime as dt

from bot.core import slots, when
from bot.core.words import fold
from bot.features.hours.sheet import Sheet

# the beginnings of folded words that name a feast, and its day (month, day)
FEASTS = {
    "christmas": (12, 25), "xmas": (12, 25), "різдв": (12, 25), "рождеств": (12, 25),
    "wigili": (12, 24), "святвеч": (12, 24), "сочельник": (12, 24), "sylwest": (12, 31),
}  # fmt: skip


def asked(question: str, today: dt.date) -> dt.date | None:
    """The day the question names, or None (none, or «today»: today.py answers it)."""
    said = [w.strip("?!.,;:()«»\"'") for w in fold(question).split()]
    for word in said:
        if not word.isalpha():
            continue
        for start, (month, day) in FEASTS.items():
            if word.startswith(start):
                feast = dt.date(today.year, month, day)
                return feast if feast >= today else feast.replace(year=today.year + 1)
        found = when.read(word, today)
        if found is not None and found.date is not None and found.date != today:
            return found.date
    return None


def line(sheet: Sheet, question: str) -> str | None:
    """That day's line, or None (no day named, or the office keeps no opening hours)."""
    office, fmt, lang = sheet.office, sheet.fmt, sheet.lang
    day = asked(question, sheet.local.date()) if office.opening_hours else None
    if day is None:
        return None
    named = fmt.date(lang, day, "EEEE, d MMMM")
    rules = sorted((r for r in office.opening_hours if r.applies(day)), key=lambda r: r.start)
    if not rules or day in slots.closed_days(office.booking.closed_dates, day, day):
        return sheet.t("hours_day_closed", day=named)
    spans = ", ".join(f"{fmt.time(lang, r.start)}–{fmt.time(lang, r.end)}" for r in rules)
    return sheet.t("hours_day_open", day=named, hours=spans)
