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

from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import chain
from typing import Any

import numpy as np

from bot.search import text
from bot.search.sorting import grouped, stable_order
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


CHUNK = 2  # documents whose n-grams are counted together (their dense array: ~1.5 MB)
PRESENT = 8  # documents whose n-grams are marked together for their rarity (~10 MB at most)
_DENSE = 1 << 22  # at most so many (document, n-gram) places counted at once (32 MB)


class _Words:
    """Words numbered as they come, with the numbers of their n-grams (GRAMS) one after the
    other: a document's n-grams are counted for many documents at once, in numpy."""

    def __init__(self) -> None:
        self._own = np.zeros(0, dtype=np.int64)  # the index build's number -> ours (-1: none yet)
        self._grams = array("i")
        self._start = array("q", [0])

    def numbers(self, numbers: np.ndarray, tokens: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """A document's words (`numbers`: the index build's, in the order they came; `tokens`:
        its token of each number) -> each distinct word's number here and how often it occurs.
        New words are numbered in the order they first came."""
        distinct, order, at = grouped(numbers.astype(np.int64))
        times = np.diff(np.r_[at, len(order)])
        if len(distinct) and distinct[-1] >= len(self._own):
            grown = np.full(int(distinct[-1]) + 1 - len(self._own), -1, dtype=np.int64)
            self._own = np.concatenate([self._own, grown])
        new = self._own[distinct] < 0
        if new.any():
            fresh = distinct[new][stable_order(order[at][new])]  # (by where each first came)
            self._own[fresh] = np.arange(len(fresh)) + len(self._start) - 1
            self._add([tokens[number] for number in fresh.tolist()])
        return self._own[distinct].astype(np.int32), times.astype(np.int32)

    def _add(self, words: list[str]) -> None:
        """Number new words, all their n-grams in one call (GRAMS works on arrays)."""
        each = [grams(word) for word in words]
        numbers = GRAMS.numbers(chain.from_iterable(each))
        at = 0
        for its in each:
            self._grams.extend(numbers[at : at + len(its)])
            at += len(its)
            self._start.append(len(self._grams))

    def _entries(
        self, documents: list[tuple[np.ndarray, np.ndarray]]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every n-gram of every word of the documents: its document (from 0), its word's
        entry (the words one after the other) and its number."""
        start = np.frombuffer(self._start, dtype=np.int64)  # (no word is added meanwhile)
        word = np.concatenate([w for w, _ in documents]).astype(np.int64)
        doc = np.repeat(np.arange(len(documents)), [len(words) for words, _ in documents])
        sizes = start[word + 1] - start[word]
        entry = np.repeat(np.arange(len(word)), sizes)
        at = np.arange(int(sizes.sum())) - (np.cumsum(sizes) - sizes)[entry] + start[word][entry]
        return doc[entry], entry, np.frombuffer(self._grams, dtype=np.int32)[at].astype(np.int64)

    def present(self, documents: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        """Per n-gram, how many of the documents have it (a mark per document and n-gram in
        a dense array, summed per n-gram: no document's n-grams listed)."""
        doc, _, gram = self._entries(documents)
        marks = np.zeros((len(documents), len(GRAMS)), dtype=bool)
        marks[doc, gram] = True
        found: np.ndarray = marks.sum(axis=0)
        return found

    def counted(
        self, documents: list[tuple[np.ndarray, np.ndarray]]
    ) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per document (its words and how often each occurs): its n-grams, ascending, and
        how often each occurs."""
        if not documents:
            return []
        doc, entry, gram = self._entries(documents)
        times = np.concatenate([c for _, c in documents]).astype(np.float64)
        # each (document, n-gram)'s count added into a dense array over every document's
        # n-grams: its marked places are the keys in ascending order (a sort of the entries,
        # as before, took 2.5-3.5 times as long; the non-zero counts found in the sums took
        # ~1.5 times as long as in marks); the counts are whole numbers, added exactly
        size = len(GRAMS)  # (other indexes may add n-grams meanwhile)
        key = doc * size + gram
        counts = np.bincount(key, weights=times[entry], minlength=len(documents) * size)
        marks = np.zeros(len(documents) * size, dtype=bool)
        marks[key] = True
        keys = np.flatnonzero(marks)
        bounds = np.searchsorted(keys, np.arange(len(documents) + 1) * size).tolist()
        found = counts[keys].astype(np.float32)
        grams = (keys % size).astype(np.int32)
        return [
            (grams[lo:hi], found[lo:hi]) for lo, hi in zip(bounds[:-1], bounds[1:], strict=True)
        ]


class Documents:
    """The documents' words, counted one document at a time as the index build reads them (it
    hands over its tokens as the numbers it gave them: the text is not tokenised a second time,
    nor a word looked up again); their n-grams are counted in CharNgrams."""

    def __init__(self) -> None:
        self.words = _Words()
        self.counted: list[tuple[np.ndarray, np.ndarray]] = []  # per document: words, counts

    def add(self, numbers: np.ndarray, tokens: Sequence[str]) -> None:
        """A document's words as the index build numbered them (building.py)."""
        self.counted.append(self.words.numbers(numbers, tokens))


class CharNgrams:
    """The n-grams are numbered in the process's vocabulary (vocabulary.GRAMS, shared by all
    indexes); the arrays here are indexed by those numbers."""

    def __init__(self, documents: Documents) -> None:
        """`documents` in the order of the search index's documents.

        Each n-gram's entries are placed after the earlier documents' by counting (an argsort
        of millions of entries took seconds at 1,000 topics). The documents' n-grams are
        read twice, once for their rarity (marked only, not counted) and once to place them,
        rather than kept in between: at 1,000 topics they are ~100 MB, as much as the
        finished arrays."""
        self.size = len(documents.counted)
        frequency = np.zeros(len(GRAMS), dtype=np.int64)  # documents with the n-gram
        counted, step = documents.counted, max(1, min(PRESENT, _DENSE // max(1, len(GRAMS))))
        for at in range(0, len(counted), step):
            frequency += documents.words.present(counted[at : at + step])
        idf = (np.log((1 + self.size) / (1 + frequency)) + 1).astype(np.float32)
        start = np.zeros(len(idf) + 1, dtype=np.int64)
        np.cumsum(frequency, out=start[1:])
        del frequency
        free = start[:-1].copy()
        self.docs = np.empty(int(start[-1]), dtype=np.int32)
        self.weights = np.empty(int(start[-1]), dtype=np.float32)
        for doc, (found, counts) in enumerate(_counted(documents)):
            weight = (1 + np.log(counts)) * idf[found]
            weight /= float(np.sqrt(np.sum(weight * weight))) or 1.0
            at = free[found]
            self.docs[at] = doc
            self.weights[at] = weight
            free[found] += 1
        self.idf = idf
        self.start = start.astype(np.int32)
        GRAMS.freeze()  # (its n-grams into the vocabulary's compact arrays)

    def _arrange(
        self, gram: np.ndarray, docs: np.ndarray, weights: np.ndarray, idf: np.ndarray
    ) -> None:
        """Entries (n-gram number, document, weight) sorted by n-gram, each n-gram's documents
        in the order they came: `start[g]:start[g + 1]` are n-gram g's."""
        order = stable_order(gram)
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
            "grams": [GRAMS.word(g) for g in known.tolist()],
            "idf": self.idf[known],
            "entry_gram": np.repeat(np.arange(len(known), dtype=np.int32), sizes[known]),
            "docs": self.docs,
            "weights": self.weights,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.size = state["size"]
        numbers = np.array(GRAMS.numbers(state["grams"]), dtype=np.int32)
        GRAMS.freeze()
        idf = np.ones(len(GRAMS), dtype=np.float32)
        idf[numbers] = state["idf"]
        self._arrange(numbers[state["entry_gram"]], state["docs"], state["weights"], idf)

    def similarity(self, message: str) -> np.ndarray:
        """The cosine of the message with every document (0 for a document it shares nothing
        with)."""
        found = Counter(g for word in text.tokens(message) for g in grams(word))
        scores = np.zeros(self.size, dtype=np.float32)
        where = GRAMS.find(list(found))
        counts = np.array(list(found.values()), dtype=np.float32)
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


def _counted(documents: Documents) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Per document: its n-grams, ascending, and how often each occurs."""
    counted = documents.counted
    step = max(1, min(CHUNK, _DENSE // max(1, len(GRAMS))))
    for at in range(0, len(counted), step):
        yield from documents.words.counted(counted[at : at + step])
