"""A day typed at «Where would you like to come?» («завтра», «w piątek», «on Tuesday»; tester
24, item 18), read as at the day step: the one place with free times that day shows that day's
times; several: those places, each button that day's times there; none (no duty that day, or
full): said so, with each place's nearest free day as its button."""

from __future__ import annotations

from bot.core import when
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, Replay, go
from bot.core.messages import Button, Reply
from bot.features.booking import schedule
from bot.features.booking.replies import offer
from bot.features.booking.views import voice
from bot.features.menu import nav_row


async def typed(turn: Turn) -> Outcome | None:
    """At the place step, a day typed: as above; None for anything else."""
    if turn.session.step != "place":
        return None
    said = when.read(turn.incoming.text or "", turn.local(turn.now).date(), hour_alone=False)
    if said is None or said.date is None or said.asap or said.deadline:
        return None
    day, zone, v = said.date, turn.settings.timezone, voice(turn)
    free, _ = await offer(turn)
    places = schedule.places_with_slots(free, turn.office.places)
    there = [p for p in places if any(s.place == p and s.local_day(zone) == day for s in free)]
    if len(there) == 1:
        return Outcome(replay=Replay(payload=f"booking:day:{there[0]}:{day:%Y%m%d}"))
    named = v.long_day(day)
    if there:
        rows = [[Button(v.place_label(p), f"booking:day:{p}:{day:%Y%m%d}")] for p in there]
        said_free = turn.t("bk_place_day_free", day=named)
        return go("place", Reply(said_free, [*rows, nav_row(turn, None)]))
    rows = []
    for place in places:
        first = min(s.local_day(zone) for s in free if s.place == place)
        label = f"{v.place_label(place)} — {v.day(first)}"
        rows.append([Button(label, f"booking:day:{place}:{first:%Y%m%d}")])
    return go("place", Reply(turn.t("bk_place_day_none", day=named), [*rows, nav_row(turn, None)]))
