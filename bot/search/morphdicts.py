"""pymorphy3's dictionaries held more compactly once loaded (docs/performance.md, change 50).

Each dictionary keeps its ~15,000 paradigm suffixes as a list of short strings (~90 bytes
each as Cyrillic `str` objects: 1.5 MB for Russian, 1.3 for Ukrainian). Here they are one
string and where each suffix starts in it (~0.4 MB for both); pymorphy3 only ever reads a
suffix by its number (`Dictionary.build_stem`, `build_normal_form`, `build_paradigm_info`),
which now slices it out: the same text, so the same parses.

Its ~8,500 paradigms (3,456 Russian, 5,008 Ukrainian) were each an `array("H")` of their own:
1.28 MB of numbers in 2.12 MB (an array object and a block of the C heap each). `reading` has
pymorphy3 read them as one array of the file's numbers and where each paradigm lies in it (~1.3
MB), not converted afterwards (the freed arrays would leave their holes in the heap). pymorphy3
reads a paradigm by its number and then its numbers by place and its length (`len`, `[i]`),
which a `memoryview` slice of the one array gives alike: the same numbers, so the same parses
(docs/performance.md, change 79).
"""

from __future__ import annotations

import contextlib
import sys
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

from pymorphy3.opencorpora_dict import storage


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


class Paradigms:
    """pymorphy3's list of paradigms (`array("H")` each), read only: `paradigms[i]` (i >= 0) as
    a `memoryview` of the same numbers, `len`."""

    __slots__ = ("_numbers", "_starts")

    def __init__(self, path: str) -> None:
        """Read from pymorphy3's `paradigms.array`: little-endian 16-bit numbers, the count of
        paradigms, then each paradigm's length and its numbers (storage._load_paradigms)."""
        numbers = array("H")
        with open(path, "rb") as file:
            numbers.frombytes(file.read())
        if sys.byteorder == "big":
            numbers.byteswap()
        starts, at = array("i"), 1
        for _ in range(numbers[0]):
            starts.append(at + 1)
            at += 1 + numbers[at]
        starts.append(at + 1)
        self._numbers = memoryview(numbers)
        self._starts = starts

    def __getitem__(self, number: int) -> memoryview:
        if number < 0:
            number += len(self)
        return self._numbers[self._starts[number] : self._starts[number + 1] - 1]

    def __len__(self) -> int:
        return len(self._starts) - 1


@contextlib.contextmanager
def reading() -> Iterator[None]:
    """pymorphy3's dictionaries loaded within the block read their paradigms as `Paradigms`."""
    read = storage._load_paradigms
    storage._load_paradigms = Paradigms
    try:
        yield
    finally:
        storage._load_paradigms = read


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
