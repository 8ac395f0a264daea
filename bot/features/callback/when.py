"""When staff can call back: the next opening of the information point that fits a time window.

Opening hours come from config (`opening_hours`, with validity dates); the office is closed on
Polish public holidays (the `holidays` package) and on `booking.closed_dates`. Pure functions of
the settings and a moment, and the sentence built from them (wording in the locale files).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.core import slots
from bot.core.dispatch import Turn
from bot.core.services import Services
from bot.settings.config import Office

# The preferred time of the call: (from, to) local wall-clock bounds.
WINDOWS: dict[str, tuple[dt.time, dt.time]] = {
    "asap": (dt.time(0, 0), dt.time(23, 59)),
    "am": (dt.time(0, 0), dt.time(12, 0)),
    "pm": (dt.time(12, 0), dt.time(23, 59)),
}
LOOKAHEAD_DAYS = 21


def closed_days(office: Office, first: dt.date, last: dt.date) -> set[dt.date]:
    return slots.closed_days(office.booking.closed_dates, first, last)


def next_call_time(
    office: Office, zone: ZoneInfo, now: dt.datetime, window: str
) -> dt.datetime | None:
    """The first local moment, from `now` on, when the office's staff are at work within `window`.

    Returns `now` (in local time) while they are at work; None when no hours are configured
    within the next three weeks.
    """
    local = now.astimezone(zone)
    low, high = WINDOWS.get(window, WINDOWS["asap"])
    today = local.date()
    closed = closed_days(office, today, today + dt.timedelta(days=LOOKAHEAD_DAYS))
    for offset in range(LOOKAHEAD_DAYS + 1):
        day = today + dt.timedelta(days=offset)
        if day in closed:
            continue
        starts = []
        for rule in office.opening_hours:
            if not rule.applies(day):
                continue
            start, end = max(rule.start, low), min(rule.end, high)
            if start >= end:
                continue
            begin = dt.datetime.combine(day, start, tzinfo=zone)
            finish = dt.datetime.combine(day, end, tzinfo=zone)
            if finish <= local:
                continue
            starts.append(max(begin, local))
        if starts:
            return min(starts)
    return None


def open_on(office: Office, day: dt.date) -> bool:
    """Whether the office works on `day` (its opening hours; not a holiday or a closed date).
    An office with no opening hours configured is taken as open every day."""
    if not office.opening_hours:
        return True
    if day in closed_days(office, day, day):
        return False
    return any(rule.applies(day) for rule in office.opening_hours)


def staff_back(office: Office, zone: ZoneInfo, now: dt.datetime) -> dt.datetime | None:
    """When the office's staff are next at work; None while they are, or when no opening hours
    are known (then nobody can say)."""
    if not office.opening_hours:
        return None
    moment = next_call_time(office, zone, now, "asap")
    return None if moment is None or moment == now.astimezone(zone) else moment


def is_working_now(office: Office, zone: ZoneInfo, now: dt.datetime) -> bool:
    found = next_call_time(office, zone, now, "asap")
    return found is not None and found == now.astimezone(zone)


def when_text(turn: Turn, window: str) -> str:
    """The sentence of the confirmation that says when to expect the call, and why not now."""
    fmt, lang = turn.services.t, turn.lang
    local_now = turn.local(turn.now)
    zone = turn.settings.timezone
    moment = next_call_time(turn.office, zone, turn.now, window)
    if moment is None:
        return turn.t("cb_when_unknown")
    if moment == local_now:
        return turn.t("cb_when_now")
    time = fmt.time(lang, moment)
    days = (moment.date() - local_now.date()).days
    if days == 0:
        expect = turn.t("cb_when_today", time=time)
    elif days == 1:
        expect = turn.t("cb_when_tomorrow", time=time, date=fmt.date(lang, moment.date(), "d MMMM"))
    else:
        expect = turn.t("cb_when_day", time=time, day=fmt.date(lang, moment.date(), "EEEE, d MMMM"))
    if not is_working_now(turn.office, zone, turn.now):
        return f"{turn.t('cb_when_closed')} {expect}"
    if days > 0:  # at work, but the chosen part of the day is over
        return f"{turn.t('cb_when_later')} {expect}"
    return expect  # at work; the chosen part of the day comes later today


def _day_named(services: Services, lang: str, day: str | None) -> str | None:
    try:
        return services.t.date(lang, dt.date.fromisoformat(day), "EEEE, d MMMM") if day else None
    except ValueError:
        return None


def window_words(services: Services, lang: str, window: str | None, day: str | None) -> str:
    """When to call, as the summary, the staff card and /mydata name it: the day asked for
    («w sobotę» typed alone: «sobota, 12 grudnia (dzień, o który prosi osoba)»), else the
    window («as soon as possible»)."""
    named = _day_named(services, lang, day)
    if named is not None and window in ("am", "pm"):  # «у вівторок о 10»: the day, its part
        part = services.t(lang, f"window_{window}_inline")
        return services.t(lang, "window_day_part_inline", day=named, part=part)
    if named is not None:
        return services.t(lang, "window_day_inline", day=named)
    return services.t(lang, f"window_{window or 'asap'}_inline")


def hours_on(office: Office, day: dt.date) -> list[tuple[dt.time, dt.time]]:
    """The office's opening hours on `day`, in order (none: closed that day)."""
    if day in closed_days(office, day, day):
        return []
    return sorted({(r.start, r.end) for r in office.opening_hours if r.applies(day)})


def expect_text(turn: Turn, window: str, day: str | None, minute: int | None = None) -> str:
    """The sentence after sending that says when to expect the call: on the day asked for (at
    the time asked for, or in the office's hours when that time is outside them: «wednesday
    after 5pm», closed at 16), or `when_text`."""
    named = _day_named(turn.services, turn.lang, day)
    if named is None:
        return when_text(turn, window)
    if minute is None or day is None or not turn.office.opening_hours:
        return turn.t("cb_when_on_day", day=named)
    fmt, lang = turn.services.t, turn.lang
    time = fmt.time(lang, dt.time(minute // 60, minute % 60))
    hours = hours_on(turn.office, dt.date.fromisoformat(day))
    if any(a.hour * 60 + a.minute <= minute < b.hour * 60 + b.minute for a, b in hours):
        return turn.t("cb_when_on_day_at", day=named, time=time)
    span = ", ".join(f"{fmt.time(lang, a)}–{fmt.time(lang, b)}" for a, b in hours)
    return turn.t("cb_when_on_day_outside", day=named, time=time, hours=span)
