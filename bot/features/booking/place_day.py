"""A day typed at «Where would you like to come?» («завтра», «w piątek», «on Tuesday»; tester
24, item 18), read as at the day step: the one place with free times that day shows that day's
times; several: those places, each button that day's times there; none (no duty that day, or
full; a holiday, said to be one: day_why.closed): said so, with each place's nearest free day
as its button. A day with a time, a part
of the day or hours («w czwartek o 14», «w czwartek po 14», «thursday after 2pm»: core/day_at.py)
at the one place with free times that day: read there as at its days (day_typed.py), the time
taken, or that day's times with those asked for first; at several, a day with its time («w
czwartek o 10») keeps the time: each place where it is free a button that takes it («City Hall,
10:00»), the others that day's times there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable

from bot.core import day_at, when
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, Replay, go
from bot.core.messages import Button, Reply
from bot.core.slots import Slot
from bot.features.booking import day_typed, day_why, schedule
from bot.features.booking.replies import offer
from bot.features.booking.views import voice
from bot.features.menu import nav_row

Then = Callable[[Turn, day_at.Answer, str, str | None], Awaitable[Outcome]]


async def typed(turn: Turn, then: Then) -> Outcome | None:
    """At the place step, a day typed: as above (a day with a time: `then`, the flow's own for
    one typed at the days); None for anything else."""
    if turn.session.step != "place":
        return None
    text, today = turn.incoming.text or "", turn.local(turn.now).date()
    timed = day_at.read(text, today)  # «w czwartek po 14»
    timed = timed if timed is not None and timed.date is not None else None
    said = timed or when.read(text, today, hour_alone=False)
    if said is None or said.date is None or said.asap or said.deadline:
        return None
    day, zone, v = said.date, turn.settings.timezone, voice(turn)
    free, _ = await offer(turn)
    places = schedule.places_with_slots(free, turn.office.places)
    there = [p for p in places if any(s.place == p and s.local_day(zone) == day for s in free)]
    if len(there) == 1:
        found = await day_typed.read(turn, there[0]) if timed is not None else None
        if found is not None:
            return await then(turn, *found)
        return Outcome(replay=Replay(payload=f"booking:day:{there[0]}:{day:%Y%m%d}"))
    named = v.long_day(day)
    if there and timed is not None and timed.time is not None:  # «w czwartek o 10»: kept
        return _at_time(turn, there, [s for s in free if s.local_day(zone) == day], timed.time)
    if there:
        rows = [[Button(v.place_label(p), f"booking:day:{p}:{day:%Y%m%d}")] for p in there]
        said_free = turn.t("bk_place_day_free", day=named)
        return go("place", Reply(said_free, [*rows, nav_row(turn, None)]))
    rows = []
    for place in places:
        first = min(s.local_day(zone) for s in free if s.place == place)
        label = f"{v.place_label(place)} — {v.day(first)}"
        rows.append([Button(label, f"booking:day:{place}:{first:%Y%m%d}")])
    why = day_why.closed(turn, day)  # «24.12»: a holiday, said so; «01.12»: passed
    if day < today:
        label = turn.services.t.date(turn.lang, day, "EEEE, d MMMM")
        why = turn.t("bk_day_past", day=label[:1].upper() + label[1:])
    told = f"{why} {turn.t('bk_nearest_free_below')}" if why else None
    told = told or turn.t("bk_place_day_none", day=named)
    return go("place", Reply(told, [*rows, nav_row(turn, None)]))


def _at_time(turn: Turn, there: list[str], free: list[Slot], time: dt.time) -> Outcome:
    """A day with its time typed at the places, several with free times that day (`free`: that
    day's): a place where the time is free takes it at a tap («City Hall, 10:00»: the time
    step's own button, booking:time); one where it is not shows that day's times there."""
    v, zone = voice(turn), turn.settings.timezone
    day = free[0].local_day(zone)
    rows: list[list[Button]] = []
    for place in there:
        slot = next(
            (s for s in free if s.place == place and s.start.astimezone(zone).time() == time), None
        )
        if slot is not None:
            label = turn.t("bk_place_at_time", place=v.place_label(place), time=v.time(slot.start))
            rows.append([Button(label, f"booking:time:{place}:{slot.key}")])
        else:
            label = turn.t("bk_place_other_times", place=v.place_label(place))
            rows.append([Button(label, f"booking:day:{place}:{day:%Y%m%d}")])
    taken = any(r[0].payload.startswith("booking:time:") for r in rows)
    key = "bk_place_day_time_free" if taken else "bk_place_day_time_none"
    text = turn.t(key, day=v.long_day(day), time=f"{time:%H:%M}")
    return go("place", Reply(text, [*rows, nav_row(turn, None)]))
