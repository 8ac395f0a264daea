"""Which services a typed question names (listing.py's `matching`, offer.py offers them under
its answer): by a keyword or title within the question, allowing a typo; a short one as a whole
word; by the words of a longer one in other forms (forms.py), or in Latin letters."""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import chain

from rapidfuzz import fuzz, process

from bot.features.services import forms
from bot.search import Searcher
from bot.settings.catalogue import Service

MATCH = 88  # rapidfuzz partial ratio of a keyword within the question (0-100)
MIN_KEYWORD = 4  # shorter keywords must match as whole words


def fold(text: str) -> str:
    """Lower case, Latin letters without diacritics (ł -> l); other scripts unchanged."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def named_in(services: list[Service], text: str, searcher: Searcher | None = None) -> list[Service]:
    """`services` that `text` names, in their order."""
    return [service for service, _ in found_in(services, text, searcher)]


def found_in(
    services: list[Service], text: str, searcher: Searcher | None
) -> list[tuple[Service, int]]:
    """`services` that `text` names, each with the length of the longest of its names found: a
    short keyword as a whole word, a longer one (or a title) within the text, allowing a typo
    (rapidfuzz partial ratio, all of a service's names in one call: every question goes through
    this, on the event loop), or each of a name's words in another form («translator» for
    «translation»: forms.py, with the search's index, when there is one). A longer name is
    scored only if the question has enough of its three-letter sequences to match (`_needed`):
    the partial ratio of ~100 names took 0.12 ms a question, the most of a question's turn."""
    if not services:
        return []
    in_forms = forms.asked(searcher, text) if searcher is not None else None
    latin = forms.latin_keys(text)  # («nuzhen yurist»: «юрист» in Latin letters)
    question = fold(text)
    words = set(question.split())
    every = _all(services)  # (the long names of them all scored in one call)
    near = _near(every, question, _trigrams(question)) if len(question) >= MIN_KEYWORD else []
    matched = process.extract(
        question, [every.names[at][0] for at in near], scorer=fuzz.partial_ratio,
        score_cutoff=MATCH, limit=None,
    )  # fmt: skip
    longest = [0] * len(services)
    for key, _, at in matched:
        place = every.names[near[at]][2]
        if len(key) > longest[place] and _whole(key, question):
            longest[place] = len(key)
    found = []
    for place, service in enumerate(services):
        most = max([longest[place], *(len(key) for key in _keys(service)[0] & words)])
        if searcher is not None and in_forms is not None:
            most = max(most, forms.longest_named(searcher, service, in_forms))
        if latin is not None:
            most = max(most, forms.spelled_latin(service, latin))
        if most:
            found.append((service, most))
    return found


def _whole(key: str, question: str) -> bool:
    """A name matched with a typo, not with a word of it left out: «go with me» is not in «can my
    wife come to Poland with me» (its « with me» alone scored the match; tester 35). A question
    no longer than the name is matched within it (a name cut short): as it was."""
    if len(question) <= len(key):
        return True
    found = fuzz.partial_ratio_alignment(key, question)
    return found is None or found.dest_end - found.dest_start >= len(key) - max(1, len(key) // 10)


def _near(every: _Names, question: str, grams: frozenset[str]) -> list[int]:
    """The long names with enough of their trigrams in the question to reach MATCH (`_needed`),
    and those longer than the question (matched within the name: always scored), in their
    order; counted from the question's trigrams, not name by name (~100 names a service, ~0.4
    ms a question). (A question too short to name a long one is not asked here: «ок» is in
    «документ».)"""
    at_gram, names = every.at_gram, every.names
    hits = Counter(chain.from_iterable(at_gram[g] for g in grams & at_gram.keys()))
    chosen = {at for at, count in hits.items() if count >= names[at][1]}
    chosen.update(every.always)
    for length, at in every.by_length:  # (the longest first)
        if length <= len(question):
            break
        chosen.add(at)
    return sorted(chosen)


def _trigrams(text: str) -> frozenset[str]:
    return frozenset(text[at : at + 3] for at in range(len(text) - 2))


def _needed(key: str) -> int:
    """How many of `key`'s trigrams a text must have for the key to reach MATCH within it. A
    partial ratio of MATCH allows an edit distance (insertions and deletions) of
    2 × (1 - MATCH / 100) × its length, each edit breaks at most three of the key's trigram
    positions, and one trigram may fill several positions."""
    positions = len(key) - 2
    left = positions - 3 * math.floor(2 * (100 - MATCH) / 100 * len(key))
    most = max(Counter(key[at : at + 3] for at in range(positions)).values(), default=1)
    return max(0, -(-left // most))


_Long = tuple[str, frozenset[str], int]  # a name of MIN_KEYWORD letters or more, trigrams, need
_KEYS: dict[int, tuple[Service, frozenset[str], list[_Long]]] = {}


def _keys(service: Service) -> tuple[frozenset[str], list[_Long]]:
    """A service's keywords and titles folded once, not on every question: the short ones
    (whole words only) and the others, each with its trigrams and how many a text needs."""
    kept = _KEYS.get(id(service))
    if kept is None or kept[0] is not service:
        keys = [fold(name) for name in forms.for_others(forms.names(service))]
        short_keys = frozenset(k for k in keys if len(k) < MIN_KEYWORD)
        long_keys = [
            (k, _trigrams(k), _needed(k))
            for k in dict.fromkeys(k for k in keys if len(k) >= MIN_KEYWORD)
        ]
        kept = _KEYS[id(service)] = (service, short_keys, long_keys)
    return kept[1], kept[2]


@dataclass(frozen=True)
class _Names:
    """The long names of a list of services, to be scored in one call: each name with the
    trigrams a text needs and its service's place; where each trigram is (the names' places),
    the names any text matches, the names' (length, place) longest first."""

    services: tuple[Service, ...]
    names: list[tuple[str, int, int]]
    at_gram: dict[str, list[int]]
    always: list[int]
    by_length: list[tuple[int, int]]


_ALL: dict[tuple[int, ...], _Names] = {}
_LISTS = 64  # lists of services kept (an office's, its courses, its children's courses ...)


def _all(services: list[Service]) -> _Names:
    key = tuple(map(id, services))
    kept = _ALL.get(key)
    if kept is None or any(
        was is not one for was, one in zip(kept.services, services, strict=True)
    ):
        if len(_ALL) >= _LISTS:
            _ALL.clear()
        names: list[tuple[str, int, int]] = []
        at_gram: dict[str, list[int]] = {}
        for place, service in enumerate(services):
            for name, grams, need in _keys(service)[1]:
                for gram in grams:
                    at_gram.setdefault(gram, []).append(len(names))
                names.append((name, need, place))
        always = [at for at, (_, need, _) in enumerate(names) if need <= 0]
        by_length = sorted(((len(n), at) for at, (n, _, _) in enumerate(names)), reverse=True)
        kept = _ALL[key] = _Names(tuple(services), names, at_gram, always, by_length)
    return kept
