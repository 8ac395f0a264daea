"""Opening hours, duty hours, places and contacts (/contact and the "hours" button)."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Feature, Outcome, stay
from bot.features.hours.replies import cancelled_line, hours_reply


async def show(turn: Turn) -> Outcome:
    return stay(await hours_reply(turn))


FEATURE = Feature(
    "hours",
    commands={"contact": show, "hours": show},
    keeps_form=frozenset({"contact", "hours"}),
    buttons={"hours": show},
)

__all__ = ["FEATURE", "cancelled_line", "hours_reply"]
