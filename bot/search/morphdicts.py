"""pymorphy3's dictionaries held more compactly once loaded (docs/performance.md, change 50).

Each dictionary keeps its ~15,000 paradigm suffixes as a list of short strings (~90 bytes
each as Cyrillic `str` objects: 1.5 MB for Russian, 1.3 for Ukrainian). Here they are one
string and where each suffix starts in it (~0.4 MB for both); pymorphy3 only ever reads a
suffix by its number (`Dictionary.build_stem`, `build_normal_form`, `build_paradigm_info`),
which now slices it out: the same text, so the same parses.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from typing import Any


class Suffixes:
    """A list of strings, read only: `suffixes[i]` as the list's `i`-th (i >= 0), `len`."""

    __slots__ = ("_starts", "_text")

    def __init__(self, suffixes: Iterable[str]) -> None:
        starts = array("i", [0])
        parts = []
        for suffix in suffixes:
            parts.append(suffix)
            starts.append(starts[-1] + len(suffix))
        self._text = "".join(parts)
        self._starts = starts

    def __getitem__(self, number: int) -> str:
        if number < 0:  # (pymorphy3 numbers them from 0 only; a list would count from the end)
            number += len(self)
        return self._text[self._starts[number] : self._starts[number + 1]]

    def __len__(self) -> int:
        return len(self._starts) - 1


def compact(morph: Any) -> None:  # noqa: ANN401 - pymorphy3's MorphAnalyzer
    """Hold `morph`'s dictionary's suffixes as `Suffixes` (its loaded data's copy too)."""
    dictionary = morph.dictionary
    if isinstance(dictionary.suffixes, Suffixes):
        return
    suffixes = Suffixes(dictionary.suffixes)
    dictionary.suffixes = suffixes
    data = getattr(dictionary, "_data", None)
    if data is not None and hasattr(data, "_replace"):  # (a namedtuple: LoadedDictionary)
        dictionary._data = data._replace(suffixes=suffixes)
