"""A place the network's gate does not know, typed where the person was asked for their town
(«Olesno», «Głubczyce», «jestem z Olesna»: too small for cities.yaml, or misspelt beyond
reading): said so once, with the offices to choose the nearest from, instead of the same
request again. Only a message of one or two words besides words of place (place_words.yaml,
towns.yaml's `living`) that the search knows nothing of (no topic, greeting or command)."""

from __future__ import annotations

import functools
from importlib import resources

from bot.content import towns
from bot.core import yamldata
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


def unsure(text: str) -> bool:
    """Whether a message at the gate says only that the person does not know or will not say
    their town or point («не знаю», «я не хочу говорить где живу», «nie wiem który punkt»:
    unsure_words.yaml): told that any point's general answers are the same, not the same
    request again."""
    said = texts.tokens(text)
    phrases, around = _unsure()
    for phrase in phrases:
        size = len(phrase)
        for at in range(len(said) - size + 1):
            if tuple(said[at : at + size]) == phrase:
                rest = said[:at] + said[at + size :]
                if all(word in around or word in _place_words() for word in rest):
                    return True
    return False


@functools.cache
def _unsure() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    source = resources.files("bot.features.office") / "unsure_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    phrases = tuple(tuple(texts.tokens(str(phrase))) for phrase in data["phrases"])
    around = frozenset(w for word in data["around"] for w in texts.tokens(str(word)))
    return tuple(p for p in phrases if p), around | {"не", "nie", "not", "don't", "хочу", "chcę"}
