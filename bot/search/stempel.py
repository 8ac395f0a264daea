"""The Polish stemmer (pystempel's, the original 20,000-word table) with its table in arrays.

pystempel reads the table into ~7,000 sorted dicts of 120,000 cell objects (31 MB of resident
memory); the stemmer only ever looks a letter up in a row for the cell's command and the next
row. Here each of its tries keeps the rows' letters in one string and the cells' command and
next row in two arrays (~1.5 MB instead of the 10 MB of the slotted, shared cells this replaced:
docs/performance.md, change 35), read straight from the table's bytes in ~30 ms (pystempel
reads it in 0.3 s), so it needs no cache file. pystempel's MultiTrie2 still walks the tries and
applies the patch, so the stems are the same (tests/search/test_wordcache.py compares them word
by word).
"""

from __future__ import annotations

import functools
import gzip
import struct
from array import array
from importlib import resources

from bot.lazy_imports import pystempel_without_tqdm

with pystempel_without_tqdm():  # the progress bar of pystempel's reader, which is not used
    from pystempel import Stemmer
    from pystempel.egothor import MultiTrie2

_CELL = struct.Struct(">H4i")  # a letter, then the cell's cmd, cnt, ref and skip (Java order)
_INT = struct.Struct(">i")


class Trie:
    """One of a MultiTrie2's tries: row r's cells are at [starts[r], starts[r + 1]) of `letters`,
    `commands` (a number in `cmds`, or -1) and `refs` (the next row, or -1)."""

    __slots__ = ("cmds", "commands", "forward", "letters", "refs", "root", "starts")

    def __init__(self, forward: bool, root: int, cmds: list[str]) -> None:
        self.forward, self.root, self.cmds = forward, root, cmds
        self.starts = array("i", [0])
        self.letters = ""
        self.commands = array("i")
        self.refs = array("i")

    def _cell(self, row: int, letter: str) -> int:
        """Where `letter`'s cell of `row` is, or -1."""
        return self.letters.find(letter, self.starts[row], self.starts[row + 1])

    def get_last_on_path(self, key: str) -> str | None:
        """= pystempel's Trie.get_last_on_path: the command stored last on the path of `key`."""
        last = None
        row = self.root
        if not self.forward:
            key = key[::-1]
        for letter in key[:-1]:
            at = self._cell(row, letter)
            if at < 0:
                return last
            if self.commands[at] >= 0:
                last = self.cmds[self.commands[at]]
            row = self.refs[at]
            if row < 0:
                return last
        at = self._cell(row, key[-1])
        return self.cmds[self.commands[at]] if at >= 0 and self.commands[at] >= 0 else last


class _Reader:
    """The table's bytes as Java's DataOutputStream wrote them (pystempel's format)."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def int(self) -> int:
        (value,) = _INT.unpack_from(self.data, self.at)
        self.at += 4
        return int(value)

    def boolean(self) -> bool:
        self.at += 1
        return self.data[self.at - 1] != 0

    def utf(self) -> str:
        length = int.from_bytes(self.data[self.at : self.at + 2], "big")
        self.at += 2 + length
        return self.data[self.at - length : self.at].decode("utf-8")

    def trie(self) -> Trie:
        forward, root = self.boolean(), self.int()
        trie = Trie(forward, root, [self.utf() for _ in range(self.int())])
        letters: list[str] = []
        for _ in range(self.int()):
            count = self.int()
            end = self.at + count * _CELL.size
            for letter, cmd, _cnt, ref, _skip in _CELL.iter_unpack(self.data[self.at : end]):
                letters.append(chr(letter))
                trie.commands.append(cmd)
                trie.refs.append(ref)
            self.at = end
            trie.starts.append(len(letters))
        trie.letters = "".join(letters)
        return trie


def compact(data: bytes) -> Stemmer:
    """The stemmer of pystempel's table `data` (uncompressed)."""
    read = _Reader(data)
    if "M" not in read.utf().upper():
        raise ValueError("not a MultiTrie2 table")  # (pystempel's tables all are)
    multi = MultiTrie2(read.boolean())
    multi.BY = read.int()
    multi.tries = [read.trie() for _ in range(read.int())]
    return Stemmer(multi)


@functools.cache
def polish() -> Stemmer:
    """The stemmer of pystempel's table (~30 ms), read once: the analyzer and the verbs' check
    (spellings.py) share it (~1.2 MB; it keeps no state between words: `Trie` and pystempel's
    MultiTrie2 and patch work on the word's own copies)."""
    table = resources.files("pystempel.data.original") / "stemmer_20000.tbl.gz"
    return compact(gzip.decompress(table.read_bytes()))


def stem(stemmer: Stemmer, token: str) -> str | None:
    """The stem of `token`, or None where the table has none (or the input is odd for it)."""
    try:
        found: str | None = stemmer(token)
        return found
    except (IndexError, KeyError, ValueError):
        return None
