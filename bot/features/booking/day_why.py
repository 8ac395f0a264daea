"""What is typed at the booking's days that is no day shown, said plainly.

A day with no duty at the place («27.11», «в четвер» where Thursday's duty is elsewhere) got
«no free times» alone, as a full day does; moving a visit already said why (move.py, `closed`):
now the day step says it too, with the nearest days (`no_duty`, shared with move.py; a duty at
another place: a button to book there). A time alone («о 14», «at 2 pm», «o dwudziestej
pierwszej») asked for the day first: now the days where that time is free are offered, as
buttons of that time (up to `SHOWN`); none: why (outside the place's duty hours, «the office
is closed then», or taken on every day), the days below. A public holiday or one of the
office's closed dates («24.12», Wigilia: tester 35, item 11) is said to be one, before any
duty elsewhere that day, and the nearest days are named in date order. A question about the
day («can I come on Friday instead?», «а в інший день можна?»: bot.core.day_asked) is the
form's, not the search's: the days of the place's duty hours (`asked`), another place's with
its button, and the days below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.core import choice_when, day_asked, markup, when, when_typed
from bot.core.choice_when import day_means
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply, in_rows
from bot.core.public_holidays import public_holidays
from bot.core.session import Shown
from bot.core.slots import Slot
from bot.features import person
from bot.features.booking.replies import draft, offer
from bot.features.booking.views import slot_buttons, voice

SHOWN = 6  # days offered for a time typed alone
PER_ROW = 2


def no_duty(turn: Turn, place: str, day: dt.date) -> tuple[str, dict[str, str], list[str]] | None:
    """Why `day` has no times at `place` when it has no duty there: the key, its values besides
    {day}, and the places where the duty is that day; None: the place has duty hours then. A
    closed day (`closed_key`) first: no place has duty then."""
    closed = closed_key(turn, day)
    if closed is not None:
        return closed, {}, []
    rules = [r for r in turn.office.duty if r.applies(day)]
    if any(r.place == place for r in rules):
        return None
    places = [p for p in dict.fromkeys(r.place for r in rules) if p in turn.office.places]
    if not places:
        return "bk_move_day_no_duty", {}, []
    names = [turn.office.places[p].label(turn.lang) for p in places]
    return "bk_day_elsewhere", {"place": markup.literal(", ".join(names))}, places


def closed_key(turn: Turn, day: dt.date) -> str | None:
    """The office is closed on `day`: a public holiday (`bk_day_holiday`) or one of its
    `booking.closed_dates` (`bk_day_closed`); None: not closed."""
    if day in public_holidays([day.year]):
        return "bk_day_holiday"
    return "bk_day_closed" if day in turn.office.booking.closed_dates else None


def closed(turn: Turn, day: dt.date) -> str | None:
    """«Thursday, 24 December: the office is closed (public holiday).», or None."""
    key = closed_key(turn, day)
    if key is None:
        return None
    label = turn.services.t.date(turn.lang, day, "EEEE, d MMMM")
    return turn.t(key, day=label[:1].upper() + label[1:])


async def typed(turn: Turn) -> list[Reply] | None:
    """At the day step: a day with no duty at the place, said why, or a time alone, the days it
    is free on; None for anything else (the step's own hint)."""
    place = draft(turn).place
    text, shown = turn.incoming.text or "", turn.session.shown
    if turn.session.step != "day" or not text or place not in turn.office.places:
        return None
    today = turn.local(turn.now).date()
    if choice_when.named(text, shown, today) == []:  # a day that is not among the buttons
        said, near = choice_when.missed(text, shown, today)
        if isinstance(said, dt.date) and said >= today:
            return _day(turn, place, said, near)
        return None
    time = when.at(text, hour_alone=False) if choice_when.time_at_days(text, shown) else None
    if time is not None:
        return await _time(turn, place, time)
    hour, part = when.clock(text)
    return await _part(turn, place, part) if hour is None and part is not None else None


def asked(turn: Turn) -> list[Reply] | None:
    """At the day step, a question about the day: the days the place has duty hours on (and
    the places with other days, a tap away); None for any other text."""
    place, text = draft(turn).place, turn.incoming.text or ""
    if turn.session.step != "day" or place not in turn.office.places:
        return None
    if not person.asks(text) or not day_asked.asks_for_day(text):
        return None
    rules = day_asked.live(turn.office.duty, turn.local(turn.now).date())
    here = [r for r in rules if r.place == place]
    if not here:
        return None
    fmt, lang = turn.services.t, turn.lang
    named, days = day_asked.weekdays(text), {r.weekday for r in here}
    yes = named and named <= days and not day_asked.other_asked(text)
    key = "bk_days_asked_yes" if yes else "bk_days_asked"
    label = turn.office.places[place].label(lang)
    lines = [turn.t(key, place=markup.literal(label), days=day_asked.weekly(fmt, lang, here))]
    others = [p for p in dict.fromkeys(r.place for r in rules) if p != place]
    others = [p for p in others if p in turn.office.places]
    for other in others:
        there = [r for r in rules if r.place == other]
        name = markup.literal(turn.office.places[other].label(lang))
        days_there = day_asked.weekly(fmt, lang, there)
        lines.append(turn.t("bk_days_asked_there", place=name, days=days_there))
    return [Reply("\n".join(lines), _there(turn, others))]


def said(
    turn: Turn, place: str, day: dt.date, found: Reply, near: Sequence[dt.date]
) -> Reply | None:
    """`found` (a day typed with its time that has no free times: day_typed.py) saying why
    `day` has no duty at `place`, with the `near` days that have some; None: it has duty."""
    if no_duty(turn, place, day) is None:
        return None
    names = [turn.services.t.day(turn.lang, d) for d in sorted(near)]
    text, elsewhere = _why(turn, place, day, names)
    return Reply(text, [*found.buttons, *_there(turn, elsewhere)])


def _why(turn: Turn, place: str, day: dt.date, names: list[str]) -> tuple[str, list[str]]:
    key, values, elsewhere = no_duty(turn, place, day) or ("", {}, [])
    label = turn.services.t.date(turn.lang, day, "EEEE, d MMMM")
    text = turn.t(key, day=label[:1].upper() + label[1:], **values)
    if names:
        text += " " + turn.t("bk_day_nearest", choices=when_typed.listed(turn, names))
    return text, elsewhere


def _day(turn: Turn, place: str, day: dt.date, near: list[Shown]) -> list[Reply] | None:
    """`day` (to come) without duty at `place`: why, the nearest days that have free times
    named (the step's days, below, are their buttons)."""
    if no_duty(turn, place, day) is None:
        return None
    near = sorted(near, key=lambda b: b.means)  # in date order («day:YYYY-MM-DD»)
    text, elsewhere = _why(turn, place, day, [b.label for b in near])
    return [Reply(text, _there(turn, elsewhere))]  # (the days come below: named, not twice)


def _there(turn: Turn, places: list[str]) -> list[list[Button]]:
    """«📍 Book at: Social Services Centre (CUS)»: the places whose duty that day is, to book."""
    return [
        [
            Button(
                turn.t("bk_day_book_there", place=turn.office.places[p].label(turn.lang)),
                f"booking:place:{p}",
            )
        ]
        for p in places
    ]


async def _time(turn: Turn, place: str, time: dt.time) -> list[Reply]:
    """The days on which `time` is free at `place`, as that time's buttons; none: why."""
    free, _ = await offer(turn)
    zone, v = turn.settings.timezone, voice(turn)
    at = [s for s in free if s.place == place and s.start.astimezone(zone).time() == time]
    said = f"{time:%H:%M}"
    if at:
        buttons = [b for row in slot_buttons(v, at[:SHOWN], with_day=True) for b in row]
        rows = in_rows(buttons, PER_ROW)
        return [Reply(turn.t("bk_time_free_on", time=said), rows)]
    today = turn.local(turn.now).date()
    live = [r for r in turn.office.duty if r.valid_until is None or r.valid_until >= today]
    rules = sorted({(r.weekday, r.start, r.end) for r in live if r.place == place})
    if rules and not any(start <= time < end for _, start, end in rules):
        fmt = turn.services.t
        hours = ", ".join(
            f"{fmt.weekday(turn.lang, day)} {fmt.time(turn.lang, start)}–{fmt.time(turn.lang, end)}"
            for day, start, end in rules
        )
        return [Reply(turn.t("bk_time_closed", time=said, hours=hours))]
    grid = _grid(turn, rules, time)
    if grid:  # «14:10» where visits start every 15 minutes: the grid, the nearest free times
        return [_off_grid(turn, place, time, grid, free)]
    return [Reply(turn.t("bk_time_not_free", time=said))]


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def _grid(turn: Turn, rules: list[tuple[int, dt.time, dt.time]], time: dt.time) -> list[dt.time]:
    """The visit times on either side of `time` when no visit starts at it (visits start every
    `visit_minutes` from the duty's start); []: one does, or no duty hours hold it."""
    every = turn.office.booking.visit_minutes
    for _, start, end in rules:
        if not start <= time < end or (_minutes(time) - _minutes(start)) % every == 0:
            continue
        low = _minutes(start) + (_minutes(time) - _minutes(start)) // every * every
        near = [m for m in (low, low + every) if m + every <= _minutes(end)]
        return [dt.time(m // 60, m % 60) for m in near]
    return []


def _off_grid(
    turn: Turn, place: str, time: dt.time, grid: list[dt.time], free: Sequence[Slot]
) -> Reply:
    """No visit starts at `time`: when they start, and the free times nearest to it (on any
    day, as buttons)."""
    zone, v, fmt = turn.settings.timezone, voice(turn), turn.services.t
    here = [s for s in free if s.place == place]
    wanted = _minutes(time)
    here.sort(key=lambda s: (abs(_minutes(s.start.astimezone(zone).time()) - wanted), s.start))
    every = fmt.plural(turn.lang, "typed_every", turn.office.booking.visit_minutes)
    values = {
        "time": f"{time:%H:%M}",
        "every": every,
        "grid": ", ".join(fmt.time(turn.lang, t) for t in grid),
    }
    if not here:
        return Reply(turn.t("bk_time_off_grid_none", **values))
    nearest = sorted(here[:SHOWN], key=lambda s: s.start)
    rows = in_rows([b for row in slot_buttons(v, nearest, with_day=True) for b in row], PER_ROW)
    return Reply(turn.t("bk_time_off_grid", **values), rows)


async def _part(turn: Turn, place: str, part: str) -> list[Reply]:
    """The days offered with free times at `place` in `part` of the day, as day buttons (their
    times a tap away); none: said so (the days come below, as the step shows them)."""
    free, _ = await offer(turn)
    zone, v = turn.settings.timezone, voice(turn)
    low, high = when.WINDOWS[part]
    marks = [b.means for b in turn.session.shown if b.means.startswith(choice_when.DAY)]
    offered = {dt.date.fromisoformat(m.removeprefix(choice_when.DAY)) for m in marks}
    days = sorted(
        {
            start.date()
            for s in free
            if s.place == place
            and low <= (start := s.start.astimezone(zone)).time() < high
            and (not offered or start.date() in offered)
        }
    )
    said = turn.t(f"part_of_day_{part}")
    said = said[:1].upper() + said[1:]
    if not days:
        return [Reply(turn.t("bk_part_not_free", part=said))]
    buttons = [
        Button(v.day(d), f"booking:day:{place}:{d:%Y%m%d}", means=day_means(d))
        for d in days[:SHOWN]
    ]
    rows = in_rows(buttons, PER_ROW)
    return [Reply(turn.t("bk_part_free_on", part=said), rows)]
