"""The language of the visit, asked on the summary (tester 16, item 10: a Pole booking a visit
for a Ukrainian neighbour could not say it would be in Ukrainian; the staff card named only
the language of the chat). The summary says «🗣 Language of the visit: Polish» and asks, for
someone who speaks another, to choose it: a button for each other language of the office
(`booking:language:<code>`; typed by its name in any form, «українською», «po ukraińsku», as
any button of a language: bot.core.choices), then the summary again. Kept with the visit
(migration 036), shown on the staff card beside the language of the chat; a move keeps it.
"""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, go
from bot.core.messages import Expired
from bot.features.booking.replies import FLOW, draft, has_topic, summary


async def on_language(turn: Turn) -> Outcome:
    """booking:language:<code>: the visit is to be in that language; the summary again."""
    current = draft(turn)
    code = turn.args[0] if len(turn.args) == 1 else None
    here = turn.session.flow == FLOW and turn.session.step == "confirm"
    ready = current.slot_key is not None and has_topic(current) and current.person is not None
    if code not in turn.settings.languages or not here or not ready:
        raise Expired("booking:language")
    current.visit_language = code
    return go("confirm", summary(turn))
