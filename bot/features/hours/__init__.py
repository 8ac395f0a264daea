"""Opening hours, duty hours, places and contacts (/contact and the "hours" button)."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Feature, Outcome, stay
from bot.features.hours.asked import DECLINED, after_decline, declined
from bot.features.hours.asked import prepare as read_where_words
from bot.features.hours.replies import cancelled_line, hours_reply
from bot.features.hours.today import asks_today


async def show(turn: Turn) -> Outcome:
    return stay(await hours_reply(turn))


FEATURE = Feature(
    "hours",
    commands={"contact": show, "hours": show},
    keeps_form=frozenset({"contact", "hours"}),
    buttons={"hours": show},
    text=after_decline,  # «а куди саме дзвонити?» after a refusal: the phone, hours, places
    prepare=(read_where_words,),
)

__all__ = ["DECLINED", "FEATURE", "asks_today", "cancelled_line", "declined", "hours_reply"]
