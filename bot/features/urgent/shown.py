"""What the chat shows under the lines of forced labour (kinds.SHOWN): the part of «Reporting a
crime» the message asks about (the whole answer a tap away), and, a tap away above it, the answer
the search is sure of when it is another topic: «агенція тримає мій паспорт поки не відпрацюю»
gets the lines (112, KCIK), what to report, and employment's «Passport taken away» one tap away,
so that a person in debt bondage reads both what to do now and their rights at work."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.features.menu import topic_at


async def part(turn: Turn, topic: str, text: str) -> Reply:
    """The part of `topic` that `text` asks about (the whole answer a tap away), or, where the
    search names none, the whole answer; with the button to the answer the search is sure of
    for `text` when that is another topic."""
    search = turn.services.search
    searcher = await search.ready(turn.office.id)
    found = None if searcher is None else await search.part_of(searcher, text, topic)
    reply = topic_at(turn, topic, found)
    if searcher is None:
        return reply
    result = await search.search(searcher, text, turn.lang)
    best = result.matches[0] if result.confident and result.matches else None
    other = None if best is None or best.is_action else turn.kb.topic(turn.lang, best.id)
    if best is None or other is None or best.id == topic:
        return reply
    at = await search.part_of(searcher, text, best.id)
    heading = other.parts[at].heading if at is not None and at < len(other.parts) else ""
    label = f"{other.title}: {heading}" if heading else other.title
    payload = f"topic:{best.id}" + (f":{at}" if heading else "")
    reply.buttons = [[Button(label, payload)], *reply.buttons]
    return reply
