"""Typo corrections: a question word no document has, matched to a word of the content that is
written almost the same («pessel» -> «pesel», «zamieldowanie» -> «zameldowanie»)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from bot.search.tuning import FUZZY_CUTOFF, FUZZY_MIN_LEN


class Typos:
    """The content's words by shape (first letter, length): a word is compared with those of
    its first letter and a length within two of its own only."""

    def __init__(self, features: Iterable[str] = ()) -> None:
        """`features`: an index's; its word keys ("k:...") long enough to be corrected to."""
        by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
        for feature in features:
            if feature.startswith("k:") and len(feature) - 2 >= FUZZY_MIN_LEN:
                k = feature[2:]
                by_shape[(k[0], len(k))].append(k)
        # by first letter, then by length: the words of a shape one string, split when a word
        # is corrected (docs/performance.md, change 50: ~28,000 strings and a tuple per shape
        # in every index were ~3 MB kept for good; a split costs far less than the matching)
        longest = max((size for _, size in by_shape), default=0)
        rows: dict[str, list[str]] = {}
        for (first, size), words in by_shape.items():
            rows.setdefault(first, [""] * (longest + 1))[size] = "\n".join(words)
        self._by_shape = {first: tuple(row) for first, row in rows.items()}

    def correct(self, keys: Iterable[str], features: dict[str, float]) -> None:
        """Add to `features` the content word each of a word's `keys` is a typo of, weighed by
        how close it is."""
        for k in keys:
            if len(k) < FUZZY_MIN_LEN or k.isdigit():
                continue
            row = self._by_shape.get(k[0], ())
            candidates: list[str] = []
            for size in range(max(len(k) - 2, 0), min(len(k) + 3, len(row))):
                if row[size]:
                    candidates += row[size].split("\n")
            found = process.extractOne(k, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if found:
                feature = "k:" + found[0]
                weight = 0.9 - 3 * (100 - found[1]) / 100  # 1 typo: in 6 letters 0.4, in 10 0.6
                features[feature] = max(features.get(feature, 0.0), weight)
