"""A place the network's gate does not know, typed where the person was asked for their town
(«Olesno», «Głubczyce», «jestem z Olesna»: too small for cities.yaml, or misspelt beyond
reading): said so once, with the offices to choose the nearest from, instead of the same
request again. Only a message of one or two words besides words of place (place_words.yaml,
towns.yaml's `living`) that the search knows nothing of (no topic, greeting or command)."""

from __future__ import annotations

from bot.content import towns
from bot.core.dispatch import Turn
from bot.features.office.names import _place_words
from bot.search import text as texts

LONGEST = 2  # words of the place's name
LONGEST_MESSAGE = 5  # words in all («ja jestem teraz z Olesna»)


async def place(turn: Turn, text: str) -> str | None:
    """The unknown place's words as typed, or None."""
    said, spans = texts.tokens(text), texts.token_spans(text)
    if not said or len(said) > LONGEST_MESSAGE or len(spans) != len(said):
        return None
    around = _place_words() | towns.words().living
    rest = [at for at, word in enumerate(said) if word not in around]
    if not rest or len(rest) > LONGEST or not all(said[at].isalpha() for at in rest):
        return None  # (a number, a code: not a town's name)
    searcher = await turn.services.search.ready(turn.office.id)
    if searcher is None:
        return None
    result = await turn.services.search.search(searcher, text, turn.lang)
    if result.matches or result.smalltalk is not None or result.command:
        return None
    return " ".join(text[spans[at][0] : spans[at][1]] for at in rest)
