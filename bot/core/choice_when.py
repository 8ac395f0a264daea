"""A day or a time typed where a list of days or times is shown (bot.core.choices): read as a
day or a time (bot.core.dates), never as text with typos, so «14:50» is never taken for the
button «14:30». A button says which it is by what it means (`Button.means`: `time_means`,
`day_means`); a day or time typed that no button has is told so, with the nearest ones offered.
A day typed with a time («wtorek o 12») is no day button: the step reads both (bot.core.day_at).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.core import dates, when
from bot.core.session import Shown

TIME, DAY = "time:", "day:"
NEAREST = 2  # buttons offered for a day or a time that is not free


def time_means(value: dt.time | dt.datetime) -> str:
    return f"{TIME}{value:%H:%M}"


def day_means(value: dt.date) -> str:
    return f"{DAY}{value:%Y-%m-%d}"


def timed(button: Shown) -> bool:
    """A day's or a time's button: matched only as one (no typos, no words of its label)."""
    return button.means.startswith((TIME, DAY))


def named(text: str, shown: Sequence[Shown], today: dt.date | None = None) -> list[Shown] | None:
    """The day or time buttons `text` names (none: that day or time is not free); None when
    the text is not a day or a time, or no such buttons are shown. With `today`, «завтра» and
    «today» name a day too."""
    if any(b.means.startswith(TIME) for b in shown):
        time = when.at(text, hour_alone=False)
        if time is not None:
            return _distinct([b for b in shown if b.means == time_means(time)])
    if any(b.means.startswith(DAY) for b in shown) and not _with_time(text, today):
        day = dates.read_day(text, today)
        if day is not None:
            return _distinct([b for b in shown if (d := _day(b)) is not None and day.fits(d)])
    return None


def _with_time(text: str, today: dt.date | None) -> bool:
    """Whether `text` names a day with a time or a part of the day («wtorek o 12», «24.11 o
    10», «tomorrow morning», «завтра 10»): no day button alone (the step reads it:
    bot.core.day_at)."""
    said = when.read(text, today, hour_alone=True) if today is not None else None
    return said is not None and (said.time is not None or said.part is not None)


def time_at_days(text: str, shown: Sequence[Shown]) -> str | None:
    """A time typed where only days are shown («о 2 дня», «at 2 pm», «о восьмій»): «HH:MM»,
    to ask for the day first; None otherwise."""
    if any(b.means.startswith(TIME) for b in shown) or not any(
        b.means.startswith(DAY) for b in shown
    ):
        return None
    time = when.at(text, hour_alone=False)
    return f"{time:%H:%M}" if time is not None else None


def missed(text: str, shown: Sequence[Shown], today: dt.date) -> tuple[str | dt.date, list[Shown]]:
    """For a day or time typed that no button has: what it was (a time «HH:MM», a date, or the
    text as typed) and the nearest buttons, nearest first."""
    time = when.at(text, hour_alone=False)
    if time is not None and any(b.means.startswith(TIME) for b in shown):
        minutes = time.hour * 60 + time.minute
        times = [b for b in _distinct(shown) if b.means.startswith(TIME)]
        times.sort(key=lambda b: abs(_minutes(b) - minutes))
        return f"{time:%H:%M}", times[:NEAREST]
    day = dates.read_day(text, today)
    # «у 14», «14» at the days: the next 14th (as when.read takes it), not the text as typed
    date = (dates.resolve(day, today) or dates.of_month(day, today)) if day is not None else None
    days = [b for b in _distinct(shown) if _day(b) is not None]
    if date is not None:
        days.sort(key=lambda b: abs(((_day(b) or date) - date).days))
    return date or " ".join(text.split()), days[:NEAREST]


def off_grid(said: str, shown: Sequence[Shown], every: int) -> bool:
    """Whether the time `said` («HH:MM», from `missed`) is no visit's start at all: no time
    shown is a whole number of visits of `every` minutes from it («09:45» where visits of 30
    minutes start at 09:00, 09:30 …), rather than a visit someone took."""
    hours, _, minutes = said.partition(":")
    typed = int(hours) * 60 + int(minutes)
    times = [_minutes(b) for b in shown if b.means.startswith(TIME)]
    return bool(times) and all((typed - time) % every for time in times)


def _minutes(button: Shown) -> int:
    hours, _, minutes = button.means.removeprefix(TIME).partition(":")
    return int(hours) * 60 + int(minutes)


def _day(button: Shown) -> dt.date | None:
    if not button.means.startswith(DAY):
        return None
    return dt.date.fromisoformat(button.means.removeprefix(DAY))


def _distinct(buttons: Sequence[Shown]) -> list[Shown]:
    return list({b.payload: b for b in buttons}.values())
