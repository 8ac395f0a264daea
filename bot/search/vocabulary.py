"""Strings -> numbers, one table per process shared by every index.

An office network has an index per office, and most of their words (the shared topics') are the
same: each index keeps its postings and n-grams in numpy arrays indexed by these numbers, and the
strings themselves, with a dict entry each, exist once in the process, not once per office
(docs/performance.md). The numbers differ between processes, so a pickled index stores its
strings and is renumbered when loaded (indexcache.py)."""

from __future__ import annotations

import threading
from array import array
from collections.abc import Iterable
from itertools import repeat
from typing import cast

import numpy as np


class Vocabulary:
    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.words: list[str] = []
        self._lock = threading.Lock()  # indexes may be built in a thread while others search

    def numbers(self, words: Iterable[str]) -> list[int]:
        """Each word's number, numbering the new ones, under one lock (an index loaded from its
        file renumbers tens of thousands of strings)."""
        with self._lock:
            ids, known = self.ids, self.words
            found = []
            for word in words:
                number = ids.get(word)
                if number is None:
                    number = ids[word] = len(known)
                    known.append(word)
                found.append(number)
        return found

    def __len__(self) -> int:
        return len(self.words)


FEATURES = Vocabulary()  # the word features of the search index (postings.py)


class Grams:
    """The character n-grams (ngrams.py), numbered like a Vocabulary but kept in ~20 bytes an
    n-gram instead of ~140 (a str, an int and a dict entry each: 66,000 of them took 9 MB of a
    restart's memory, docs/performance.md change 29). An n-gram of up to WIDTH characters below
    U+1000 is one 60-bit integer, its characters' code points side by side; the numbers of the
    known ones are a sorted array of those integers beside an array of numbers, found by
    bisection. N-grams numbered since the last `freeze` (an index being built) are in a dict
    until the next; the rare n-gram of other characters in a dict of its own."""

    WIDTH = 5
    _BITS = 12
    _ODD = 1 << 63  # + its place in `_odd_words`

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # the known keys, sorted, and their numbers beside them (one attribute: `freeze`
        # replaces both at once while questions are searched)
        self._frozen = (np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int32))
        self._new: dict[int, int] = {}  # key -> number, numbered since the last freeze
        self._by_number = array("Q")  # number -> key
        self._odd: dict[str, int] = {}  # an n-gram that is no integer -> its key
        self._odd_words: list[str] = []

    def __len__(self) -> int:
        return len(self._by_number)

    def _packed(self, grams: list[str], add: bool) -> np.ndarray:
        """Each n-gram's key (0: an odd one not known, with `add` False)."""
        if not grams:
            return np.zeros(0, dtype=np.uint64)
        wide = np.array(grams, dtype=f"<U{self.WIDTH}")
        points = wide.view(np.uint32).reshape(len(grams), self.WIDTH).astype(np.uint64)
        keys: np.ndarray = (points << _SHIFTS).sum(axis=1, dtype=np.uint64)
        odd = (points >= 1 << self._BITS).any(axis=1)
        if max(map(len, grams)) > self.WIDTH:
            odd |= np.array([len(g) > self.WIDTH for g in grams])
        for at in np.flatnonzero(odd).tolist():
            keys[at] = self._odd_key(grams[at], add)
        return keys

    def _odd_key(self, gram: str, add: bool) -> int:
        key = self._odd.get(gram)
        if key is None:
            if not add:
                return 0
            key = self._odd[gram] = self._ODD | len(self._odd_words)
            self._odd_words.append(gram)
        return key

    def _found(self, keys: np.ndarray) -> np.ndarray:
        """The numbers of `keys`, -1 for unknown ones."""
        new = self._new  # (first: `freeze` empties it after it has filled the arrays)
        known, numbers = self._frozen
        at = np.minimum(np.searchsorted(known, keys), max(len(known) - 1, 0))
        found = np.full(len(keys), -1, dtype=np.int64)
        if len(known):
            hit = known[at] == keys
            found[hit] = numbers[at[hit]]
        if new:  # (looked up in C: a build looks up its new n-grams again and again)
            missing = np.flatnonzero(found < 0)
            found[missing] = list(map(new.get, keys[missing].tolist(), repeat(-1)))
        return found

    def numbers(self, grams: Iterable[str]) -> list[int]:
        """Each n-gram's number, numbering the new ones."""
        grams = list(grams)
        with self._lock:
            keys = self._packed(grams, add=True)
            found = self._found(keys)
            for i in np.flatnonzero(found < 0).tolist():
                key = int(keys[i])
                number = self._new.get(key)
                if number is None:
                    number = self._new[key] = len(self._by_number)
                    self._by_number.append(key)
                found[i] = number
        return cast("list[int]", found.tolist())

    def find(self, grams: list[str]) -> np.ndarray:
        """Each n-gram's number, -1 for one no index has (a question's: nothing is added)."""
        return self._found(self._packed(grams, add=False))

    def word(self, number: int) -> str:
        key = self._by_number[number]
        if key & self._ODD:
            return self._odd_words[key & ~self._ODD]
        letters = []
        while key:
            letters.append(chr(key & 0xFFF))
            key >>= self._BITS
        return "".join(letters)

    def freeze(self) -> None:
        """Move the n-grams numbered since the last call into the sorted arrays (after an
        index is built or loaded)."""
        with self._lock:
            if not self._new:
                return
            added = np.fromiter(self._new.keys(), dtype=np.uint64, count=len(self._new))
            numbers = np.fromiter(self._new.values(), dtype=np.int32, count=len(self._new))
            known, before = self._frozen
            keys = np.concatenate([known, added])
            order = np.argsort(keys, kind="stable")
            self._frozen = (keys[order], np.concatenate([before, numbers])[order])
            self._new = {}  # (after the arrays: a search in between finds each n-gram in one)


_SHIFTS = np.arange(Grams.WIDTH, dtype=np.uint64) * np.uint64(Grams._BITS)
GRAMS = Grams()  # the character n-grams (ngrams.py)
