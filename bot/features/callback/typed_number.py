"""/request T12: a callback or help request's card shown again by its number as staff read it
(numbered.py; /appointments W3 and the other kinds' letters go to their features). Callback
requests (T) and help requests (P) are numbered apart since the thirtieth session (migration
052), so a number alone may be both: both cards are shown, said so; a letter with no such
request of its kind shows the other kind's of that number, said so."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Reply
from bot.features.callback import numbered
from bot.features.callback.details import record_name
from bot.features.callback.staff import looked_at, record_of


async def show_one(turn: Turn) -> Outcome:
    return await show_typed(turn, numbered.REQUESTS)


async def show_typed(turn: Turn, bare: str) -> Outcome:
    """/request T12 (or 12, the old form), /appointments W3 (or 3: `bare`, the letter of a
    number alone): a callback or help request's card again, or another kind's (numbered.py)."""
    typed = numbered.read(turn.incoming.args, bare)
    if typed is None:
        return stay(Reply(turn.t("staff_request_usage")))
    letter, number = typed
    if not numbered.of_requests(letter):
        return await numbered.show(turn, letter, number)
    kinds = [letter] if letter else ["T", "P"]  # a number alone: either kind's, both when both
    found = [r for k in kinds if (r := await numbered.named(turn.tx, f"{k}{number}"))]
    notes: list[Reply] = []
    if not found and letter:  # «P1» where only T1 is: said, and T1's card
        other = await numbered.named(turn.tx, f"{'P' if letter == 'T' else 'T'}{number}")
        if other is not None:
            record = record_name(turn.services, turn.lang, other)
            typed_as = f"{letter}{number}"
            notes.append(Reply(turn.t("staff_other_letter", typed=typed_as, record=record)))
            found = [other]
    if not found:
        return stay(Reply(turn.t("staff_no_such_request", id=number)))
    if len(found) > 1:  # «/request 1»: T1 and P1
        named = [numbered.of_request(r) for r in found]
        notes.append(Reply(turn.t("staff_both_numbers", first=named[0], second=named[1])))
    for request in found:
        turn.staff_may(request.office, record_of(turn, request), look_only=True)
    return stay(*notes, *(looked_at(turn, r) for r in found))
