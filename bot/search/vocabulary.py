"""Strings -> numbers, one table per process shared by every index.

An office network has an index per office, and most of their words (the shared topics') are the
same: each index keeps its postings and n-grams in numpy arrays indexed by these numbers, and the
strings themselves, with a dict entry each, exist once in the process, not once per office
(docs/performance.md). The numbers differ between processes, so a pickled index stores its
strings and is renumbered when loaded (indexcache.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterable


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
GRAMS = Vocabulary()  # the character n-grams (ngrams.py)
