"""/today and /week in a network's coordinators' chat: every office's visits and appointments
(each office's Feature.agenda groups), under each office's name («🏢 Opole»), to look at: no
buttons; cancelling a visit or a duty belongs to the office's own chat, as the last line says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.listings import AgendaBlock, today_marked
from bot.core.marks import marked
from bot.core.messages import Reply
from bot.settings.model import Office

Blocks = Callable[[Turn, dt.date, dt.date], Awaitable[list[AgendaBlock]]]


async def every_office(turn: Turn, title: str, first: dt.date, last: dt.date, of: Blocks) -> Reply:
    """The list under `title`: each office's groups on days first..last (`of`, run as that
    office's chat would), or that it has none; the people shown (`Reply.shows`) and each one's
    lines (`Reply.marks`), for /forget."""
    blocks = [title]
    shows: list[str] = []
    owned: list[tuple[str, str]] = []
    for office in turn.settings.offices.values():
        found = await _as_office(turn, office, first, last, of)
        if first != last:  # a week: today's groups marked, as in an office's chat
            found = today_marked(found, turn.local(turn.now).date(), turn.t("sb_today_mark"))
        lines = [f"🏢 **{markup.literal(office.label(turn.lang))}**"]
        lines += [block.text for block in found] or [_none(turn, office, first, last)]
        blocks.append("\n\n".join(lines))
        shows += [who for block in found for who in block.shows]
        owned += [line for block in found for line in block.owned]
    blocks.append(turn.t("sb_coordinators_look_only"))
    reply = Reply("\n\n".join(blocks), shows=tuple(dict.fromkeys(shows)))
    return marked(reply, owned)  # /forget masks exactly the person's lines


async def _as_office(
    turn: Turn, office: Office, first: dt.date, last: dt.date, of: Blocks
) -> list[AgendaBlock]:
    """The office's groups, read as its own chat's list is (turn.staff_scope: that office)."""
    turn.staff_office = office
    try:
        return await of(turn, first, last)
    finally:
        turn.staff_office = None


def _none(turn: Turn, office: Office, first: dt.date, last: dt.date) -> str:
    key = "sb_no_duty_nor_specialists" if office.catalogue.specialists else "sb_no_duty"
    if first == last:
        key += "_today" if first == turn.local(turn.now).date() else "_day"
    return turn.t(key)


def horizon(turn: Turn) -> int:
    """How far ahead /week's «›» goes: the office's booking horizon; in the coordinators' chat
    the longest of the offices'."""
    if turn.staff_all:
        return max(o.booking.horizon_days for o in turn.settings.offices.values())
    return turn.staff_scope.booking.horizon_days
