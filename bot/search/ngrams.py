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

import numpy as np

from bot.search import text
from bot.search.tuning import NGRAM_SIZES


def grams(word: str) -> list[str]:
    padded = f" {word} "
    low, high = NGRAM_SIZES
    return [
        padded[at : at + size]
        for size in range(low, high + 1)
        for at in range(len(padded) - size + 1)
    ]


class CharNgrams:
    def __init__(self, documents: Iterable[str]) -> None:
        """One text per document, in the order of the search index's documents."""
        self.ids: dict[str, int] = {}  # n-gram -> its number
        per_word: dict[str, np.ndarray] = {}  # word -> the numbers of its n-grams
        rows: list[tuple[np.ndarray, np.ndarray]] = []  # per document: n-grams, counts
        for value in documents:
            words = Counter(text.tokens(value))
            parts, times = [], []
            for word, n in words.items():
                if word not in per_word:
                    per_word[word] = np.array(
                        [self.ids.setdefault(g, len(self.ids)) for g in grams(word)],
                        dtype=np.int32,
                    )
                parts.append(per_word[word])
                times.append(np.full(len(per_word[word]), n, dtype=np.float32))
            if parts:
                counts = np.bincount(np.concatenate(parts), weights=np.concatenate(times))
                found = np.flatnonzero(counts).astype(np.int32)
                rows.append((found, counts[found].astype(np.float32)))
            else:
                rows.append((np.zeros(0, np.int32), np.zeros(0, np.float32)))
        self.size = len(rows)
        frequency = np.bincount(
            np.concatenate([r[0] for r in rows] or [np.zeros(0, np.int32)]),
            minlength=len(self.ids),
        )
        self.idf = (np.log((1 + self.size) / (1 + frequency)) + 1).astype(np.float32)
        docs, grams_, weights = [], [], []
        for doc, (found, counts) in enumerate(rows):
            weight = (1 + np.log(counts)) * self.idf[found]
            weight /= float(np.sqrt(np.sum(weight * weight))) or 1.0
            docs.append(np.full(len(found), doc, dtype=np.int32))
            grams_.append(found)
            weights.append(weight)
        gram = np.concatenate(grams_ or [np.zeros(0, np.int32)])
        order = np.argsort(gram, kind="stable")
        self.docs = np.concatenate(docs or [np.zeros(0, np.int32)])[order]
        self.weights = np.concatenate(weights or [np.zeros(0, np.float32)])[order]
        self.start = np.searchsorted(gram[order], np.arange(len(self.ids) + 1)).astype(np.int64)

    def similarity(self, message: str) -> np.ndarray:
        """The cosine of the message with every document (0 for a document it shares nothing
        with)."""
        found = Counter(g for word in text.tokens(message) for g in grams(word))
        known = [(self.ids[g], n) for g, n in found.items() if g in self.ids]
        scores = np.zeros(self.size, dtype=np.float32)
        if not known:
            return scores
        where = np.array([k for k, _ in known], dtype=np.int64)
        weight = (1 + np.log(np.array([n for _, n in known], dtype=np.float32))) * self.idf[where]
        weight /= float(np.sqrt(np.sum(weight * weight)))
        starts, stops = self.start[where], self.start[where + 1]
        sizes = stops - starts
        at = np.repeat(starts - np.cumsum(sizes) + sizes, sizes) + np.arange(int(sizes.sum()))
        values = self.weights[at] * np.repeat(weight, sizes)
        return np.bincount(self.docs[at], weights=values, minlength=self.size).astype(np.float32)
