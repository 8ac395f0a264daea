"""Choosing a specialist's time: the specialist (when several have free times), the day, the
time. Shared by direct booking and by a person picking any free time an advisor offered (the
draft then holds the approved request, and choosing a time books it at once)."""

from __future__ import annotations

import secrets

from bot.core import slots
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, call, end, go
from bot.core.messages import Expired, Reply
from bot.features.appointments import offered
from bot.features.appointments.replies import (
    day_choice,
    draft,
    nothing_free_reply,
    service_of,
    services,
    specialist_choice,
    summary,
    taken_reply,
    time_choice,
)
from bot.features.appointments.times import Free, find, free_times
from bot.settings.catalogue import Service
from bot.storage import appointments as store


async def held_for(turn: Turn, service: Service) -> store.Appointment | None:
    """The person's upcoming appointment for this service (one at a time)."""
    held = await store.upcoming_for(turn.tx, turn.incoming.channel, turn.incoming.user_id, turn.now)
    here = turn.office.id  # the same service id at another office is another service
    return next((a for a in held if (a.service, a.office) == (service.id, here)), None)


async def offer_free(turn: Turn, service: Service) -> list[Free]:
    """The service's free times this person may book (their own times left out)."""
    held = await store.upcoming_for(turn.tx, turn.incoming.channel, turn.incoming.user_id, turn.now)
    mine_ = [(a.specialist, a.starts_at) for a in held]
    return await free_times(
        turn.tx, turn.settings, turn.office, service.specialists, turn.now, mine_
    )


async def choose(turn: Turn, service: Service, note: str | None = None) -> Outcome:
    """The specialist (when several have free times), else that one's days."""
    free = await offer_free(turn, service)
    if not free:
        return end(nothing_free_reply(turn, service))
    present = [s for s in service.specialists if any(t.specialist == s for t in free)]
    if len(present) == 1:
        return _days(turn, service, present[0], free, note)
    return go("spec", specialist_choice(turn, service, free))


def _days(
    turn: Turn, service: Service, specialist: str, free: list[Free], note: str | None = None
) -> Outcome:
    draft(turn).specialist = specialist
    return go("day", day_choice(turn, service, specialist, free, note))


async def service_for(turn: Turn, specialist: str) -> Service:
    """The service a specialist's day or time button is about (see the module's docstring);
    a qualified service only with the person's approved request."""
    current = draft(turn)
    if current.service:
        service = service_of(turn, current.service)
    else:
        direct = [s for s in services(turn) if specialist in s.specialists and not s.qualification]
        if len(direct) != 1:
            raise Expired("appt")
        service = direct[0]
        current.service = service.id
    if specialist not in service.specialists:
        raise Expired("appt")
    if service.qualification and not await offered.approved(turn, current.request, service):
        raise Expired("appt")
    return service


async def on_specialist(turn: Turn) -> Outcome:
    if len(turn.args) != 1:
        raise Expired("appt:spec")
    service = await service_for(turn, turn.args[0])
    free = await offer_free(turn, service)
    if not any(t.specialist == turn.args[0] for t in free):
        return await choose(turn, service)  # full meanwhile: what is still free
    return _days(turn, service, turn.args[0], free)


async def on_day(turn: Turn) -> Outcome:
    day = slots.parse_day(turn.args[1]) if len(turn.args) == 2 else None
    if day is None:
        raise Expired("appt:day")
    specialist = turn.args[0]
    service = await service_for(turn, specialist)
    free = [t for t in await offer_free(turn, service) if t.specialist == specialist]
    on_that_day = [t for t in free if t.start.astimezone(turn.settings.timezone).date() == day]
    if not on_that_day:
        if not free:
            return await choose(turn, service)
        return _days(turn, service, specialist, free, turn.t("ap_day_full"))
    current = draft(turn)
    current.specialist, current.day = specialist, turn.args[1]
    kept, current.hour = current.hour, None  # a time typed at the days: taken, if free then
    tz = turn.settings.timezone
    at = next((t for t in on_that_day if f"{t.start.astimezone(tz):%H:%M}" == kept), None)
    if at is not None:
        turn.args = (specialist, at.key)
        return await on_time(turn)
    return go("time", time_choice(turn, specialist, day, on_that_day))


async def on_time(turn: Turn) -> Outcome:
    start_at = slots.parse_key(turn.args[1]) if len(turn.args) == 2 else None
    if start_at is None:
        raise Expired("appt:time")
    specialist = turn.args[0]
    service = await service_for(turn, specialist)
    time = await find(turn.tx, turn.settings, turn.office, specialist, start_at, turn.now)
    if time is None:
        return go("time", taken_reply(turn, service, start_at, await offer_free(turn, service)))
    current = draft(turn)
    current.specialist, current.key = specialist, time.key
    if current.request is not None:
        return await offered.book_offered(turn, current.request, time)
    if current.person:
        return to_summary(turn, service)
    return call("person", "person")


def to_summary(turn: Turn, service: Service, *before: Reply) -> Outcome:
    current = draft(turn)
    # A new token whenever the time changed: an older summary's button must not confirm it.
    if current.token_for != current.key or not current.token:
        current.token, current.token_for = secrets.token_hex(4), current.key
    return go("confirm", *before, summary(turn, service))
