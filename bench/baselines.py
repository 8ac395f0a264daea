"""The baselines the search is compared with: plain BM25 over words and a character n-gram
TF-IDF, each over one document per topic (all four languages merged, as the search does), each
with its answer threshold tuned on tests/eval/questions.yaml itself: generous baselines.

A ranker is `rank(question, lang) -> (ids best first, confident)`; a baseline answers every
question whose first score clears its threshold, so it is always "confident".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy as np

from bot.content.knowledge import KnowledgeBase
from bot.core import markup

LANGS = ("uk", "ru", "en", "pl")
_WORD = re.compile(r"\w+")
# char n-grams of words padded with a space (scikit-learn's analyzer="char_wb"), 2 to 5 letters,
# sublinear term frequency, smooth idf, unit length: the usual strong setting for short texts
NGRAMS = (2, 5)

Scored = Callable[[str], list[tuple[float, str]]]


def documents(kb: KnowledgeBase) -> tuple[list[str], list[str]]:
    """One text per topic (title, examples, keywords and answer in every language) and per
    action (its phrases in bot/search/data.yaml)."""
    from bot.search import ACTIONS, load_data

    ids, docs = [], []
    for topic_id in kb.topic_ids:
        parts: list[str] = []
        for code in kb.languages:
            t = kb.topic(code, topic_id)
            assert t is not None
            parts += [t.title, *t.examples, *t.keywords, markup.to_plain(t.answer)]
        ids.append(topic_id)
        docs.append(" ".join(parts))
    actions = load_data()["actions"]
    for action in ACTIONS:
        ids.append(action)
        docs.append(" ".join(p for ps in actions[action].values() for p in ps))
    return ids, docs


def lower_words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def bm25_ranker(kb: KnowledgeBase, questions: dict[str, list[dict[str, Any]]]):  # type: ignore[no-untyped-def]
    """rank-bm25 (Okapi) over lower-case words."""
    from rank_bm25 import BM25Okapi

    ids, docs = documents(kb)
    bm25 = BM25Okapi([lower_words(d) for d in docs])

    def scored(question: str) -> list[tuple[float, str]]:
        scores = bm25.get_scores(lower_words(question))
        return sorted(zip(scores.tolist(), ids, strict=True), reverse=True)[:3]

    return _thresholded(scored, questions)


def tfidf_ranker(kb: KnowledgeBase, questions: dict[str, list[dict[str, Any]]]):  # type: ignore[no-untyped-def]
    """Cosine similarity of character n-gram TF-IDF vectors (numpy; as scikit-learn's
    TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True) would)."""
    ids, docs = documents(kb)
    counts = [char_ngrams(d) for d in docs]
    df: Counter[str] = Counter(g for c in counts for g in c)
    n = len(docs)
    idf = {g: math.log((1 + n) / (1 + f)) + 1 for g, f in df.items()}
    row = {g: i for i, g in enumerate(idf)}
    matrix = np.zeros((len(row), n))  # an n-gram's weight in each document (0: not in it)
    for doc, c in enumerate(counts):
        weights = {g: (1 + math.log(tf)) * idf[g] for g, tf in c.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        for g, w in weights.items():
            matrix[row[g], doc] = w / norm

    def scored(question: str) -> list[tuple[float, str]]:
        found = char_ngrams(question).items()
        weights = {g: (1 + math.log(tf)) * idf[g] for g, tf in found if g in idf}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        scores = np.zeros(n)
        if weights:  # each n-gram's share added in turn, as a sum over the n-grams would
            shares = np.array([w / norm for w in weights.values()])[:, None]
            shares = shares * matrix[[row[g] for g in weights]]
            scores = np.add.accumulate(np.vstack([scores, shares]), axis=0)[-1]
        return sorted(zip(scores.tolist(), ids, strict=True), reverse=True)[:3]

    return _thresholded(scored, questions)


def char_ngrams(text: str) -> Counter[str]:
    low, high = NGRAMS
    return Counter(
        padded[i : i + size]
        for padded in (f" {word} " for word in lower_words(text))
        for size in range(low, high + 1)
        for i in range(len(padded) - size + 1)
    )


def _thresholded(scored: Scored, questions: dict[str, list[dict[str, Any]]]):  # type: ignore[no-untyped-def]
    """The answer threshold that maximises (questions right + out-of-scope silent) on
    `questions`: nothing under it is shown."""
    cache = {item["q"]: scored(item["q"]) for items in questions.values() for item in items}
    best_threshold, best_value = 0.0, -1.0
    for threshold in sorted({s for top in cache.values() for s, _ in top[:1]} | {0.0}):
        answered = [
            top[0][1] == item["expect"] and top[0][0] > threshold
            for lang in LANGS
            for item in questions[lang]
            for top in [cache[item["q"]]]
        ]
        silent = [cache[item["q"]][0][0] <= threshold for item in questions["oos"]]
        value = sum(answered) / len(answered) + sum(silent) / len(silent)
        if value > best_value:
            best_threshold, best_value = threshold, value

    def rank(question: str, lang: str) -> tuple[list[str], bool]:
        top = cache.get(question) or scored(question)
        return [i for s, i in top if s > best_threshold], True

    rank.threshold = best_threshold  # type: ignore[attr-defined]
    return rank
