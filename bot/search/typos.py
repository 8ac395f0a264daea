"""Typo corrections: a question word no document has, matched to a word of the content that is
written almost the same («pessel» -> «pesel», «zamieldowanie» -> «zameldowanie»)."""

from __future__ import annotations

import sys
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
                k = sys.intern(feature[2:])  # one string for the topics' and parts' indexes
                by_shape[(k[0], len(k))].append(k)
        self._by_shape = {shape: tuple(words) for shape, words in by_shape.items()}

    def correct(self, keys: Iterable[str], features: dict[str, float]) -> None:
        """Add to `features` the content word each of a word's `keys` is a typo of, weighed by
        how close it is."""
        for k in keys:
            if len(k) < FUZZY_MIN_LEN or k.isdigit():
                continue
            candidates = [
                c
                for size in range(len(k) - 2, len(k) + 3)
                for c in self._by_shape.get((k[0], size), ())
            ]
            found = process.extractOne(k, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if found:
                feature = "k:" + found[0]
                weight = 0.9 - 3 * (100 - found[1]) / 100  # 1 typo: in 6 letters 0.4, in 10 0.6
                features[feature] = max(features.get(feature, 0.0), weight)
