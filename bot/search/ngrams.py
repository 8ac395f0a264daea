"""Character n-gram similarity of a message to each topic: a second opinion on the ranking.

Each topic is one text (its titles, keywords and examples in every language); a text is the
letter sequences of 3 to 5 letters inside its words (a word padded with spaces: " pesel " has
" pe", "pes", ..., "el "), weighted by TF-IDF (sublinear counts, smoothed rarity) and scaled to
unit length; the similarity is the cosine. It knows nothing of languages, so it forgives what
the word analysis misses: an inflection the stemmers do not know («zameldować», «мельдувати»),
a word split or glued differently, a typo in a long word. Blended into the ranking
(searcher.py, tuning.NGRAM_WEIGHT) it put the right topic first 2–3 points more often on the
development sets; alone it is the baseline of bench/baselines.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import numpy as np

from bot.search import text
from bot.search.tuning import NGRAM_SIZES
from bot.search.vocabulary import GRAMS


def grams(word: str) -> list[str]:
    padded = f" {word} "
    low, high = NGRAM_SIZES
    return [
        padded[at : at + size]
        for size in range(low, high + 1)
        for at in range(len(padded) - size + 1)
    ]


class CharNgrams:
    """The n-grams are numbered in the process's vocabulary (vocabulary.GRAMS, shared by all
    indexes); the arrays here are indexed by those numbers."""

    def __init__(self, documents: Iterable[str]) -> None:
        """One text per document, in the order of the search index's documents."""
        per_word: dict[str, np.ndarray] = {}  # word -> the numbers of its n-grams
        rows: list[tuple[np.ndarray, np.ndarray]] = []  # per document: n-grams, counts
        for value in documents:
            words = Counter(text.tokens(value))
            parts = []
            for word in words:
                if word not in per_word:
                    per_word[word] = np.array(GRAMS.numbers(grams(word)), dtype=np.int32)
                parts.append(per_word[word])
            if parts:
                times = np.repeat(
                    np.array(list(words.values()), dtype=np.float32), [len(p) for p in parts]
                )
                found, at = np.unique(np.concatenate(parts), return_inverse=True)
                counts = np.bincount(at, weights=times)
                rows.append((found.astype(np.int32), counts.astype(np.float32)))
            else:
                rows.append((np.zeros(0, np.int32), np.zeros(0, np.float32)))
        self.size = len(rows)
        frequency = np.bincount(
            np.concatenate([r[0] for r in rows] or [np.zeros(0, np.int32)]),
            minlength=len(GRAMS),
        )
        idf = (np.log((1 + self.size) / (1 + frequency)) + 1).astype(np.float32)
        docs, grams_, weights = [], [], []
        for doc, (found, counts) in enumerate(rows):
            weight = (1 + np.log(counts)) * idf[found]
            weight /= float(np.sqrt(np.sum(weight * weight))) or 1.0
            docs.append(np.full(len(found), doc, dtype=np.int32))
            grams_.append(found)
            weights.append(weight)
        self._arrange(
            np.concatenate(grams_ or [np.zeros(0, np.int32)]),
            np.concatenate(docs or [np.zeros(0, np.int32)]),
            np.concatenate(weights or [np.zeros(0, np.float32)]),
            idf,
        )

    def _arrange(
        self, gram: np.ndarray, docs: np.ndarray, weights: np.ndarray, idf: np.ndarray
    ) -> None:
        """Entries (n-gram number, document, weight) sorted by n-gram: `start[g]:start[g + 1]`
        are n-gram g's."""
        order = np.argsort(gram, kind="stable")
        self.docs = docs[order]
        self.weights = weights[order]
        self.idf = idf
        self.start = np.searchsorted(gram[order], np.arange(len(idf) + 1)).astype(np.int32)

    def __getstate__(self) -> dict[str, Any]:
        """The n-grams by name: another process numbers them differently."""
        sizes = np.diff(self.start)
        known = np.flatnonzero(sizes)
        return {
            "size": self.size,
            "grams": [GRAMS.words[g] for g in known],
            "idf": self.idf[known],
            "entry_gram": np.repeat(np.arange(len(known), dtype=np.int32), sizes[known]),
            "docs": self.docs,
            "weights": self.weights,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.size = state["size"]
        numbers = np.array(GRAMS.numbers(state["grams"]), dtype=np.int32)
        idf = np.ones(len(GRAMS), dtype=np.float32)
        idf[numbers] = state["idf"]
        self._arrange(numbers[state["entry_gram"]], state["docs"], state["weights"], idf)

    def similarity(self, message: str) -> np.ndarray:
        """The cosine of the message with every document (0 for a document it shares nothing
        with)."""
        found = Counter(g for word in text.tokens(message) for g in grams(word))
        scores = np.zeros(self.size, dtype=np.float32)
        numbered = [(GRAMS.ids.get(g, -1), n) for g, n in found.items()]
        where = np.array([k for k, _ in numbered], dtype=np.int64)
        counts = np.array([n for _, n in numbered], dtype=np.float32)
        # only the n-grams of these documents (the vocabulary has other indexes' too)
        inside = (where >= 0) & (where < len(self.idf))
        inside[inside] = self.start[where[inside] + 1] > self.start[where[inside]]
        where, counts = where[inside], counts[inside]
        if not len(where):
            return scores
        weight = (1 + np.log(counts)) * self.idf[where]
        weight /= float(np.sqrt(np.sum(weight * weight)))
        starts, stops = self.start[where].astype(np.int64), self.start[where + 1].astype(np.int64)
        sizes = stops - starts
        at = np.repeat(starts - np.cumsum(sizes) + sizes, sizes) + np.arange(int(sizes.sum()))
        values = self.weights[at] * np.repeat(weight, sizes)
        return np.bincount(self.docs[at], weights=values, minlength=self.size).astype(np.float32)
