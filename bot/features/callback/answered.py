"""A question the bot can answer, typed while a request the person just sent takes their texts
(docs/callbacks.md, “Where the person's text goes”): a callback or help request, or an
appointment request, that no staff member has written to the person about yet.

Whatever they type then is a note to that request (capture.py), but «а як отримати PESEL?»,
«how do I register my address?» is a new question, not a note, and staff would only answer it
later. Such a text (a question as a form's steps read one, `person.asks`: two words or more,
a «?» or a question word first) that the search answers at once with a topic is answered by
the bot, as it would be with no request open, with one line more: «Send this to your request
#P1 too», a button (callback:also:<tag>) that passes the same text on under the request's card.
One the search is not sure of but has topics for gets its «did you mean» and the same button,
under «if this is for the staff…» (tester 36, F14). Anything else (thanks, details, «I'll be
free after 3», a question nothing is found for, a text with danger words) goes to the request as
before. Once a staff member wrote to the person, everything goes to staff again (a
conversation), as does a course's or a visit's thread.
"""

from __future__ import annotations

import zlib
from dataclasses import replace

from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.threads import Thread, ThreadKind
from bot.features import urgent
from bot.features.person import asks
from bot.search import Result


async def searched(turn: Turn) -> Result | None:
    """What the search makes of the text (None: the search is off or not ready)."""
    searcher = await turn.services.search.ready(turn.office.id)
    if searcher is None:
        return None
    return await turn.services.search.search(searcher, turn.incoming.text or "", turn.lang)


def _tag(text: str) -> str:
    """Which text an offer's button is for: a later question's offer replaces the held text."""
    return f"{zlib.crc32(text.encode()) & 0xFFFFFF:06x}"


async def by_bot(turn: Turn, next_: Next, kind: ThreadKind, thread: Thread) -> Outcome | None:
    """The bot's answer with the offer to send the text to the request too; None: the text is
    the request's (no question, danger words, or the search is not sure)."""
    text = turn.incoming.text or ""
    if not thread.number or not asks(text) or urgent.detect(text):
        return None
    result = await searched(turn)
    if result is None or result.smalltalk or result.command or result.best is None:
        return None
    if result.confident and result.best.is_action:
        return None
    outcome = await next_()
    button = Button(turn.t("btn_cb_also", id=thread.number), hold(turn, kind, thread, text))
    # not sure («czy ktoś może pójść z nią do urzędu?»): its «did you mean», and the choice
    # (tester 36, F14: it was filed under the request unasked, on a card about another matter)
    said = "cb_also_offer" if result.confident else "cb_also_offer_unsure"
    offer = Reply(turn.t(said, id=thread.number), [[button]])
    return replace(outcome, replies=(*outcome.replies, offer))


def hold(turn: Turn, kind: ThreadKind, thread: Thread, text: str) -> str:
    """The text held for the request (a later one replaces it); the payload that sends it."""
    memory = turn.memory
    memory.also_to, memory.also_text = f"{kind.name}:{thread.id}", text
    return f"callback:also:{_tag(text)}"


async def held(turn: Turn) -> tuple[ThreadKind, Thread, str]:
    """callback:also:<tag>: the question held for it, and its request, still open and theirs."""
    memory = turn.memory
    text = memory.also_text
    if len(turn.args) != 1 or not text or turn.args[0] != _tag(text):
        raise Expired("callback:also")
    name, _, number = (memory.also_to or "").partition(":")
    kind = next((k for k in turn.registry.threads if k.name == name), None)
    found = record_id(number)
    thread = await kind.get(turn.services, turn.tx, found) if kind and found else None
    incoming = turn.incoming
    if kind is None or thread is None or thread.closed or thread.forgotten:
        raise Expired("callback:also")
    if (thread.channel, thread.user_id) != (incoming.channel, incoming.user_id):
        raise Expired("callback:also")
    memory.also_to = memory.also_text = None
    return kind, thread, text
