"""The candidates offered when no topic is clearly the answer: the recall ranking's best, and
the topics the message names."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from bot.search.index import Index
from bot.search.result import ACTIONS, Match
from bot.search.tuning import (
    MAX_MATCHES,
    NAMED_MIN_SCORE,
    RECALL_KEEP,
    RECALL_MIN_SCORE,
    RECALL_SHARE,
    RECALL_WORDS,
)

NAME_WORDS = 3  # a topic's name is a word or a few («pesel», «karta pobytu», «pesel ukr»)


def suggestions(
    index: Index, content: list[str], ranked: list[tuple[float, int]]
) -> tuple[Match, ...]:
    """Did-you-mean candidates when no topic reaches SHOW: the recall ranking's best, if
    its first topic matches enough of the question's words (see RECALL_WORDS)."""
    totals, words = index.recall(content)
    first = int(np.argmax(totals))
    if first == index.apart:
        return ()
    totals[index.apart] = 0.0
    need = min(RECALL_WORDS, len(set(content)))
    shared = words[first]
    if totals[first] <= 0 or shared < max(2, need) or shared < RECALL_SHARE * len(set(content)):
        return ()
    order = np.argsort(-totals, kind="stable")[:MAX_MATCHES]
    ours = {doc: score for score, doc in ranked}
    kept = [
        Match(index.ids[doc], ours.get(int(doc), 0.0))
        for doc in order
        if totals[doc] >= RECALL_KEEP * totals[first]
    ]
    # the recall ranking picks the candidates; the main score orders them (ties: recall)
    kept.sort(key=lambda m: -m.score)
    if not kept or kept[0].score < RECALL_MIN_SCORE:
        return ()  # evidence mostly from typo and prefix matches: nothing worth offering
    return tuple(kept)


def with_named(
    index: Index,
    matches: list[Match],
    named: set[str],
    ranked: list[tuple[float, int]],
    least: float = NAMED_MIN_SCORE,
) -> list[Match]:
    """`matches`, and after them a topic the message names (a part of its title, or a
    keyword made of its title's words, whole: «pesel for my kid») that they leave out,
    if it explains the message at least `least`."""
    shown = {m.id for m in matches}
    if not named - shown:
        return matches
    scores = {index.ids[doc]: score for score, doc in ranked}
    for score, topic in sorted(((scores.get(t, 0.0), t) for t in named), reverse=True):
        if topic not in shown and score >= least and len(matches) <= MAX_MATCHES:
            matches.append(Match(topic, score, named=True))
            shown.add(topic)
    return matches


def only_a_name(index: Index, content: list[str]) -> bool:
    """The message is a topic's name and words no document knows at all, not even the
    off-topic examples («pesel kaise milega», a name among words of another language): the
    name is all of it that can be understood, so its topic is offered however little of
    the message it explains."""
    known = list(
        dict.fromkeys(t for t in content if any(f in index.postings for f in index.features(t)))
    )
    if not 0 < len(known) <= NAME_WORDS or len(known) == len(set(content)):
        return False
    named = index.naming(known)
    # every word known is of the name: a name itself, or one without which it is not whole
    # («рецепт борщу»: «рецепт» names the prescriptions, «борщу» is a recipe's word)
    return bool(named) and all(
        index.naming([t]) & named or not index.naming([u for u in known if u != t]) & named
        for t in known
    )


def keyword_alone(
    index: Index,
    content: list[str],
    ranked: list[tuple[float, int]],
    keywords: Callable[[int], list[list[str]]],
) -> bool:
    """The message is one of the first topic's keywords word for word, and none of the next
    one's: «urzad pracy» is work's «urząd pracy», however close the courses «z urzędu pracy»
    come (their examples, written without «ą» too, resemble the message's letters more).
    `keywords`: a document's keywords, each as its content words."""
    first = ranked[0][1]
    if index.ids[first] in ACTIONS or not index.keyword_is_all(content, first, keywords):
        return False
    return len(ranked) < 2 or not index.keyword_is_all(content, ranked[1][1], keywords)
