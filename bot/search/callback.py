"""A message that asks to be called back or to talk to a person (Reader.asks_callback): the
callback offer at once, unless a topic worth showing explains it better than the callback
action. That the person does not understand a language («можна дзвінок? я не розумію
польську», «call me, I don't speak Polish») says in which language to call, not that they ask
about Polish courses: with a callback asked for, such words are left out before the topics are
compared with the offer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.search import text
from bot.search.result import ACTIONS, APPOINTMENT, Match
from bot.search.tuning import SHOW

if TYPE_CHECKING:
    from bot.search.searcher import Searcher


def offer(
    searcher: Searcher,
    query: str,
    tokens: list[str],
    content: list[str],
    ranked: list[tuple[float, int]],
    lang: str | None,
) -> Match | None:
    """The callback offer at once, or None: the message does not ask for a callback, or a
    topic explains it better («мне не перезвонили из ужонда по поводу карты побыту» is still
    legal stay's), the letters' similarity counted. Without the words saying a language is not
    understood, a message whose first candidate is the callback action asks for it too
    («mozhna dzvinok? ja ne rozumiju polsku»)."""
    reader = searcher.reader
    kept = _without_language(searcher, tokens)
    if kept is None or not (rest := reader.content(kept)):
        return _compared(searcher, query, ranked) if reader.asks_callback(content) else None
    query = " ".join(kept)
    ranked = [
        (score, doc)
        for score, doc in searcher._ranked(query, rest, lang)
        if doc != searcher.index.apart
    ]
    if not reader.asks_callback(rest) and (
        not ranked or searcher.index.ids[ranked[0][1]] != APPOINTMENT or ranked[0][0] < SHOW
    ):
        return None
    return _compared(searcher, query, ranked)


def _compared(searcher: Searcher, query: str, ranked: list[tuple[float, int]]) -> Match | None:
    """The callback offer, unless a topic worth showing explains the message better."""
    ids = searcher.index.ids
    scores = {ids[doc]: score for score, doc in ranked}
    if max((s for id_, s in scores.items() if id_ not in ACTIONS), default=0.0) < SHOW:
        return Match(APPOINTMENT, max(scores.get(APPOINTMENT, 0.0), SHOW))
    blended = {ids[doc]: score for score, doc in searcher._blended(query, ranked)}
    said = blended.get(APPOINTMENT, 0.0)
    topic = max(score for id_, score in blended.items() if id_ not in ACTIONS)
    return Match(APPOINTMENT, said) if said >= topic else None


def language_aside(searcher: Searcher, tokens: list[str]) -> bool:
    """Whether the message says a language is not understood («я не розумію польську»): the
    callback offer then says the call can be in the person's own."""
    return _without_language(searcher, tokens) is not None


def _without_language(searcher: Searcher, tokens: list[str]) -> list[str] | None:
    """The message's tokens without what says a language is not understood (a negation, a word
    of understanding or speaking, the language's name: data.yaml `language_requests`), or None
    when it says no such thing."""
    asked = searcher.reader.languages
    if asked.negations.isdisjoint(tokens) or asked.understand.isdisjoint(tokens):
        return None
    languages = set(asked.language_in) | set(asked.language_name) | asked.language_word
    if languages.isdisjoint(tokens):
        return None
    aside = asked.negations | asked.understand | languages
    return [t for t in tokens if t not in aside and text.fold(t) not in aside]
