"""The office's appointments with specialists in the staff's /today and /week (the booking
feature's commands list every feature's agenda: Feature.agenda), beside the duty desk's visits.

A group per specialist, place and day, headed by the day, the specialist with their role, and
where (a place, or how the specialist gets in touch); in it each appointment in time order with
its cancel button (apptv:cancel:<id>, asked once more: bot.features.appointments.cancelling).
A sensitive service (a psychologist) shows what its appointment's note shows: the first name,
the phone the specialist calls, and that the service is confidential. A specialist's times staff
closed by cancelling an appointment there (migration 024) are listed per day, each still to come
with its reopen button (apptv:reopen:<id>).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.listings import AgendaBlock
from bot.core.messages import Button
from bot.core.phone import display_phone
from bot.core.turn import subject_of, subjects_of
from bot.features.appointments.views import Voice, first_name, office_voice, service_label
from bot.storage import appointments as store


async def agenda(turn: Turn, first: dt.date, last: dt.date) -> list[AgendaBlock]:
    office = turn.staff_scope
    v = office_voice(turn.services, office.id, turn.lang)
    groups: dict[tuple[dt.date, str, str], list[store.Appointment]] = {}
    for a in await store.between(turn.tx, first, last, office.id):  # in time order
        where = a.place or f"remote:{a.remote or 'phone'}"
        groups.setdefault((a.day, a.specialist, where), []).append(a)
    found = []
    for (day, specialist, _), items in groups.items():
        head = v(
            "sa_day_head",
            day=v.long_day(day),
            specialist=markup.literal(v.staff_who(specialist)),
            where=_where(v, items[0]),
        )
        rows = [
            [
                Button(
                    v("sa_btn_cancel_day", when=v.short(a.starts_at), name=_name(a)[:24]),
                    f"apptv:cancel:{a.id}",
                )
            ]
            for a in items
            if a.starts_at > turn.now
        ]
        said = [(subject_of(a.channel, a.user_id), _line(v, a)) for a in items]
        text = "\n".join([head, *(line for _, line in said)])
        acting = tuple((subject_of(a.channel, a.user_id), f"apptv:cancel:{a.id}") for a in items)
        block = AgendaBlock(day, items[0].starts_at, text, rows, subjects_of(items))
        found.append(replace(block, owned=tuple(said), acting=acting))
    return found + await _closed(turn, v, first, last)


async def _closed(turn: Turn, v: Voice, first: dt.date, last: dt.date) -> list[AgendaBlock]:
    """The office's specialists' closed times, a block per day and specialist."""
    zone = turn.settings.timezone
    start = dt.datetime.combine(first, dt.time(), zone)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), zone)
    ours = turn.staff_scope.catalogue.specialists
    groups: dict[tuple[dt.date, str], list[tuple[dt.datetime, int | None]]] = {}
    for (specialist, at), cancelled in sorted(
        (await store.closed_times(turn.tx, start, end)).items()
    ):
        if specialist in ours:
            groups.setdefault((at.astimezone(zone).date(), specialist), []).append((at, cancelled))
    blocks = []
    for (day, specialist), times in groups.items():
        text = v(
            "sa_day_closed",
            day=v.long_day(day),
            specialist=markup.literal(v.staff_name(specialist)),
            times=", ".join(v.time(at) for at, _ in times),
        )
        rows = [
            [Button(v("sa_btn_reopen_time", when=v.short(at)), f"apptv:reopen:{cancelled}")]
            for at, cancelled in times
            if at > turn.now and cancelled is not None
        ]
        blocks.append(AgendaBlock(day, times[0][0], text, rows))
    return blocks


def _name(a: store.Appointment) -> str:
    return first_name(a.name) if a.sensitive else (a.name or "—")


def _where(v: Voice, a: store.Appointment) -> str:
    if a.place:
        return markup.literal(v.place_label(a.place))
    return v(f"sa_remote_{a.remote or 'phone'}")


def _line(v: Voice, a: store.Appointment) -> str:
    service = service_label(v, a.service, a.for_child)
    return v(
        "sa_day_line",
        time=v.time(a.starts_at),
        name=markup.literal(_name(a)),
        phone=display_phone(a.phone),
        service=v("sa_day_confidential", service=service) if a.sensitive else service,
        id=a.id,
    )
