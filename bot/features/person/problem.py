"""A new problem stated where a button was expected («my landlord wont return deposit» at the
booking's days: tester 41, F10). It is no question by its form (question.asks: no «?», no
question word first), so it was told to use the buttons. Now a message of PROBLEM_WORDS words
or more that the search answers at once with a topic (not the hours or a visit: the form's own
matter, «none of these days work for me») is offered an answer as a question is
(typed.offer_answer): leave the form and have it answered, nothing sent or booked, or go back
to the step. A word alone («job») is not: it may be a slip of the keyboard at a step of buttons.
"""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Outcome
from bot.features.person.typed import offer_answer

PROBLEM_WORDS = 2  # «uni dorm» is a matter of its own; «job» may be a slip


async def stated(turn: Turn, keep: str | None = None) -> Outcome | None:
    """The offer to leave the form for the problem typed (`keep`: as in `offer_answer`), if the
    search answers it at once with a topic; None otherwise."""
    text = " ".join((turn.incoming.text or "").split())
    if len(text.split()) < PROBLEM_WORDS or turn.incoming.payload or turn.incoming.command:
        return None
    searcher = await turn.services.search.ready(turn.office.id)
    if searcher is None:
        return None
    result = await turn.services.search.search(searcher, text, turn.lang)
    if not result.confident or result.best is None or result.best.is_action:
        return None
    if result.command or result.smalltalk is not None or result.off_topic:
        return None
    return offer_answer(turn, text, keep)
