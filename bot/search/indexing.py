"""Building an index: the documents' fields collected as numbers, then frozen into arrays in a
few numpy operations.

A field's distinct words are numbered in a table of analysed words (each word's features, as
numbers of the process's vocabulary, and their strengths) and kept as (field, word, count). What
each feature is worth is then computed for every field at once, not word by word in Python:

* to a document (its postings): its best strength in any of the document's fields times that
  field's weight;
* to a phrase (a title, keyword or example, matched whole): its best strength in the phrase
  times the field's full weight;
* to its rarity: per document the largest share any of its fields gives (tuning.DF_SHARE);
* to the recall ranking (BM25): per document the sum of its strengths times the word's count.

Every sum is added in the order the words came, and every rarity's logarithm is Python's, so an
index is the same bit for bit as one built word by word; the features are kept in the order they
first came (typo corrections prefer the first of equally close words). The fields are reduced
to per-document rows every CHUNK words, which keeps the temporary arrays small."""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from bot.search.morph import Analyzer
from bot.search.names import Spellings
from bot.search.postings import FeatureValues, Postings
from bot.search.tuning import BM25_B, BM25_K1
from bot.search.vocabulary import FEATURES

CHUNK = 100_000  # (field, word) entries reduced at a time


@dataclass
class Frozen:
    """What `Builder.finish` makes of the fields."""

    postings: Postings  # feature -> (documents, best weight)
    phrases: Postings  # feature -> (phrases, weight)
    bm25: Postings  # "k:" feature -> (documents, BM25 weight)
    idf: FeatureValues  # feature -> its rarity


