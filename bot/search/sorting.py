"""Ordering integer keys fast, for building and loading the indexes.

np.sort of plain 64-bit integers runs on vectorised sorting networks; np.argsort and np.unique
(which sort indices) are many times slower here (10 million keys: ~0.15 s against ~1.3 s). A
stable argsort is therefore a sort of each key with its position packed into the low bits."""

from __future__ import annotations

import numpy as np

_BLOCK = 1 << 16


def stable_order(keys: np.ndarray) -> np.ndarray:
    """What np.argsort(keys, kind="stable") returns, for non-negative integer keys."""
    n = len(keys)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    bits = max(1, (n - 1).bit_length())
    if int(keys.min()) < 0 or int(keys.max()) >= 1 << (62 - bits):  # would not fit: argsort
        return np.argsort(keys, kind="stable")
    packed = keys.astype(np.int64)  # (a copy, worked on in place: a build sorts millions)
    packed <<= bits
    for at in range(0, n, _BLOCK):  # (positions a block at a time: no second array as long)
        packed[at : at + _BLOCK] |= np.arange(at, min(n, at + _BLOCK), dtype=np.int64)
    packed.sort()
    packed &= (1 << bits) - 1
    return packed


def placed(keys: np.ndarray, counts: np.ndarray, runs: list[int]) -> np.ndarray:
    """Where each entry goes in a stable order by `keys` (`counts`: each key's entries), placed
    by counting run by run instead of sorted: `runs` bound runs of entries (from 0 to the
    last) in none of which a key comes twice (an index's rows, a document at a time)."""
    free = np.zeros(len(counts), dtype=np.int64)
    np.cumsum(counts[:-1], out=free[1:])
    at = np.empty(len(keys), dtype=np.int32 if len(keys) < 1 << 31 else np.int64)
    for start, stop in zip(runs[:-1], runs[1:], strict=True):
        run = keys[start:stop]
        at[start:stop] = free[run]
        free[run] += 1
    return at


def starts(ordered: np.ndarray) -> np.ndarray:
    """Where each run of equal keys starts in sorted keys."""
    if not len(ordered):
        return np.zeros(0, dtype=np.int64)
    return np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])


def grouped(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct keys (sorted), the order that sorts `keys` (stable) and where each
    distinct key's run starts in that order."""
    order = stable_order(keys)
    ordered = keys[order]
    at = starts(ordered)
    return ordered[at], order, at


def first_and_best(
    keys: np.ndarray, values: np.ndarray, positions: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per distinct key (sorted): where it first came and its largest value."""
    distinct, order, at = grouped(keys)
    return (
        distinct,
        np.minimum.reduceat(positions[order], at),
        np.maximum.reduceat(values[order], at),
    )


def best_of(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per distinct key (sorted): its largest value."""
    distinct, order, at = grouped(keys)
    return distinct, np.maximum.reduceat(values[order], at)


def unique_inverse(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(keys, return_inverse=True)."""
    distinct, order, at = grouped(keys)
    group = np.zeros(len(keys), dtype=np.int64)
    group[at[1:]] = 1
    inverse = np.empty(len(keys), dtype=np.int64)
    inverse[order] = np.cumsum(group)
    return distinct, inverse


DENSE = 1 << 21  # at most so many places in one dense array (16 MB of float64)


class Places:
    """Pairs (row, column) of non-negative integers as places in a dense array, `rows` by the
    columns that occur (numbered in the order of their values): sums and maxima per pair are
    added in place instead of sorted (np.maximum.at over a million values took ~8 ms here, a
    stable sort and a reduceat ~100 ms). Ascending places are ascending pairs."""

    def __init__(self, rows: int, columns: np.ndarray, size: int) -> None:
        """`columns`: every column that may occur (repeats allowed), each less than `size`."""
        present = np.zeros(size, dtype=bool)
        present[columns] = True
        self.columns = np.flatnonzero(present)
        self._number = np.cumsum(present, dtype=np.int64) - 1
        self.width = len(self.columns)
        self.size = rows * self.width

    def at(self, row: np.ndarray, column: np.ndarray) -> np.ndarray:
        places: np.ndarray = row * self.width + self._number[column]
        return places

    def taken(self, at: np.ndarray) -> np.ndarray:
        """The places in `at`, each once, ascending."""
        seen = np.zeros(self.size, dtype=bool)
        seen[at] = True
        return np.flatnonzero(seen)

    def pairs(self, places: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return places // self.width, self.columns[places % self.width]

    def sums(self, at: np.ndarray, values: np.ndarray, taken: np.ndarray) -> np.ndarray:
        """Per taken place, its values summed in the order they come (as np.bincount adds)."""
        sums: np.ndarray = np.bincount(at, weights=values, minlength=self.size)[taken]
        return sums

    def maxima(self, at: np.ndarray, values: np.ndarray, taken: np.ndarray) -> np.ndarray:
        top = np.full(self.size, -np.inf)
        np.maximum.at(top, at, values)
        found: np.ndarray = top[taken]
        return found
