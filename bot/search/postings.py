"""Postings of the index as two shared numpy arrays, and the best match of a word per document."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from bot.search.sorting import placed, stable_order
from bot.search.vocabulary import FEATURES

# an index's features' spans found by bisection (12 bytes a feature) unless two arrays over the
# whole vocabulary (8 bytes a feature of the vocabulary) are smaller: SMALL features to DENSE
SMALL, DENSE = 3, 2


class Postings:
    """feature -> (entries, weights) as views into two arrays: tens of thousands of features
    cost two arrays, not two small arrays each (memory and start-up); where each feature's run
    starts and stops, by its number in the process's vocabulary (shared by all indexes)."""

    def __init__(self, lists: dict[str, dict[int, float]]):
        size = sum(len(posting) for posting in lists.values())
        self._where = np.empty(size, dtype=np.int32)
        self._weights = np.empty(size, dtype=np.float32)
        lengths = np.array([len(posting) for posting in lists.values()], dtype=np.int32)
        stops = np.cumsum(lengths, dtype=np.int32)
        starts = stops - lengths
        for posting, start, stop in zip(
            lists.values(), starts.tolist(), stops.tolist(), strict=True
        ):
            self._where[start:stop] = list(posting.keys())
            self._weights[start:stop] = list(posting.values())
        self._spans(FEATURES.numbers(lists), starts, stops)

    @classmethod
    def arranged(
        cls,
        numbers: list[int],
        bounds: list[int],
        where: np.ndarray,
        weights: np.ndarray,
    ) -> Postings:
        """From the two arrays already arranged: feature `numbers[i]`'s entries are from
        `bounds[i]` to `bounds[i + 1]`."""
        postings = cls.__new__(cls)
        postings._where, postings._weights = where, weights
        edges = np.array(bounds, dtype=np.int32)
        postings._spans(numbers, edges[:-1], edges[1:])
        return postings

    def _spans(
        self, numbers: list[int] | np.ndarray, starts: np.ndarray, stops: np.ndarray
    ) -> None:
        """Two arrays over the whole vocabulary for an index that has most of it (a topics
        index); for a smaller one (one topic's parts, parts.py) its features' numbers sorted,
        found by bisection, with their spans beside them: 12 bytes a feature where a dict entry
        and a tuple took ~150 (25 topics' parts: ~10 MB less), and where the two arrays would
        take more (a big topic's parts: ~5,000 of ~31,000 features, 0.25 MB against 0.06)."""
        found = np.array(numbers, dtype=np.int32)
        self._features = _ints(found)
        self._small: array[int] | None = None
        if len(found) * SMALL < len(FEATURES) * DENSE:
            order = np.argsort(found)  # (each feature once: no ties)
            self._small = _ints(found[order])
            self._small_start, self._small_stop = _ints(starts[order]), _ints(stops[order])
            return
        start = np.full(len(FEATURES), -1, dtype=np.int32)
        stop = np.zeros(len(FEATURES), dtype=np.int32)
        start[found], stop[found] = starts, stops
        self._start, self._stop = _ints(start), _ints(stop)

    def _span(self, feature: str) -> tuple[int, int] | None:
        number = FEATURES.ids.get(feature)
        if number is None:
            return None
        if self._small is not None:
            at = _position(self._small, number)
            return None if at is None else (self._small_start[at], self._small_stop[at])
        if number >= len(self._start) or self._start[number] < 0:
            return None
        return self._start[number], self._stop[number]

    def get(self, feature: str) -> tuple[np.ndarray, np.ndarray] | None:
        span = self._span(feature)
        if span is None:
            return None
        return self._where[span[0] : span[1]], self._weights[span[0] : span[1]]

    def __contains__(self, feature: object) -> bool:
        return isinstance(feature, str) and self._span(feature) is not None

    def __iter__(self) -> Iterator[str]:
        return (FEATURES.words[number] for number in self._features)

    def _bounds(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Its features' numbers in this process, in their order, and where each one's run
        starts and stops."""
        numbers = np.frombuffer(self._features, dtype=np.int32)
        if self._small is not None:
            at = np.searchsorted(np.frombuffer(self._small, dtype=np.int32), numbers)
            starts = np.frombuffer(self._small_start, dtype=np.int32)[at]
            stops = np.frombuffer(self._small_stop, dtype=np.int32)[at]
        else:
            starts = np.frombuffer(self._start, dtype=np.int32)[numbers]
            stops = np.frombuffer(self._stop, dtype=np.int32)[numbers]
        return numbers, starts, stops

    def __getstate__(self) -> dict[str, Any]:
        """The features by name: another process numbers them differently."""
        _, starts, stops = self._bounds()
        return {
            "features": list(self),
            "starts": starts,
            "stops": stops,
            "where": self._where,
            "weights": self._weights,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._where, self._weights = state["where"], state["weights"]
        self._spans(FEATURES.numbers(state["features"]), state["starts"], state["stops"])

    def numbered(self) -> tuple[np.ndarray, tuple[np.ndarray, ...]]:
        """Its features' numbers in this process, and the rest of its state (a file that
        numbers the features its own way: indexcache.PartsFile)."""
        numbers, starts, stops = self._bounds()
        return numbers, (starts, stops, self._where, self._weights)

    @classmethod
    def from_numbered(cls, numbers: np.ndarray, rest: tuple[np.ndarray, ...]) -> Postings:
        """What `numbered` gave, its features numbered in this process."""
        starts, stops, where, weights = rest
        postings = cls.__new__(cls)
        postings._where, postings._weights = where, weights
        postings._spans(numbers, starts, stops)
        return postings


def _ints(values: np.ndarray) -> array[int]:
    """An array of C ints (4 bytes each) with `values`."""
    found = array("i")
    found.frombytes(values.astype(np.int32, copy=False).tobytes())
    return found


def _position(numbers: array[int], number: int) -> int | None:
    """Where `number` is in the sorted `numbers`, if it is."""
    at = bisect_left(numbers, number)
    return at if at < len(numbers) and numbers[at] == number else None


class FeatureValues:
    """feature -> a number (a rarity), for one index's features: their numbers in the process's
    vocabulary sorted, found by bisection, with the values beside them (12 bytes a feature; a
    dict entry with its float object took ~100: the main index's rarities and every topic's
    parts' rarities)."""

    def __init__(self, values: dict[str, float]) -> None:
        self._arrange(sorted(zip(FEATURES.numbers(values), values.values(), strict=True)))

    @classmethod
    def arranged(cls, numbers: list[int], values: list[float]) -> FeatureValues:
        """From the features' numbers, sorted, and their values."""
        found = cls.__new__(cls)
        found._numbers = array("i", numbers)
        found._values = array("d", values)
        return found

    def _arrange(self, pairs: list[tuple[int, float]]) -> None:
        self._numbers = array("i", [number for number, _ in pairs])
        self._values = array("d", [value for _, value in pairs])

    def get(self, feature: str) -> float | None:
        number = FEATURES.ids.get(feature)
        at = None if number is None else _position(self._numbers, number)
        return None if at is None else self._values[at]

    def __len__(self) -> int:
        return len(self._numbers)

    def __getstate__(self) -> dict[str, Any]:
        """The features by name: another process numbers them differently."""
        return {"features": [FEATURES.words[n] for n in self._numbers], "values": self._values}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._sorted(np.array(FEATURES.numbers(state["features"]), dtype=np.int32), state["values"])

    def numbered(self) -> tuple[np.ndarray, tuple[array[float]]]:
        """As Postings.numbered."""
        return np.frombuffer(self._numbers, dtype=np.int32), (self._values,)

    @classmethod
    def from_numbered(cls, numbers: np.ndarray, rest: tuple[array[float]]) -> FeatureValues:
        found = cls.__new__(cls)
        found._sorted(numbers, rest[0])
        return found

    def _sorted(self, numbers: np.ndarray, values: array[float]) -> None:
        order = np.argsort(numbers)  # (each feature once)
        self._numbers = _ints(numbers[order])
        self._values = array("d", np.frombuffer(values, dtype=np.float64)[order].tobytes())


def sparse_best_match(
    features: dict[str, float], postings: Postings
) -> tuple[np.ndarray, np.ndarray]:
    """`best_match` (capped) for the entries a word matches only: (indices, values)."""
    found = [
        (where, np.minimum(weights, strength))
        for feature, strength in features.items()
        if (posting := postings.get(feature)) is not None
        for where, weights in [posting]
    ]
    if not found:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
    if len(found) == 1:
        return found[0]
    where = np.concatenate([w for w, _ in found])
    value = np.concatenate([v for _, v in found])
    order = np.lexsort((-value, where))  # by index, the best value first
    where, value = where[order], value[order]
    first = np.ones(len(where), dtype=bool)
    first[1:] = where[1:] != where[:-1]
    return where[first], value[first]


def best_match(
    features: dict[str, float],
    postings: Postings,
    size: int,
    cap: bool = True,
) -> np.ndarray:
    """Per document (or phrase): the best match of one question word among its features
    (`cap`: the smaller of the two strengths; otherwise the posting's weight scaled by the
    feature's strength)."""
    best = np.zeros(size, dtype=np.float32)
    for feature, strength in features.items():
        found = postings.get(feature)
        if found is not None:
            where, weights = found
            value = np.minimum(weights, strength) if cap else weights * strength
            best[where] = np.maximum(best[where], value)
    return best


@dataclass(slots=True)
class WordMatch:
    """One question word as `Index.score` uses it (matched None: no document knows it)."""

    importance: float
    topical: float
    matched: np.ndarray | None = None  # per document, its best match of the word
    share: float = 0.0  # how well the topics know the word (1: fully)
    apart_share: float = 0.0  # ... and all documents, the one apart too
    phrase_where: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    phrase_value: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))


