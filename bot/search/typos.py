"""Typo corrections: a question word no document has, matched to a word of the content that is
written almost the same («pessel» -> «pesel», «zamieldowanie» -> «zameldowanie»)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from bot.search.tuning import FUZZY_CUTOFF, FUZZY_MIN_LEN, SKELETON, SKELETON_MIN


class Typos:
    """The content's words by shape (first letter, length): a word is compared with those of
    its first letter and a length within two of its own only."""

    def __init__(self, features: Iterable[str] = ()) -> None:
        """`features`: an index's; its word keys ("k:...") long enough to be corrected to."""
        by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
        for feature in features:
            if feature.startswith("k:") and len(feature) - 2 > SKELETON_MIN:
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

    def correct(self, keys: Iterable[str], features: dict[str, float], bare: bool = False) -> None:
        """Add to `features` the content word each of a word's `keys` is a typo of, weighed by
        how close it is; `bare`: a word typed without its vowels («wrk», «dcmnts»), the content
        words written with these consonants (SKELETON)."""
        for k in keys:
            if bare and len(k) >= SKELETON_MIN:
                self._skeleton(k, features)
            if len(k) < FUZZY_MIN_LEN or k.isdigit():
                continue
            row = self._by_shape.get(k[0], ())
            candidates: list[str] = []  # (the words of four letters are the skeletons' only)
            for size in range(max(len(k) - 2, FUZZY_MIN_LEN), min(len(k) + 3, len(row))):
                if row[size]:
                    candidates += row[size].split("\n")
            found = process.extractOne(k, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if found:
                feature = "k:" + found[0]
                weight = 0.9 - 3 * (100 - found[1]) / 100  # 1 typo: in 6 letters 0.4, in 10 0.6
                features[feature] = max(features.get(feature, 0.0), weight)

    def _skeleton(self, k: str, features: dict[str, float]) -> None:
        """The content words (their keys) a word typed without vowels is («vrk»: «vork», work):
        of its first letter, the shortest with its consonants, when at most two are."""
        row = self._by_shape.get(k[0], ())
        for size in range(len(k) + 1, min(2 * len(k) + 3, len(row))):
            found = [w for w in row[size].split("\n") if _consonants(w) == k] if row[size] else []
            if found:  # (the fewest vowels put back: «vrk» is «vork», not «virok»)
                for word in found[:2] if len(found) <= 2 else ():
                    features["k:" + word] = max(features.get("k:" + word, 0.0), SKELETON)
                return


def _consonants(key: str) -> str:
    """A word's key without its vowels, a doubled letter once («vork» -> «vrk»)."""
    bare = [c for c in key if c not in "aeiouy"]
    return "".join(c for at, c in enumerate(bare) if at == 0 or bare[at - 1] != c)
