"""The other matters of a message that a medical emergency's lines answer first (tester 43, F5):
«мені треба продовжити карту побиту і ще дитина захворіла, а страховки нема» got the ambulance
and night-care lines alone (uk, ru, en: the search unsure of the whole), or (pl) the residence
topic at a part the sick child's words chose («a child born in Poland»). Now each clause of the
message that is not itself the emergency is searched alone, and every topic the search is sure
of there (not the healthcare topic, a tap away under the lines already) is offered under them,
at its part: «❓ You also asked about: Legal stay: How to get a temporary residence permit»,
«Health insurance (NFZ)». The lines and what urgent.screen finds stay as they are: this only
combines them with what else the message asks."""

from __future__ import annotations

import re

from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.features import urgent
from bot.search import Searcher

# where a message's clauses part: a comma, a full stop, «і ще», «and», «a», «и», «i», «але»
_CLAUSE = re.compile(
    r"[,;.!?]+|\s(?:і\s+ще|и\s+ещё|и\s+еще|а\s+ще|and\s+also|and|і|й|и|а|але|но|a|i|oraz|ale|but)\s",
    re.IGNORECASE,
)


async def offered(turn: Turn, searcher: Searcher, question: str) -> Reply | None:
    """«You also asked about» with a button for each other matter of a message the screen
    answered as a medical emergency; None when it is the emergency alone (one clause, or no
    clause the search is sure of)."""
    if not turn.screened or urgent.caught(question) != ("medical", urgent.ANY):
        return None
    clauses = [c.strip() for c in _CLAUSE.split(question) if c and c.strip()]
    if len(clauses) < 2:
        return None
    rows: list[list[Button]] = []
    seen = {urgent.HEALTHCARE}
    for clause in clauses:
        if len(clause.split()) < 2 or urgent.caught(clause) is not None:
            continue
        result = await turn.services.search.search(searcher, clause, turn.lang)
        best = result.best
        if not result.confident or best is None or best.is_action or best.id in seen:
            continue
        topic = turn.kb.topic(turn.lang, best.id)
        if topic is None:
            continue
        seen.add(best.id)
        part = result.part if result.part is not None and result.part < len(topic.parts) else None
        heading = topic.parts[part].heading if part is not None else ""
        label = f"{topic.title}: {heading}" if heading else topic.title
        rows.append([Button(label, f"topic:{best.id}" + (f":{part}" if heading else ""))])
    if not rows:
        return None
    return Reply(turn.t("q_also_asked_beside"), rows)
