"""A question about what the form is for («а це безкоштовно?», «where is it?»: bot.core.about),
typed at any of its steps (the name and phone the person sub-flow asks for it too): answered
from the form's own page (Flow.about: the course's description, place, meetings, who it is
for) and the step asked again, nothing given lost and nothing asked about leaving. A question
the page does not answer is offered an answer outside the form, as before (typed.py, asked.py)."""

from __future__ import annotations

from bot.core import about
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, again


def answered(turn: Turn, text: str) -> Outcome | None:
    """The page's answer and the step again; None: not such a question, or the page does not
    say (a course whose description says nothing of a price)."""
    kinds = about.kinds(text)
    if not kinds:
        return None
    session = turn.session
    for name in [session.flow, *(c.flow for c in reversed(session.callers))]:
        flow = turn.registry.flows.get(name or "")
        if flow is not None and flow.about is not None:
            reply = flow.about(turn, kinds)
            return None if reply is None else again(reply)
    return None
