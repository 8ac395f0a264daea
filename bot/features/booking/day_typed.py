"""A day typed with a time or a part of the day at a place's days, or at a day's times
(«завтра о 10», «wtorek rano», «tomorrow at 10»: bot.core.day_at): the time goes on with the
day. A free time named is taken (the flow goes on to the topic, as after tapping it); a time
not free on that day (said why: the place's duty hours, its visits' grid, the person's own
visits: day_at.Desk), or a part of the day, shows that day's times with the nearest, or those
in that part, first; a day without free times: the days, with the nearest that have some (a
day with no duty at the place: why, day_why.py); a deadline or «as soon as possible»: the
earliest free times, the days below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from bot.core import day_at
from bot.core.choice_when import day_means
from bot.core.dispatch import Turn
from bot.core.messages import Button
from bot.core.slots import parse_day
from bot.features.booking import day_why, schedule
from bot.features.booking.replies import draft, offer
from bot.features.booking.schedule import Slot
from bot.features.booking.views import slot_buttons, voice
from bot.storage import bookings as store

STEPS = ("day", "time", "topic", "confirm")  # later, the time chosen: «в четвер о 10» moves it


async def read(
    turn: Turn, at_place: str | None = None
) -> tuple[day_at.Answer, str, str | None] | None:
    """What the text typed comes to at the place's free times: the answer, the place, and the
    key of the free time named (None: not taken); None when it is no day with a time.
    `at_place`: typed at the places, the one place with free times that day (place_day.py)."""
    place = at_place or draft(turn).place
    if at_place is None and turn.session.step not in STEPS:
        return None
    if place is None or place not in turn.office.places:
        return None
    at_time = turn.session.step == "time"
    shown = parse_day(draft(turn).day or "") if at_time else None  # «14:00» that day
    chosen = schedule.parse_key(draft(turn).slot_key or "")  # (at the topic, the summary)
    if turn.session.step in ("topic", "confirm") and chosen is not None:
        shown = turn.local(chosen).date()  # «о 12» at the topic: the same day at 12
    said = day_at.read(turn.incoming.text or "", turn.local(turn.now).date(), shown)
    if said is None:
        return None
    free, held = await offer(turn)
    zone = turn.settings.timezone
    slots: dict[dt.datetime, Slot] = {s.start.astimezone(zone): s for s in free if s.place == place}
    if not slots:
        return None  # full meanwhile: the step again says what is free
    v = voice(turn)

    def time_button(start: dt.datetime) -> Button:
        return slot_buttons(v, [slots[start]])[0][0]

    def day_button(day: dt.date) -> Button:
        return Button(v.day(day), f"booking:day:{place}:{day:%Y%m%d}", means=day_means(day))

    at = desk(turn, place, held)
    found = day_at.answer(turn, said, sorted(slots), time_button, day_button, at)
    missed = found.missed if found.missed and found.missed >= turn.local(turn.now).date() else None
    if missed is not None and found.notes:  # «у четвер о 14»: no duty here that day
        why = day_why.said(turn, place, missed, found.notes[0], found.days)
        if why is not None:
            found = replace(found, notes=(why, *found.notes[1:]))
    if turn.session.step == "day" and found.missed is not None and found.notes:
        first = found.notes[0]  # the days come again below: named here, not offered twice
        rows = [r for r in first.buttons if not any(b.payload.startswith(_DAYS) for b in r)]
        found = replace(found, notes=(replace(first, buttons=rows), *found.notes[1:]))
    key = slots[found.start].key if found.start is not None else None
    return found, place, key


_DAYS = "booking:day:"


def desk(turn: Turn, place: str, held: Sequence[store.Booking]) -> day_at.Desk:
    """Why a time at the place is not free (day_at.Desk): its duty hours, its visits' grid,
    and the person's own visits there (`held`: their upcoming visits)."""
    zone = turn.settings.timezone
    return day_at.Desk(
        rules=tuple(r for r in turn.office.duty if r.place == place),
        every=turn.office.booking.visit_minutes,
        own=tuple(
            b.starts_at.astimezone(zone)
            for b in held
            if b.office == turn.office.id and b.place == place
        ),
    )


async def moving_desk(turn: Turn, booking: store.Booking) -> day_at.Desk:
    """`desk` for moving `booking` (bot.core.moving): its time now said to be its own."""
    held = await store.upcoming_for(turn.tx, booking.channel, booking.user_id, turn.now)
    found = desk(turn, booking.place, held)
    return replace(found, moving=booking.starts_at.astimezone(turn.settings.timezone))
