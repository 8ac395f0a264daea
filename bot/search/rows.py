"""What the chunks of an index build leave for its end (indexing.py), and how it is frozen.

Each chunk of fields leaves rows: per (document, feature) its weight in the postings and its
term frequency for the recall ranking (BM25), per (phrase, feature) its weight. Each column is
one array grown in place, not a list of every chunk's joined at the end (twice the memory for
a while); every row's document (or phrase) comes in ascending order, so a stable sort by the
feature alone arranges them (postings.from_rows). What only needs one number per feature is
kept per feature instead of as rows: where it first came (the order of the postings) and the
documents' shares of its rarity, summed in document order (np.add.at adds in order, as a sum
over every row would). Frozen, the index is the same bit for bit as one built in one go."""

from __future__ import annotations

import math
from array import array

import numpy as np

from bot.search.postings import FeatureValues, Postings, first_order, from_rows
from bot.search.tuning import BM25_B, BM25_K1

_COLUMNS = {  # array codes
    "posting": ("i", "i", "f"),  # document, feature, weight
    "phrase": ("i", "i", "f"),  # phrase, feature, weight
    "tf": ("i", "i", "d"),  # document, feature, term frequency
}
_NEVER = np.iinfo(np.int64).max  # (a feature's first position before it comes)


class Rows:
    def __init__(self) -> None:
        self._rows = {kind: tuple(array(t) for t in types) for kind, types in _COLUMNS.items()}
        # per feature (its number in the vocabulary)
        self._first = np.zeros(0, dtype=np.int64)  # where it first came, in any field
        self._first_phrase = np.zeros(0, dtype=np.int64)  # ... in a phrase
        self._shares = np.zeros(0, dtype=np.float64)  # the documents' shares of its rarity

    def keep(self, kind: str, *columns: np.ndarray) -> None:
        """A chunk's rows of one kind, each column in the smallest type that keeps its values
        (a posting's or phrase's weight is stored as float32 in the end anyway)."""
        for kept, column in zip(self._rows[kind], columns, strict=True):
            kept.frombytes(np.ascontiguousarray(column, dtype=kept.typecode).data.cast("B"))

    def came(self, size: int, feature: np.ndarray, at: np.ndarray, phrase: np.ndarray) -> None:
        """Where (field, feature) rows first came; `phrase`: which rows are a phrase's. `size`:
        the vocabulary's features so far."""
        self._first = _grown(self._first, size, _NEVER)
        np.minimum.at(self._first, feature, at)
        self._first_phrase = _grown(self._first_phrase, size, _NEVER)
        np.minimum.at(self._first_phrase, feature[phrase], at[phrase])

    def share(self, size: int, feature: np.ndarray, shares: np.ndarray) -> None:
        """The documents' shares of features' rarity, in document order."""
        self._shares = _grown(self._shares, size, 0.0)
        np.add.at(self._shares, feature, shares)

    def _all(self, kind: str) -> list[np.ndarray]:
        """Every chunk's rows of one kind, column by column, as arrays over the kept ones (no
        longer kept here: they go once the caller lets them go)."""
        return [np.frombuffer(kept, dtype=kept.typecode) for kept in self._rows.pop(kind)]

    def freeze(
        self, n: int, lengths: list[float]
    ) -> tuple[Postings, Postings, Postings, FeatureValues]:
        """The postings, phrases, recall postings and rarities, once every chunk is in; `n`:
        the documents that count for rarity, `lengths`: each document's content words."""
        # rarity: log(1 + n / the documents' shares, summed in document order)
        features = np.flatnonzero(self._shares > 0)
        sums = self._shares[features]
        idf = FeatureValues.arranged(
            features.tolist(), [math.log(1 + n / s) for s in sums.tolist()]
        )
        del features, sums
        # the postings, their features in the order they first came
        order = first_order(self._first)
        docs, feature, found = self._all("posting")
        postings = from_rows(feature, docs, found, order, by_document=True)
        del docs, feature, found
        # BM25 over the words' term frequencies
        docs, feature, tf = self._all("tf")
        average = max(1.0, sum(lengths) / max(1, n))
        per = np.bincount(feature, minlength=len(order))  # documents with the feature
        rarity_of = np.zeros(len(per), dtype=np.float64)
        present = np.flatnonzero(per)
        rarity_of[present] = [
            math.log(1 + (n - m + 0.5) / (m + 0.5)) for m in per[present].tolist()
        ]
        # rarity * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / average)), worked out in
        # place in the same order of operations (so the same to the last bit)
        scale = np.asarray(lengths, dtype=np.float64)[docs]
        scale *= BM25_B
        scale /= average
        scale += 1 - BM25_B
        scale *= BM25_K1
        scale += tf
        bm25 = rarity_of[feature]
        bm25 *= tf
        bm25 *= BM25_K1 + 1
        bm25 /= scale
        del scale, tf, rarity_of, per, present
        recall = from_rows(feature, docs, bm25, order, by_document=True)
        del docs, feature, bm25, order
        phrase, feature, value = self._all("phrase")
        phrases = from_rows(feature, phrase, value, first_order(self._first_phrase))
        return postings, phrases, recall, idf


def _grown(values: np.ndarray, size: int, fill: float) -> np.ndarray:
    """`values` (one per feature) for a vocabulary of `size` features: the new ones `fill`."""
    if len(values) >= size:
        return values
    return np.concatenate([values, np.full(size - len(values), fill, dtype=values.dtype)])
