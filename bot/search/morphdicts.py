"""pymorphy3's dictionaries read more compactly (docs/performance.md, changes 50 and 79).

Each dictionary keeps its ~15,000 paradigm suffixes as a list of short strings (~90 bytes
each as Cyrillic `str` objects: 1.5 MB for Russian, 1.3 for Ukrainian). Here they are one
string and where each suffix starts in it (~0.4 MB for both); pymorphy3 only ever reads a
suffix by its number (`Dictionary.build_stem`, `build_normal_form`, `build_paradigm_info`),
which now slices it out: the same text, so the same parses.

Its ~8,500 paradigms (3,456 Russian, 5,008 Ukrainian) were each an `array("H")` of their own:
1.28 MB of numbers in 2.12 MB (an array object and a block of the C heap each). Here they are
one array of the file's numbers and where each paradigm lies in it (~1.3 MB); pymorphy3 reads
a paradigm by its number and then its numbers by place and its length (`len`, `[i]`), which a
`memoryview` slice of the one array gives alike: the same numbers, so the same parses.

Both are made as the dictionary is read (`reading`), not converted afterwards: the objects
freed by a conversion leave their holes among the dictionaries' (~1 MB of resident memory for
the suffixes, ~3 for the paradigms, measured in one process).

The predictor's suffix dictionaries (`prediction-suffixes-*.dawg`, 9.1 MB for both languages)
are read only for a word neither dictionary knows (a misspelling, a name), yet DAWG2 reads each
whole into the heap. Here they are mapped from their files and read by DAWG2-Python, DAWG2's
reader written in Python (the same lookups: `MappedSuffixes`): a page of the file is resident
once a word needed it, and the system may drop it again (docs/performance.md, change 80).
"""

from __future__ import annotations

import contextlib
import mmap
import os
import struct
import sys
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

import dawg_python
from dawg_python import wrapper
from pymorphy3 import dawg
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


class MappedSuffixes(dawg_python.RecordDAWG):  # type: ignore[misc]
    """pymorphy3's `PredictionSuffixesDAWG` (a word's ending -> count, paradigm, form) read by
    DAWG2-Python from the file mapped in memory, not copied: the dictionary's units and its
    guide as `memoryview`s of the file, which DAWG2-Python reads as it reads its arrays (by
    place). The same file format and the same walk as DAWG2's, so the same predictions."""

    DATA_FORMAT = dawg.PredictionSuffixesDAWG.DATA_FORMAT

    def __init__(self) -> None:
        super().__init__(self.DATA_FORMAT)

    def load(self, path: str) -> MappedSuffixes:
        with open(path, "rb") as file:
            mapped = memoryview(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ))
        # the file: the units' count and the units (32-bit, the machine's byte order), then the
        # guide's count and its pairs of bytes (dawg_python.wrapper's `read`)
        (units,) = struct.unpack_from("=I", mapped, 0)
        at = 4 + 4 * units
        (guide,) = struct.unpack_from("=I", mapped, at)
        self.dct = wrapper.Dictionary()
        self.dct._units = mapped[4:at].cast("I")
        self.guide = wrapper.Guide()
        self.guide._units = mapped[at + 4 : at + 4 + 2 * guide]
        return self


@contextlib.contextmanager
def reading() -> Iterator[None]:
    """pymorphy3's dictionaries loaded within the block read their suffixes as `Suffixes`,
    their paradigms as `Paradigms` and their predictor's suffix dictionaries as
    `MappedSuffixes` (its `storage` module's readers swapped meanwhile)."""
    read_json, read_paradigms = storage.json_read, storage._load_paradigms
    read_predictions = dawg.PredictionSuffixesDAWG

    def json_read(path: str, **options: Any) -> Any:  # noqa: ANN401 - JSON
        found = read_json(path, **options)
        return Suffixes(found) if os.path.basename(path) == "suffixes.json" else found

    storage.json_read, storage._load_paradigms = json_read, Paradigms
    dawg.PredictionSuffixesDAWG = MappedSuffixes
    try:
        yield
    finally:
        storage.json_read, storage._load_paradigms = read_json, read_paradigms
        dawg.PredictionSuffixesDAWG = read_predictions
