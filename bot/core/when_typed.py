"""A day, a time, or a day and a time typed where a list of free times of several days is
offered (moving a visit or an appointment, /mybookings «🕒 Move»): «15.12», «15 grudnia»,
«може 22.12?», «wtorek 15.12 o 9», «14:30». Read with bot.core.dates as the booking's pickers
read them (bot.core.choice_when), then matched against the free times (`pick`): a free time
named is taken; a day named shows its free times (a time on it that is not free: said so, with
the nearest); a day without free times: said so, with the nearest days that have some.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from babel.lists import format_list

from bot.content.i18n import babel_locale
from bot.core import dates, markup, when
from bot.core.words import fold

if TYPE_CHECKING:
    from bot.core.turn import Turn

NEAREST = 2  # days or times offered for one that is not free
# Words before a day that say nothing about it: «może 15 grudnia?», «а може 22.12», «maybe 15.12»
_HEDGES = frozenset(
    fold(w)
    for w in (
        "може можливо бути может быть можно давайте а і и то ну "
        "maybe perhaps how what about let's lets and so a i to może moze być no"
    ).split()
)
# Words before an hour alone that make it a time («o 9», «at 9», «о 9», «в 9», «на 9»)
_AT = frozenset(fold(w) for w in "o at о в на об godz. godz um".split())


@dataclass(frozen=True)
class When:
    day: dates.Day | None = None
    time: dt.time | None = None


def read(text: str, today: dt.date) -> When | None:
    """The day and/or time `text` names, or None when it names neither. A text that may be a
    day or a time («15.12») is a day here: the list is of days and times."""
    words = " ".join(text.split()).strip("?!. ").split(" ")
    while words and fold(words[0]).strip(",") in _HEDGES:
        words = words[1:]
    if not words:
        return None
    whole = " ".join(words)
    if len(words) == 2 and fold(words[0]) in _AT and words[1].isdigit():  # «o 9»: 9:00
        hour = when.at(whole)
        return When(time=hour) if hour is not None else None
    both = when.read(whole, today)  # «wtorek o 12», «24.11 o 10»: not the 12th, nor 2010
    if both is not None and both.date and both.time and not (both.deadline or both.part):
        return When(day=dates.Day(both.date.day, both.date.month, both.date.year), time=both.time)
    day = dates.read_day(whole, today)
    if day is not None:
        return When(day=day)
    time = when.at(whole, hour_alone=False)
    if time is not None:
        return When(time=time)
    for cut in range(len(words) - 1, 0, -1):  # «wtorek 15.12 o 9», «15 grudnia, 14:00»
        said = words[cut:]
        at = len(said) > 1 and fold(said[0]) in _AT
        time = when.at(" ".join(said), hour_alone=at)
        day = dates.read_day(" ".join(words[:cut]).strip(", "), today) if time else None
        if day is not None:
            return When(day=day, time=time)
    return None


@dataclass(frozen=True)
class Pick:
    """What a day or time typed comes to among the free times (local, aware datetimes)."""

    start: dt.datetime | None = None  # the one free time named: taken
    day: dt.date | None = None  # the day named, whose free times are `times`
    times: tuple[dt.datetime, ...] = ()  # the free times to show
    missed_day: dt.date | None = None  # the day named has no free time: `days` are the nearest
    days: tuple[dt.date, ...] = ()
    missed_time: dt.time | None = None  # the time named is not free: `near` are the nearest
    near: tuple[dt.datetime, ...] = ()


def pick(when: When, free: Sequence[dt.datetime], today: dt.date, focus: dt.date | None) -> Pick:
    """`when` among the free times `free` (sorted); `focus`: the day whose times are shown, where
    a time alone is looked for (None: every day's)."""
    if when.day is not None:
        return _on_day(when, free, today)
    time = when.time
    assert time is not None
    pool = [s for s in free if focus is None or s.date() == focus]
    named = [s for s in pool if s.time() == time]
    if len(named) == 1:
        return Pick(start=named[0])
    if named:  # the same time on several days: those
        return Pick(times=tuple(named))
    near = _nearest_times(time, pool)
    return Pick(day=focus, times=tuple(pool) if focus else (), missed_time=time, near=near)


def _on_day(when: When, free: Sequence[dt.datetime], today: dt.date) -> Pick:
    assert when.day is not None
    days = sorted({s.date() for s in free})
    date = dates.resolve(when.day, today)
    if date is None:  # «17»: the first offered day it fits
        date = next((d for d in days if when.day.fits(d)), None)
    if date is None:
        return Pick()
    times = tuple(s for s in free if s.date() == date)
    if not times:
        near = sorted(days, key=lambda d: (abs((d - date).days), d))[:NEAREST]
        return Pick(missed_day=date, days=tuple(sorted(near)))
    if when.time is None:
        return Pick(day=date, times=times)
    named = [s for s in times if s.time() == when.time]
    if named:
        return Pick(start=named[0])
    return Pick(day=date, times=times, missed_time=when.time, near=_nearest_times(when.time, times))


def _nearest_times(time: dt.time, pool: Sequence[dt.datetime]) -> tuple[dt.datetime, ...]:
    minutes = time.hour * 60 + time.minute
    near = sorted(pool, key=lambda s: (abs(s.hour * 60 + s.minute - minutes), s))[:NEAREST]
    return tuple(sorted(near))


def note(turn: Turn, found: Pick, label: Callable[[dt.datetime], str]) -> str:
    """What the person is told of a day or a time typed that is not free («There are no free
    times on Tuesday, 15 December. The nearest days …», «09:15 is not free. The nearest free
    times …»), the nearest named with `label` (days as the day buttons read); "" otherwise."""
    if found.missed_day is not None:
        day = turn.services.t.date(turn.lang, found.missed_day, "EEEE, d MMMM")
        days = [turn.services.t.day(turn.lang, d) for d in found.days]
        past = found.missed_day < turn.local(turn.now).date()  # «вчора о 14»: passed, said so
        key = "typed_day_past" if past else "typed_day_not_free"
        return turn.t(key, day=day[:1].upper() + day[1:], choices=listed(turn, days))
    if found.missed_time is not None:
        times = listed(turn, [label(s) for s in found.near])
        return turn.t("typed_time_not_free", time=f"{found.missed_time:%H:%M}", choices=times)
    return ""


def listed(turn: Turn, labels: Sequence[str]) -> str:
    """Each of `labels` in quotes, joined with «or» in the person's language."""
    items = [turn.t("typed_item", choice=markup.literal(label)) for label in labels]
    return format_list(items, style="or", locale=babel_locale(turn.lang))
