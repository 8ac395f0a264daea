"""A town's name misspelt where the person says they live («живу в Горжові»: Gorzów; «I live in
Wroclw»): read, when the exact reading (cities.py) finds no town, as one letter away from the
town's own name (its Polish name, its Ukrainian and Russian ones, its everyday short name; not
GeoNames' other names, a part of a city, or a name that is an ordinary word too) in any case
the exact reading knows («Горжові»: «Гожові», Gorzów's «gozov» with «i»; one letter added or
dropped, as the script-neutral keys have it: «Wroclw», «Gniezo»). Only a word of six letters
or more, its first letter as typed, right after a preposition of place («в», «w», «in», «z»;
not «я люблю»: no Lublin), not in the instrumental after a «z» meaning "with" («z Chinami»;
spelt_words.yaml), in a message that says the
person lives or is there («я живу», «mieszkam», «I live», «we moved») or nothing but where they
are; two towns as close (Gorzów and Chorzów share a key) are told apart by the letters as
typed, or neither is taken. An ordinary word one letter from a town's form is no town
(«я живу в годині», Gdynia's; «mieszkam w leczeniu», Łęczna's): a word of the content or the
bot's texts that would be so read, in any of its cases (ordinary_words.yaml, written by
scripts/ordinary_words.py: its stem with a case ending, «годиною» too); what people do write
there (a country, a Ukrainian city, a dormitory, «w gminie») names no town either
(tests/features/office/test_misspelt_towns.py)."""

from __future__ import annotations

import functools
from collections.abc import Hashable, Sequence
from importlib import resources
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from bot.core import yamldata
from bot.features.office import instrumental
from bot.search import text as texts
from bot.search.name_cases import ENDINGS, VOWELS

SHORTEST = 6  # letters of a typed word (its key): a shorter one is too easily another word
EDITS = 1  # a letter added or dropped (not changed: «gminie» is not «Gdyni», «Gdynie»)
STEM = 4  # letters an ordinary word's stem keeps at least, its ending dropped («hodin»)

T = TypeVar("T", bound=Hashable)
Names = Sequence[tuple[tuple[str, ...], T]]


class Spelling(Generic[T]):
    """Names (a name's words, and what it names) in every case the exact reading knows, by
    their first letter and their number of words (built once)."""

    def __init__(self, names: Names[T]) -> None:
        self.names = names
        forms: dict[tuple[str, int], dict[str, T]] = {}
        for name, what in names:
            key = " ".join(texts.key(word) for word in name)
            stems = {key, *(key[: -len(v)] for v in VOWELS if key.endswith(v))}
            those = forms.setdefault((key[:1], len(name)), {})
            for stem in stems:
                for ending in ENDINGS:
                    those.setdefault(stem + ending, what)
        # each bucket's forms one string, split when a word is looked up (rarely: after a word
        # of place, no town read): ~11,000 short strings were ~0.7 MB kept for good
        self.forms = {at: ("\n".join(those), list(those.values())) for at, those in forms.items()}
        self.sizes = sorted({len(name) for name, _ in names})

    def closest(
        self, said: Sequence[str], at: int, *, any_word: bool = False
    ) -> tuple[T, int] | None:
        """What the words from `at` are a misspelling of, and how many words it took; None:
        nothing close enough, or two as close, or an ordinary word (unless `any_word`)."""
        found: dict[T, int] = {}
        for size in self.sizes:
            typed = " ".join(texts.key(word) for word in said[at : at + size])
            if len(said) - at < size or len(typed) < SHORTEST:
                continue
            if not any_word and any(ordinary(word) for word in said[at : at + size]):
                continue  # («година», «leczenie»: a word, not Gdynia or Łęczna misspelt)
            joined, owners = self.forms.get((typed[:1], size), ("", []))
            forms = joined.split("\n") if joined else []
            near = process.extract(
                typed, forms, scorer=Indel.distance, score_cutoff=EDITS, limit=None
            )
            for _, _, index in near:
                found[owners[index]] = size
        if len(found) > 1:  # (one key: Gorzów and Chorzów) the letters as typed, in its names
            alike = {
                what: likeness(said[at : at + n], what, self.names) for what, n in found.items()
            }
            found = {what: n for what, n in found.items() if alike[what] == max(alike.values())}
        return next(iter(found.items())) if len(found) == 1 else None


def likeness(typed: Sequence[str], what: T, names: Names[T]) -> float:
    """How alike the words as typed are to the closest of the names of `what` (0–100)."""
    said = texts.fold(" ".join(typed))
    its = (texts.fold(" ".join(name)) for name, named in names if named == what)
    return max((fuzz.ratio(said, name) for name in its), default=0.0)


def read_after(said: Sequence[str], at: int) -> bool:
    """Whether a misspelt town may be read at `at`: right after a preposition of place, and not
    a word in the instrumental after a «z» that means "with" («z Chinami», «з головою»;
    instrumental.py)."""
    if at == 0 or said[at - 1] not in instrumental.before():
        return False
    return not instrumental.said_with(said, at, at + 1)


def ordinary(word: str) -> bool:
    """Whether `word` is an ordinary word of the four languages one letter from a town's form
    («година», «годиною», «сколько», «leczeniem»): its stem is an ordinary word's."""
    return bool(_stems(texts.key(word.lower())) & _ordinary())


@functools.cache
def _ordinary() -> frozenset[str]:
    """The stems of ordinary_words.yaml's words."""
    source = resources.files("bot.features.office") / "ordinary_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8")) or {}
    words = (word for each in data.values() for word in each or ())
    return frozenset(stem for word in words for stem in _stems(texts.key(str(word).lower())))


def _stems(key: str) -> set[str]:
    """The key and what is left of it without a case ending (names.py's), if long enough."""
    cut = (key[: -len(end)] for end in ENDINGS if end and key.endswith(end))
    return {key, *(stem for stem in cut if len(stem) >= STEM)}
