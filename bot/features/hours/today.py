"""«Is the office open now?», «when are you open today», «ви зараз відкриті?», «czy dziś
pracujecie?»: a question about the hours that names now or today (`asks_today`) gets today's
answer above the weekly hours: the information point open now (until when), closed now and
opening later today, or closed today and its next opening (the callback form's reckoning:
bot.features.callback.next_call_time, the office's time zone, public holidays and closed
dates); and the assistant's duty: now, later today, or the next duty day and its place (the
duties staff cancelled left out)."""

from __future__ import annotations

import datetime as dt

from bot.core import markup, slots
from bot.core.words import fold
from bot.features.hours.sheet import AHEAD_DAYS, Sheet  # (the next duty within four weeks)
from bot.settings.config import HoursRule

# (compared folded; Ukrainian and Russian in Latin letters too)
_TODAY = frozenset(
    fold(word)
    for word in (
        "зараз сьогодні сьогодня нині сейчас сегодня сёдня now today tonight currently teraz "
        "dziś dzis dzisiaj obecnie zaraz sogodni sohodni sjogodni segodnya segodnia sevodnya "
        "seichas seychas sejchas"
    ).split()
)


def asks_today(question: str) -> bool:
    """The question names now or today («ви зараз відкриті?», «are you open today»)."""
    words = fold(question).split()
    return any(w.strip("?!.,;:()«»\"'") in _TODAY for w in words)


def lines(sheet: Sheet) -> list[str]:
    """Today's answer: the information point's line and the assistant's duty line (each only
    where the office has such hours)."""
    found = [_point(sheet)] if sheet.office.opening_hours else []
    duty = _duty(sheet)
    return [line for line in (*found, duty) if line]


def _point(sheet: Sheet) -> str:
    """Open now until when; closed now, opening later today; closed today, next opening."""
    from bot.features.callback import next_call_time  # (callback imports this feature)

    office, zone, fmt, lang = sheet.office, sheet.zone, sheet.fmt, sheet.lang
    now = sheet.local
    today = now.date()
    if today not in slots.closed_days(office.booking.closed_dates, today, today):
        here = [r for r in office.opening_hours if r.applies(today)]
        until = _until(here, now.time())
        if until is not None:
            return sheet.t("hours_now_open", time=fmt.time(lang, until))
    moment = next_call_time(office, zone, sheet.now, "asap")
    if moment is None:
        return sheet.t("hours_now_closed")
    if moment.date() == today:
        return sheet.t("hours_now_opens_today", time=fmt.time(lang, moment))
    day = fmt.date(lang, moment.date(), "EEEE, d MMMM")
    return sheet.t("hours_now_opens_on", day=day, time=fmt.time(lang, moment))


def _until(rules: list[HoursRule], at: dt.time) -> dt.time | None:
    """When the hours that hold at `at` end (hours that meet or cross, taken as one)."""
    end = None
    for rule in sorted(rules, key=lambda r: r.start):
        if end is None and rule.start <= at < rule.end:
            end = rule.end
        elif end is not None and rule.start <= end:
            end = max(end, rule.end)
    return end


def _duty(sheet: Sheet) -> str | None:
    """The assistant's duty now, later today, or next (its day, hours and place)."""
    office, fmt, lang = sheet.office, sheet.fmt, sheet.lang
    if not office.duty:
        return None
    now = sheet.local
    today, last = now.date(), now.date() + dt.timedelta(days=AHEAD_DAYS)
    closed = slots.closed_days(office.booking.closed_dates, today, last)
    cancelled = sheet.cancelled
    over = False  # (today's duty held and is over)
    for offset in range(AHEAD_DAYS + 1):
        day = today + dt.timedelta(days=offset)
        rules = sorted(
            (r for r in office.duty if r.applies(day) and (r.place, day) not in cancelled),
            key=lambda r: r.start,
        )
        if day in closed or not rules:
            continue
        if day == today and not (rules := [r for r in rules if r.end > now.time()]):
            over = True
            continue
        rule = rules[0]
        hours = f"{fmt.time(lang, rule.start)}–{fmt.time(lang, rule.end)}"
        place = markup.literal(office.places[rule.place].label(lang))
        if day == today and rule.start <= now.time():
            return sheet.t_duty("hours_duty_now", time=fmt.time(lang, rule.end), place=place)
        if day == today:
            return sheet.t_duty("hours_duty_today", hours=hours, place=place)
        named = fmt.date(lang, day, "EEEE, d MMMM")
        key = "hours_duty_later" if over else "hours_duty_next"
        return sheet.t_duty(key, day=named, hours=hours, place=place)
    return None
