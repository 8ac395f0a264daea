"""When a local office named in the answers is open: `{<key>_hours}` beside `{<key>}`
(«{social_services} ({social_services_hours})»), from its `opening_hours:` in config.yaml
(«open Mon–Fri 07:30–15:30»), or, where they are not known, a line that says to check them
before going: an answer never sends anyone to a door that may be shut as if it were open.

The answers are filled once per office (bot/content/assemble.py), so the text says the hours,
not whether it is open this minute; what to do while it is closed (at night, at the weekend)
is the answer's own (the police and 112, which are there at every hour)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from babel import Locale

from bot.content.i18n import Translator
from bot.settings.model import HoursRule, Office

SUFFIX = "_hours"


def placeholders(office: Office, t: Translator, today: dt.date) -> Callable[[str], dict[str, str]]:
    """The office's placeholder values in a language, with each local office's hours."""

    def values(lang: str) -> dict[str, str]:
        said = office.placeholders(lang)
        for key, local in office.local.items():
            said.setdefault(key + SUFFIX, hours_text(local.opening_hours, t, lang, today))
        return said

    return values


def hours_text(rules: tuple[HoursRule, ...], t: Translator, lang: str, today: dt.date) -> str:
    """«open Mon–Fri 07:30–15:30, Sat 09:00–12:00», or «check its hours before you go»."""
    current = [r for r in rules if r.valid_until is None or r.valid_until >= today]
    if not current:
        return t(lang, "local_hours_unknown")
    names = Locale.parse(lang).days["format"]["abbreviated"]
    by_day: dict[int, str] = {}
    for day in range(7):
        spans = sorted({(r.start, r.end) for r in current if r.weekday == day})
        if spans:
            by_day[day] = ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in spans)
    runs: list[tuple[int, int, str]] = []  # first day, last day, the hours
    for day, times in by_day.items():
        if runs and runs[-1][1] == day - 1 and runs[-1][2] == times:
            runs[-1] = (runs[-1][0], day, times)
        else:
            runs.append((day, day, times))
    parts = [f"{names[a]}{'' if a == b else '–' + names[b]} {times}" for a, b, times in runs]
    return t(lang, "local_hours_known", hours="; ".join(parts))
