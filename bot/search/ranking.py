"""The topics' scores for a message: for the whole of it and, in a message of several
sentences or a long one, for its sentences and stretches (Searcher._ranked)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.search.tuning import PART_CLEAR, PART_MIN, SENTENCE_WEIGHT, WINDOW, WINDOW_WEIGHT

if TYPE_CHECKING:
    from bot.search.index import Index
    from bot.search.reading import Reader


def ranked(
    index: Index, reader: Reader, query: str, content: list[str], lang: str | None
) -> list[tuple[float, int]]:
    """The topics for the whole message and, in a message of several sentences, for each
    sentence that asks something on its own ("Hello, I came from Ukraine two years ago
    with my children. Where do I get a PESEL for my son?"), and in a long message for each
    stretch of a few words, blended with the whole's score: each topic at its best."""
    weights = reader.weights(query, content)
    memo: dict[str, Any] = {}  # each word's matches, for the whole and its parts
    ranked = index.score(content, weights, memo)
    parts: list[tuple[float, list[str], list[float] | None]] = [
        (SENTENCE_WEIGHT, s, None)
        for s in reader.question_sentences(query, lang)
        if s != content and len(set(s)) >= PART_MIN
    ]
    if len(content) > WINDOW:
        # a run-on message without full stops: stretches of WINDOW words
        step = WINDOW // 2
        parts += [
            (
                WINDOW_WEIGHT,
                content[start : start + WINDOW],
                weights[start : start + WINDOW] if weights else None,
            )
            for start in range(0, len(content) - WINDOW + step, step)
            if len(set(content[start : start + WINDOW])) >= PART_MIN
        ]
    if not parts:
        return ranked
    whole = {doc: score for score, doc in ranked}
    best = dict(whole)
    seen: set[tuple[float, tuple[str, ...], tuple[float, ...] | None]] = set()
    for factor, part, part_weights in parts:
        key = (factor, tuple(part), tuple(part_weights) if part_weights else None)
        if key in seen:  # (a message saying the same twice: each stretch scored once)
            continue
        seen.add(key)
        # off-topic is judged on the whole message: a remark about the weather before the
        # question does not silence it
        scored = [
            (score, doc)
            for score, doc in index.score(part, part_weights, memo)
            if doc != index.apart
        ]
        if not scored:
            continue
        third = scored[2][0] if len(scored) > 2 else 0.0
        factor *= min(1.0, (scored[0][0] - third) / scored[0][0] / PART_CLEAR)
        factor *= max(part_weights) if part_weights else 1.0  # (circumstances only: less)
        for score, doc in scored:
            blended = factor * score + (1 - factor) * whole.get(doc, 0.0)
            if blended > best.get(doc, 0.0):
                best[doc] = blended
    return sorted(((score, doc) for doc, score in best.items()), key=lambda x: (-x[0], x[1]))
