"""A question about what the form is for («а це безкоштовно?», «where is it?»: bot.core.about),
typed at any of its steps (the name and phone the person sub-flow asks for it too): answered
from the form's own page (Flow.about: the course's description, place, meetings, who it is
for; a help request's or an appointment's description, for a price: `described`) and the step
asked again, nothing given lost and nothing asked about leaving. A question the page does not
answer is offered an answer outside the form, as before (typed.py, asked.py)."""

from __future__ import annotations

from bot.core import about, markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, again
from bot.core.messages import Reply
from bot.settings.catalogue_model import Service


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


def described(
    turn: Turn, service: Service | None, kinds: frozenset[str], *, called: bool = False
) -> Reply | None:
    """The page of a form that is a service's description (a help request, an appointment):
    a price asked, where the description speaks of one («Безкоштовна консультація юриста …»);
    it has no place or time of its own to tell (None: offered an answer outside the form).
    `called`: staff call back about the request (a help request): a price the description
    does not speak of is theirs to tell, said so, the form goes on (as a course's sign-up)."""
    if service is None or kinds != {"price"}:
        return None
    text = service.description.get(turn.lang)
    name = markup.literal(service.title.get(turn.lang))
    if not about.speaks_of(text, "price"):
        return Reply(f"**{name}**\n\n{turn.t('about_price_on_call')}") if called else None
    return Reply(f"**{name}**\n\n{markup.literal(text)}")