# --- building (indexing.py) ---------------------------------------------------------------
def first_order(first: np.ndarray) -> np.ndarray:
    """Per feature (by its number), its rank by where it first came (`first`: that position,
    the largest int64 for a feature that never came; such a feature gets -1)."""
    came = np.flatnonzero(first < np.iinfo(np.int64).max)
    rank = np.full(len(first), -1, dtype=np.int32)
    rank[came[stable_order(first[came])]] = np.arange(len(came), dtype=np.int32)
    return rank


def from_rows(
    feature: np.ndarray,
    where: np.ndarray,
    weight: np.ndarray,
    ranks: np.ndarray,
    by_document: bool = False,
) -> Postings:
    """Rows (feature, document or phrase, weight), their documents ascending -> Postings: the
    features in the order of `ranks` (`first_order`), each one's documents ascending (a stable
    sort by the feature's rank alone keeps them so). `by_document`: each document's rows have
    a feature once, so the rows are placed by counting, a document at a time, not sorted."""
    if not len(feature):
        return Postings.arranged([], [0], np.zeros(0, np.int32), np.zeros(0, np.float32))
    rank = ranks[feature]
    if by_document:  # (each temporary as small as it can be: the build's peak is here)
        counts = np.bincount(rank)
        of_rank = np.zeros(len(counts), dtype=np.int32)
        of_rank[rank] = feature
        runs = np.searchsorted(where, np.arange(int(where[-1]) + 2)).tolist()
        at = placed(rank, counts, runs)
        del rank
        ranked = np.flatnonzero(counts)
        arranged_where = np.empty(len(where), dtype=np.int32)
        arranged_where[at] = where
        arranged_weight = np.empty(len(weight), dtype=np.float32)
        arranged_weight[at] = weight
        return Postings.arranged(
            of_rank[ranked].tolist(),
            np.r_[0, np.cumsum(counts[ranked])].tolist(),
            arranged_where,
            arranged_weight,
        )
    arranged = stable_order(rank)
    rank = rank[arranged]
    new = np.r_[True, rank[1:] != rank[:-1]]
    del rank
    return Postings.arranged(
        feature[arranged][new].tolist(),
        np.flatnonzero(np.r_[new, True]).tolist(),
        where[arranged].astype(np.int32, copy=False),
        weight[arranged].astype(np.float32, copy=False),
    )
