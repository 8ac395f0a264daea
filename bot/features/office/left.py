"""What a person leaves behind when they change office (/office, a link, a shared location): their
open requests, visits and course places stay with the office they had, whose staff still deal
with them; the note says so (/mybookings names that office by each: «· 📍 Opole»)."""

from __future__ import annotations

from dataclasses import replace

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome
from bot.features.office import gmina


async def told(turn: Turn, old: str | None, outcome: Outcome) -> Outcome:
    """`outcome` of a change from office `old`, its first message saying what stays there, when
    the person has something open there (any feature's /mybookings item of that office). A
    gmina of another office's area kept as their town is dropped (gmina.follow)."""
    settings = turn.settings
    gmina.follow(turn)
    if old is None or old == turn.session.office or old not in settings.offices:
        return outcome
    if not outcome.replies or not await holds(turn, old):
        return outcome
    office = markup.literal(settings.offices[old].label(turn.lang))
    first, *rest = outcome.replies
    text = f"{first.text}\n\n{turn.t('office_left_open', office=office)}"
    return replace(outcome, replies=(replace(first, text=text), *rest))


async def holds(turn: Turn, old: str | None) -> bool:
    """Whether any of the person's current items (/mybookings) is of office `old`: each names
    its office when it is not the person's own (`Turn.elsewhere`), as it is now."""
    if old is None or old == turn.session.office or old not in turn.settings.offices:
        return False
    marker = turn.elsewhere(old)
    for section in turn.registry.mine:
        if any(marker in item.text for item in (await section(turn)).items):
            return True
    return False
