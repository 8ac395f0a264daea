"""Another feature's record of the person, an appointment request («W2»: bot.features.
appointments), sent or closed: the callback and help requests of theirs it concerns marked, or
no longer (linked.py says how the marks read), their cards edited."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.features.callback.details import SAME_PERSON_LATER, same_person_ids
from bot.features.callback.linked import name_back, open_numbers, unnamed
from bot.features.callback.staff import refresh
from bot.storage import requests as store


async def record_changed(turn: Turn, record: str, channel: str, user_id: str, office: str) -> None:
    """Another feature's record of the person (an appointment request, «W2») sent, or closed:
    open, each open callback or help request of theirs here names it (as sent after it); closed
    (or a confidential service's), none does any more. Their cards are edited."""
    if not user_id:
        return
    open_now = {named for named, _ in await open_numbers(turn.tx, channel, user_id, office)}
    for request in await store.of_user(turn.tx, channel, user_id):
        if request.forgotten:
            continue
        named = [*same_person_ids(request), *same_person_ids(request, SAME_PERSON_LATER)]
        if record in open_now and request.is_open and request.office == office:
            changed = record not in named and await name_back(
                turn.tx, request, SAME_PERSON_LATER, record
            )
        elif record not in open_now:
            changed = await unnamed(turn.tx, request.id, record)
        else:
            changed = False
        if changed:
            await refresh(turn, request.id)
