"""Which of a family's children take the places there are, as the parent chooses: at the
summary's «N now, the rest wait» (fewer free places than children), and at an offer of places
freed for fewer children than the family waiting (family.py). Under either, a button for each
child who would wait, «🔄 Іван now, instead of Петро»: that child moves to the front of those
who get places, the last of them goes back to wait first. Any choice is a few taps away; the
message is shown again as it now stands.

Buttons: course:first:<token>:<i> (the summary: child i of the sign-up) and
course:swap:<offer id>:<i> (an offer: child i of those waiting).
"""

from __future__ import annotations

import dataclasses

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, go, stay
from bot.core.messages import Expired
from bot.core.numbers import index, record_id
from bot.features.courses import family
from bot.features.courses.course import find, of_record
from bot.features.courses.page import FLOW, draft, summary
from bot.features.courses.views import voice
from bot.storage import enrolments as store
from bot.storage import waiting_list


async def first(turn: Turn) -> Outcome:
    """course:first:<token>:<i>: at the summary, child i of the sign-up gets a place now."""
    current = draft(turn)
    at = index(turn.args[1], len(current.names)) if len(turn.args) == 2 else None
    if (
        turn.session.flow != FLOW
        or turn.session.step != "confirm"
        or current.token != turn.args[0]
        or at is None
        or not 0 < current.split <= at
        or len(current.ages) != len(current.names)
    ):
        raise Expired("course:first")
    course = find(turn.settings, turn.office, current.course or "")
    if course is None:
        raise Expired("course:first")
    current.names.insert(0, current.names.pop(at))
    current.ages.insert(0, current.ages.pop(at))
    return go("confirm", dataclasses.replace(await summary(turn, course), replace=True))


async def swap(turn: Turn) -> Outcome:
    """course:swap:<offer id>:<i>: the places offered go to child i of those waiting instead."""
    number = record_id(turn.args[0]) if len(turn.args) == 2 else None
    part = await store.get(turn.tx, number) if number is not None else None
    if (
        part is None
        or part.channel != turn.incoming.channel
        or part.user_id != turn.incoming.user_id
    ):
        raise Expired("course:swap")
    course = of_record(turn.settings, part.office, part.service)
    rest = await waiting_list.rest_of(turn.tx, part)
    at = index(turn.args[1], len(rest.children)) if rest is not None else None
    if course is None or rest is None or at is None:  # taken, turned down or lapsed meanwhile
        raise Expired("course:swap")
    if not await waiting_list.swap_in(turn.tx, part, rest, at):
        raise Expired("course:swap")
    part, rest = await store.get(turn.tx, part.id), await store.get(turn.tx, rest.id)
    assert part is not None and rest is not None
    position = await store.position(turn.tx, rest)
    offer = family.part_offer_reply(voice(turn), course, part, rest, position)
    return stay(dataclasses.replace(offer, replace=True))
