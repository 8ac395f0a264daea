"""The duty desk's part of /today and /week (duty_list.duties), with the duty days that fall on a
public holiday or a closed date (`booking.closed_dates`) named as such (tester 38, F20):
«**czwartek, 24 grudnia** — Centrum Usług Społecznych, 13:00–15:00 / 🎄 święto: dyżur nie
odbywa się», so that nobody wonders whether the duty rule was lost, as /contact already tells
the person."""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.listings import AgendaBlock
from bot.features.booking.duty_list import duties
from bot.features.booking.schedule import public_holidays
from bot.features.booking.views import voice


async def agenda(turn: Turn, first: dt.date, last: dt.date) -> list[AgendaBlock]:
    """The duties' groups, and a group for each duty its day off has taken away."""
    return sorted(
        [*await duties(turn, first, last), *days_off(turn, first, last)],
        key=lambda block: (block.day, block.starts_at),
    )


def days_off(turn: Turn, first: dt.date, last: dt.date) -> list[AgendaBlock]:
    """A duty rule's day between first and last that is a public holiday or a closed date."""
    office, v = turn.staff_scope, voice(turn)
    holidays = public_holidays(range(first.year, last.year + 1))
    closed = set(office.booking.closed_dates)
    found: dict[tuple[dt.date, str], AgendaBlock] = {}
    day = first
    while day <= last:
        if day in holidays or day in closed:
            why = turn.t("sb_duty_holiday" if day in holidays else "sb_duty_closed_date")
            for rule in (r for r in office.duty if r.applies(day)):
                head = f"**{v.long_day(day)}** — {markup.literal(v.place_label(rule.place))}"
                head += f", {v.time_of(rule.start)}–{v.time_of(rule.end)}"
                starts = dt.datetime.combine(day, rule.start, v.zone)
                found.setdefault((day, rule.place), AgendaBlock(day, starts, f"{head}\n{why}"))
        day += dt.timedelta(days=1)
    return list(found.values())