class Builder:
    def __init__(self, analyzer: Analyzer, spellings: Spellings) -> None:
        self.analyzer = analyzer
        self.spellings = spellings
        # analysed words: token -> number, one table for answers' words and one for the rest
        # (`transliterated`); per number, where its features start in the three arrays below
        self._numbers: tuple[dict[str, int], dict[str, int]] = ({}, {})
        self._start = array("q", [0])
        self._feature = array("i")  # the feature's number in the vocabulary (FEATURES)
        self._strength = array("d")
        self._keyed = array("b")  # 1 for a word feature ("k:"), counted by the recall ranking
        self._seen = 0  # feature entries of earlier chunks (where a feature first came)
        self._rows: dict[str, list[np.ndarray]] = {}  # per-document and per-phrase rows
        self._new_chunk()

    def _new_chunk(self) -> None:
        """(New arrays, not emptied ones: the last chunk's numpy views may still hold them.)"""
        # fields, numbered from 0 in each chunk
        self._doc = array("i")
        self._weight = array("d")  # in the document's postings
        self._share = array("d")  # towards the rarity
        self._phrase = array("i")  # the phrase's number, -1 for an answer
        self._whole = array("d")  # as a phrase matched whole
        # entries: one per distinct word of a field
        self._entry_field = array("i")
        self._entry_word = array("i")
        self._entry_count = array("d")

    def words(self, tokens: Iterable[str], transliterated: bool) -> list[int]:
        """The numbers of the words, analysing the ones not seen before."""
        numbers = self._numbers[transliterated]
        found = []
        for token in tokens:
            number = numbers.get(token)
            if number is None:
                number = numbers[token] = self._add_word(token, transliterated)
            found.append(number)
        return found

    def _add_word(self, token: str, transliterated: bool) -> int:
        self.spellings.add(token)
        features = self.analyzer.word(token, transliterated).features
        self._feature.extend(FEATURES.numbers(features))
        self._strength.extend(features.values())
        self._keyed.extend(f.startswith("k:") for f in features)
        self._start.append(len(self._feature))
        return len(self._start) - 2

    def field(
        self,
        doc: int,
        words: list[int],
        counts: Iterable[int],
        weight: float,
        share: float,
        phrase: int,
        whole: float,
    ) -> None:
        """One field of `doc`: its distinct words and how often each occurs."""
        number = len(self._doc)
        self._doc.append(doc)
        self._weight.append(weight)
        self._share.append(share)
        self._phrase.append(phrase)
        self._whole.append(whole)
        self._entry_field.extend([number] * len(words))
        self._entry_word.extend(words)
        self._entry_count.extend(counts)

    def document_done(self) -> None:
        """Called after each document's fields: a chunk ends only between documents."""
        if len(self._entry_word) >= CHUNK:
            self._reduce()

    # --- freezing ---------------------------------------------------------------------------
    def _reduce(self) -> None:
        """This chunk's fields -> rows per (document, feature) and per (phrase, feature)."""
        if not self._doc:
            return
        start = np.frombuffer(self._start, dtype=np.int64)
        word = np.frombuffer(self._entry_word, dtype=np.int32)
        sizes = start[word + 1] - start[word]
        entry = np.repeat(np.arange(len(word)), sizes)
        first = np.cumsum(sizes) - sizes
        at = np.arange(int(sizes.sum())) - first[entry] + start[word][entry]
        feature = np.frombuffer(self._feature, dtype=np.int32)[at].astype(np.int64)
        strength = np.frombuffer(self._strength, dtype=np.float64)[at]
        keyed = np.frombuffer(self._keyed, dtype=np.int8)[at].astype(bool)
        field = np.frombuffer(self._entry_field, dtype=np.int32)[entry]
        count = np.frombuffer(self._entry_count, dtype=np.float64)[entry]
        position = np.arange(len(feature), dtype=np.int64) + self._seen  # where it first came
        self._seen += len(feature)
        del at, entry, first, sizes

        doc = np.frombuffer(self._doc, dtype=np.int32).astype(np.int64)
        size = len(FEATURES)
        # the recall ranking's term frequencies: strength × count, summed in the words' order
        tf_key = doc[field[keyed]] * size + feature[keyed]
        tf_keys, tf_at = np.unique(tf_key, return_inverse=True)
        tf = np.bincount(tf_at, weights=strength[keyed] * count[keyed])
        self._keep("tf", tf_keys // size, tf_keys % size, tf)
        del tf_key, tf_at, count, keyed

        # per field: each feature's best strength, and where it first came
        keys, first_at, best = _reduced(field.astype(np.int64) * size + feature, strength, position)
        fields, feature = keys // size, keys % size
        del field, strength, position, keys

        phrase = np.frombuffer(self._phrase, dtype=np.int32)[fields]
        whole = np.frombuffer(self._whole, dtype=np.float64)[fields]
        own = phrase >= 0
        self._keep("phrase", phrase[own], feature[own], whole[own] * best[own], first_at[own])

        weight = np.frombuffer(self._weight, dtype=np.float64)[fields]
        share = np.frombuffer(self._share, dtype=np.float64)[fields]
        in_doc = doc[fields] * size + feature
        keys, doc_first_at, found = _reduced(in_doc, weight * best, first_at)
        self._keep("posting", keys // size, keys % size, found, doc_first_at)
        keys, _, shares = _reduced(in_doc, share, first_at)
        given = shares > 0
        self._keep("share", keys[given] // size, keys[given] % size, shares[given])

        self._new_chunk()

    def _keep(self, kind: str, *columns: np.ndarray) -> None:
        rows = self._rows.setdefault(kind, [])
        rows.append(np.stack([c.astype(np.float64) for c in columns]))

    def _all(self, kind: str, columns: int) -> list[np.ndarray]:
        rows = self._rows.pop(kind, [])
        if not rows:
            return [np.zeros(0) for _ in range(columns)]
        joined = np.concatenate(rows, axis=1)
        return [joined[i] for i in range(columns)]

    def finish(self, documents: int, lengths: list[float]) -> Frozen:
        """`documents`: how many count for the rarities (not the document apart)."""
        self._reduce()
        n = documents
        # rarity: log(1 + n / the documents' shares, summed in document order)
        docs, feature, shares = self._all("share", 3)
        features, at = np.unique(feature.astype(np.int64), return_inverse=True)
        sums = np.bincount(at, weights=shares)
        idf = FeatureValues.arranged(
            features.tolist(), [math.log(1 + n / s) for s in sums.tolist()]
        )

        # BM25 over the words' term frequencies
        docs, feature, tf = self._all("tf", 3)
        docs = docs.astype(np.int64)
        length = np.asarray(lengths, dtype=np.float64)[docs]
        average = max(1.0, sum(lengths) / max(1, n))
        features, at, per = np.unique(
            feature.astype(np.int64), return_inverse=True, return_counts=True
        )
        rarity = np.array(
            [math.log(1 + (n - m + 0.5) / (m + 0.5)) for m in per.tolist()], dtype=np.float64
        )[at]
        bm25 = (
            rarity * tf * (BM25_K1 + 1) / (tf + BM25_K1 * (1 - BM25_B + BM25_B * length / average))
        )
        postings_docs, postings_feature, found, first_at = self._all("posting", 4)
        order = _first_order(postings_feature, first_at)
        frozen_postings = _postings(postings_feature, postings_docs, found, order)
        frozen_bm25 = _postings(feature, docs.astype(np.float64), bm25, order)
        phrase, feature, value, first_at = self._all("phrase", 4)
        frozen_phrases = _postings(feature, phrase, value, _first_order(feature, first_at))
        return Frozen(frozen_postings, frozen_phrases, frozen_bm25, idf)


def _reduced(
    keys: np.ndarray, values: np.ndarray, positions: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per distinct key (sorted): where it first came and its largest value."""
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    return (
        keys[starts],
        np.minimum.reduceat(positions[order], starts),
        np.maximum.reduceat(values[order], starts),
    )


def _first_order(feature: np.ndarray, first_at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct features (sorted) and each one's rank by where it first came."""
    features, at = np.unique(feature.astype(np.int64), return_inverse=True)
    first = np.full(len(features), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first, at, first_at.astype(np.int64))
    rank = np.empty(len(features), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(features))
    return features, rank


def _postings(
    feature: np.ndarray,
    where: np.ndarray,
    weight: np.ndarray,
    order: tuple[np.ndarray, np.ndarray],
) -> Postings:
    """Rows (feature, document or phrase, weight) -> Postings: the features ranked by `order`
    (`_first_order`), each one's documents ascending."""
    if not len(feature):
        return Postings.arranged([], [], np.zeros(0, np.int32), np.zeros(0, np.float32))
    features, ranks = order
    feature = feature.astype(np.int64)
    rank = ranks[np.searchsorted(features, feature)]
    arranged = np.lexsort((where, rank))
    rank = rank[arranged]
    new = np.r_[True, rank[1:] != rank[:-1]]
    bounds = np.flatnonzero(np.r_[new, True]).tolist()
    return Postings.arranged(
        feature[arranged][new].tolist(),
        list(zip(bounds[:-1], bounds[1:], strict=True)),
        where[arranged].astype(np.int32),
        weight[arranged].astype(np.float32),
    )
