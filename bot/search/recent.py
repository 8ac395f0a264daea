"""A cache of what questions bring, bounded: the words people type never end (typos, names,
whole sentences in no language), and a cache of every one of them is memory lost for good:
20,000 questions of three new words each had grown the bot by 85 MB (docs/performance.md,
change 37). The content's own words, analysed while an index is built, are kept apart and in
full (morph.Analyzer.words)."""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

QUESTION_WORDS = 2048  # words a cache keeps in each of its two generations


class Recent(Generic[K, V]):
    """The entries used lately, at most 2 × `size`: new entries go into the current generation;
    when it is full it becomes the old one, and the old one is dropped; an entry found in the
    old generation moves into the current one. A lookup is a dict lookup or two. Threads may
    share one (the search's two): at worst an entry is found again."""

    __slots__ = ("new", "old", "size")

    def __init__(self, size: int = QUESTION_WORDS, entries: dict[K, V] | None = None) -> None:
        """`entries`: the first generation (the content's words a build found, say)."""
        self.size = size
        self.new: dict[K, V] = entries if entries is not None else {}
        self.old: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        found = self.new.get(key)
        if found is None:
            found = self.old.get(key)
            if found is not None:
                self[key] = found
        return found

    def __setitem__(self, key: K, value: V) -> None:
        if len(self.new) >= self.size:
            self.old, self.new = self.new, {}
        self.new[key] = value

    def __len__(self) -> int:
        return len(self.new) + len(self.old)

    def __getstate__(self) -> int:
        """Pickled empty: an index written to the search's cache files (indexcache.py) holds
        no word anyone typed; what a question needs is found again."""
        return self.size

    def __setstate__(self, size: int) -> None:
        self.size, self.new, self.old = size, {}, {}
