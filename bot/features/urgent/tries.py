"""The danger phrases of one table kept as tries, and a message matched against them (words.py).

A table's ~1,200 lines stand for ~16,000 phrases once their choices are spelled out («(син/донька)
зник*»: two), and with the Ukrainian and Russian ones as Latin skeletons ~23,000: kept one object
each, with their word tuples, they were ~6 MB and ~0.5 s to build at start (docs/performance.md,
change 70). Phrases that start alike share the start here: a node is a word of a phrase, its
children the words that may follow it, and a phrase's end is a small tuple (`End`) kept once for
every phrase that ends alike. A node with no children is that tuple of ends alone.

Matching gives what matching each phrase alone gave: a phrase's next word is the first word
after the last one found that is it (between them only `skip` words and, unless the phrase is
`tight`, `OTHERS` other words, never a sentence's end), so the phrases that share a start find
its words at the same places, and a node's children are looked for in one pass over the words
after it (each child at its first place, as each phrase's own search found it).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from bot.features.urgent.reading import Words

# other words that may stand between two of a phrase's words (besides `skip` words and
# possessives): «мене вчора знову побив», «сын ушел из дома и не вернулся»
OTHERS = 2
GAP = "_"  # in a phrase: any number of other words here (never the end of a sentence)

# a phrase's end: (at_end, unless, lang): "$", the words that cancel it after it ("|"), the
# language it is listed under
End = tuple[bool, frozenset[str], str]
Ends = tuple[End, ...]


@dataclass(frozen=True, slots=True)
class Node:
    exact: dict[str, Node | Ends]  # the next words (whole)
    prefixed: tuple[tuple[str, Node | Ends], ...]  # the next words ending in "*", without it
    starts: tuple[str, ...]  # `prefixed`'s words, for one `startswith`
    ends: Ends  # the phrases that end here


@dataclass(frozen=True, slots=True)
class Table:
    # a phrase's first word: the nodes it starts (each with the other words allowed between
    # its words: `OTHERS`, or 0 for a tight one)
    first: dict[str, tuple[tuple[int, Node | Ends], ...]]
    # the first words ending in "*" (without it), by their first two letters (a word's first two
    # letters: the few whose start it may be); those shorter
    prefixed: dict[str, tuple[tuple[str, int, Node | Ends], ...]]
    short: tuple[tuple[str, int, Node | Ends], ...]
    skip: frozenset[str]
    negated: frozenset[str]  # the words a negation stands before in some phrase


# a phrase while a table is built: its words, whether tight ("$" or "^": only `skip` words
# between its words), its end
Phrase = tuple[tuple[str, ...], bool, End]
_Building = dict[str, tuple[dict, set[End]]]  # type: ignore[type-arg]
_NO_ENDS: frozenset[End] = frozenset()


def build(phrases: Iterable[Phrase], skip: frozenset[str], negated: frozenset[str]) -> Table:
    """The table of these phrases (the same phrase twice is kept once)."""
    roots: dict[bool, _Building] = {False: {}, True: {}}
    for words, tight, end in phrases:
        level = roots[tight]
        for word in words[:-1]:
            below = level.get(word)
            if below is None:
                below = level[word] = ({}, set())
            level = below[0]
        below = level.get(words[-1])
        if below is None:
            below = level[words[-1]] = ({}, set())
        below[1].add(end)
    kept: dict[object, object] = {}  # (equal end tuples and their «unless» sets kept once)
    first: dict[str, list[tuple[int, Node | Ends]]] = {}
    prefixed = []
    for tight, level in roots.items():
        allowed = 0 if tight else OTHERS
        for word, (children, ends) in level.items():
            node = _frozen(children, ends, kept)
            if word.endswith("*"):
                prefixed.append((word[:-1], allowed, node))
            else:
                first.setdefault(word, []).append((allowed, node))
    near: dict[str, list[tuple[str, int, Node | Ends]]] = {}
    for one in prefixed:
        if len(one[0]) >= 2:
            near.setdefault(one[0][:2], []).append(one)
    return Table(
        {word: tuple(nodes) for word, nodes in first.items()},
        {two: tuple(starts) for two, starts in near.items()},
        tuple(one for one in prefixed if len(one[0]) < 2),
        skip,
        negated,
    )


def _frozen(children: _Building, ends: set[End], kept: dict[object, object]) -> Node | Ends:
    key = ("ends", frozenset(ends))
    frozen: Ends = kept.get(key)  # type: ignore[assignment]
    if frozen is None:
        frozen = kept[key] = tuple(
            (at_end, kept.setdefault(("unless", unless), unless), lang)
            for at_end, unless, lang in ends
        )
    if not children:
        return frozen
    exact = {}
    prefixed = []
    for word, (below, below_ends) in children.items():
        node = _frozen(below, below_ends, kept)
        if word.endswith("*"):
            prefixed.append((word[:-1], node))
        else:
            exact[word] = node
    # a node like one made already is that one (the phrases that end alike share their ends)
    shape = (tuple((w, id(n)) for w, n in exact.items()), tuple((w, id(n)) for w, n in prefixed))
    same = kept.get((shape, id(frozen)))
    if same is None:
        starts = tuple(dict.fromkeys(word for word, _ in prefixed))
        same = kept[shape, id(frozen)] = Node(exact or _NO_WORDS, tuple(prefixed), starts, frozen)
    return same  # type: ignore[return-value]


_NO_WORDS: dict[str, Node | Ends] = {}


def phrases(table: Table) -> Iterator[Phrase]:
    """Every phrase of `table` (to spell them otherwise: latin.py's skeletons)."""
    for word, nodes in table.first.items():
        for allowed, node in nodes:
            yield from _below((word,), allowed == 0, node)
    for start, allowed, node in (*itertools.chain(*table.prefixed.values()), *table.short):
        yield from _below((start + "*",), allowed == 0, node)


def _below(words: tuple[str, ...], tight: bool, node: Node | Ends) -> Iterator[Phrase]:
    ends = node if isinstance(node, tuple) else node.ends
    for end in ends:
        yield words, tight, end
    if isinstance(node, Node):
        for word, below in node.exact.items():
            yield from _below((*words, word), tight, below)
        for start, below in node.prefixed:
            yield from _below((*words, start + "*"), tight, below)


# whether the words at these places are a figure of speech, not danger (figures.py)
Figure = Callable[[Words, list[int]], bool]


class _Match:
    """One message matched against one table: where the words of the phrases said stand."""

    def __init__(
        self, table: Table, message: Words, figure: Figure, every: bool, langs: set[str] | None
    ):
        self.table, self.message, self.figure = table, message, figure
        self.every, self.langs = every, langs
        self.said: set[int] = set()

    def all(self) -> set[int]:
        first, near, short = self.table.first, self.table.prefixed, self.table.short
        for at, word in enumerate(self.message.words):
            for allowed, node in first.get(word, ()):
                if self._walk(node, [at], allowed):
                    return self.said
            for start, allowed, node in near.get(word[:2], ()) + short:
                if word.startswith(start) and self._walk(node, [at], allowed):
                    return self.said
        return self.said

    def _walk(
        self, node: Node | Ends, positions: list[int], allowed: int, gap: bool = False
    ) -> bool:
        """The phrases below `node`, its word found at `positions[-1]`; True: stop (one is
        said, and `every` is not asked); `gap`: any number of other words before the next."""
        if isinstance(node, tuple):
            return self._ended(node, positions)
        if node.ends and self._ended(node.ends, positions):
            return True
        after_gap = node.exact.get(GAP)  # («(пішла/ушла) _ нигде нет»: a «_» in a phrase)
        if after_gap is not None and self._walk(after_gap, positions, allowed, gap=True):
            return True
        message = self.message
        words, sentence_end, skip = message.words, message.sentence_end, self.table.skip
        exact, prefixed, starts = node.exact, node.prefixed, node.starts
        seen: set[object] = set()  # (a child is found at its first place only)
        others = 0
        step = positions[-1] + 1
        while step < len(words) and not sentence_end[step - 1]:
            word = words[step]
            below = exact.get(word)
            if below is not None and word not in seen:
                seen.add(word)
                if self._walk(below, [*positions, step], allowed):
                    return True
            if prefixed and word.startswith(starts):
                for at, (start, below) in enumerate(prefixed):
                    if at not in seen and word.startswith(start):
                        seen.add(at)
                        if self._walk(below, [*positions, step], allowed):
                            return True
            if word not in skip and not word.isdigit():  # («винні їм 3000 євро»)
                others += 1
                if others > allowed and not gap:
                    return False
            step += 1
        return False

    def _ended(self, ends: Ends, positions: list[int]) -> bool:
        """The phrases ending at `positions[-1]` that are said there (their clause ends where
        "$" asks it; no word of their "|" after them), unless a figure of speech."""
        message = self.message
        words, clause_end, skip = message.words, message.clause_end, self.table.skip
        after = positions[-1] + 1  # the next word of its clause that is not a particle
        while after < len(words) and not clause_end[after - 1] and words[after] in skip:
            after += 1
        closed = after == len(words) or clause_end[after - 1]
        said = [end for end in ends if closed or not end[0] and words[after] not in end[1]]
        if not said or self.figure(message, positions):
            return False
        self.said.update(positions)
        if self.langs is not None:
            self.langs.update(end[2] for end in said)
        return not self.every


def said(
    table: Table, message: Words, figure: Figure, *, every: bool, langs: set[str] | None
) -> set[int]:
    """Where the words of the phrases of `table` that `message` says stand (the first one's
    only, unless `every`); the languages of those phrases added to `langs`."""
    return _Match(table, message, figure, every, langs).all()
