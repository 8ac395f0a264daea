"""A day typed with a time or a part of the day at a specialist's days, or at a day's times
(«завтра о 10», «в четвер після обіду», «tomorrow at 10»: bot.core.day_at), as at a visit's
(bot.features.booking.day_typed): a free time named is taken (on to the name and phone, or
booked at once where an advisor offered any free time), as if tapped; a time not free on that
day (said why: the specialist's hours, visits' grid, the person's own appointments), or a part
of the day, shows that day's times with the nearest, or those in that part, first; a day
without free times: the days, with the nearest that have some; a deadline or «as soon as
possible»: the earliest free times, the days below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from bot.core import day_at
from bot.core.choice_when import day_means, time_means
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, prefixed
from bot.core.messages import Button
from bot.core.slots import parse_day
from bot.features.appointments.picker import offer_free, on_day, on_specialist, on_time, service_for
from bot.features.appointments.replies import draft
from bot.features.appointments.times import Free
from bot.features.appointments.views import voice
from bot.settings.model import Office
from bot.storage import appointments as store

STEPS = ("day", "time")


async def typed(turn: Turn) -> Outcome | None:
    """That time taken, or that day's times, or the days again; None: no day with a time
    typed here."""
    specialist = draft(turn).specialist
    if turn.session.step not in STEPS or not specialist:
        return None
    shown = draft(turn).day if turn.session.step == "time" else None  # «14:00» on that day
    today = turn.local(turn.now).date()
    said = day_at.read(turn.incoming.text or "", today, parse_day(shown or ""))
    if said is None:
        return None
    service = await service_for(turn, specialist)
    zone = turn.settings.timezone
    times: dict[dt.datetime, Free] = {
        t.start.astimezone(zone): t
        for t in await offer_free(turn, service)
        if t.specialist == specialist
    }
    if not times:
        return None  # full meanwhile: the step again says what is free
    v = voice(turn)

    def time_button(start: dt.datetime) -> Button:
        key = times[start].key
        return Button(v.time(start), f"appt:time:{specialist}:{key}", means=time_means(start))

    def day_button(day: dt.date) -> Button:
        return Button(v.day(day), f"appt:day:{specialist}:{day:%Y%m%d}", means=day_means(day))

    held = await store.upcoming_for(turn.tx, turn.incoming.channel, turn.incoming.user_id, turn.now)
    at = desk(turn, turn.office, specialist, held)
    found = day_at.answer(turn, said, sorted(times), time_button, day_button, at)
    if found.start is not None:
        turn.args = (specialist, times[found.start].key)
        return prefixed(await on_time(turn), *found.notes)
    if found.day is not None:
        turn.args = (specialist, f"{found.day:%Y%m%d}")
        return prefixed(await on_day(turn), *found.notes)
    turn.args = (specialist,)
    return prefixed(await on_specialist(turn), *found.notes)


def desk(
    turn: Turn, office: Office, specialist: str, held: Sequence[store.Appointment]
) -> day_at.Desk:
    """Why a specialist's time is not free (day_at.Desk): their hours, their visits' grid, and
    the person's own appointments with them (`held`: their upcoming ones)."""
    chosen = office.catalogue.specialists[specialist]
    return day_at.Desk(
        rules=chosen.schedule,
        every=chosen.visit_minutes,
        own=tuple(
            a.starts_at.astimezone(turn.settings.timezone)
            for a in held
            if (a.office, a.specialist) == (office.id, specialist)
        ),
    )


async def moving_desk(turn: Turn, a: store.Appointment) -> day_at.Desk:
    """`desk` for moving `a` (bot.core.moving): its time now said to be its own."""
    held = await store.upcoming_for(turn.tx, a.channel, a.user_id, turn.now)
    found = desk(turn, turn.settings.office(a.office), a.specialist, held)
    return replace(found, moving=a.starts_at.astimezone(turn.settings.timezone))
