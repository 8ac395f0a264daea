"""Opening hours, duty hours, places and contacts (/contact and the "hours" button)."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Feature, Outcome, again, stay
from bot.core.messages import Reply
from bot.features.hours.asked import DECLINED, after_decline, declined
from bot.features.hours.asked import prepare as read_where_words
from bot.features.hours.replies import cancelled_line, hours_reply
from bot.features.hours.today import asks_today


async def show(turn: Turn) -> Outcome:
    """/contact, /hours: in a form, the hours without their buttons, then the form's question
    again (tester 38, F5: «ок» typed next was read against buttons no longer shown)."""
    reply = await hours_reply(turn)
    if turn.asking:
        return again(Reply(f"{reply.text}\n\n{turn.t('form_goes_on')}"))
    return stay(reply)


FEATURE = Feature(
    "hours",
    commands={"contact": show, "hours": show},
    keeps_form=frozenset({"contact", "hours"}),
    buttons={"hours": show},
    text=after_decline,  # «а куди саме дзвонити?» after a refusal: the phone, hours, places
    prepare=(read_where_words,),
)

__all__ = ["DECLINED", "FEATURE", "asks_today", "cancelled_line", "declined", "hours_reply"]
