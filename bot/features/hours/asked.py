"""Where to call or come, asked right after a consent was refused.

A person who refused consent to a callback or a booking was shown the hours, the places and
the contacts; «а куди саме дзвонити?» typed next went to the knowledge base's search, which
answered about some topic instead. Now a short question about where, when or which number to
call or come (where_words.yaml, read narrowly: bot.core.about) is answered with them again,
headed by the phone to call (or, asked only where, with the places first). The refusal leaves
`DECLINED` waiting (Session.pending) for one message, and its moment in the memory
(`declined`): asked a message or two later («ок», then «а куди дзвонити?»), within `RECENT`,
the same answer."""

from __future__ import annotations

import datetime as dt

from bot.core import about, markup
from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, pending, stay
from bot.features.hours.replies import hours_reply

DECLINED = "hours:declined"  # (pressed again, after a change of language: the hours shown)
RECENT = dt.timedelta(minutes=30)  # how long after a refusal «where do I call?» is read so


def _words() -> about.Table:
    return about.table("bot.features.hours", "where_words.yaml")


def prepare() -> None:
    """The word table read ahead (Feature.prepare), not in a person's turn."""
    _words()


def declined(turn: Turn) -> None:
    """Consent was just refused: «where do I call?» is read so for a while (`RECENT`)."""
    turn.memory.declined_at = turn.now.isoformat()


def _lately(turn: Turn) -> bool:
    """Whether consent was refused, and not long ago (or the refusal is what came last)."""
    if turn.pending == DECLINED:
        return True
    try:
        at = dt.datetime.fromisoformat(turn.memory.declined_at or "")
    except ValueError:
        return False
    return dt.timedelta(0) <= turn.now - at <= RECENT


async def after_decline(turn: Turn, next_: Next) -> Outcome:
    """A text step: the question about where to call after a refusal, answered; else on."""
    text = turn.incoming.text or ""
    asked = about.read(text, _words()) if text and _lately(turn) else frozenset()
    if not asked:
        return await next_()
    reply = await hours_reply(turn, places_first="call" not in asked and "place" in asked)
    if "call" in asked:
        phone = markup.literal(turn.office.organisation.phone)
        reply.text = f"{turn.t('hours_where_to_call', phone=phone)}\n\n{reply.text}"
    return pending(stay(reply), DECLINED)
