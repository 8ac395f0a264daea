"""How the content names its topics and writes its words.

`Names`: a topic's own names (the parts of its titles and the keywords made of their words, in
every language: `own_names`) found whole in a message.

"pesel for my kid" names PESEL, even where topics with examples about kids score higher; a
named topic is always among the candidates shown (searcher.py). A name counts as found when
every one of its words is in the message as itself, its lemma or its stem (not a prefix, a
typo correction or a guess).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from bot.search import text
from bot.search.tuning import SHORT_WORD

STRONG = 0.9  # a word, lemma, stem or transliterated lemma; not a prefix or a correction
# a title's parts: "Legal stay, visas, karta pobytu", "Health insurance (NFZ)", "ZUS: L4, ..."
_TITLE_PARTS = re.compile(r"[(),:;/]")


def own_names(fields: list[tuple[str, str]], words: Callable[[str], list[str]]) -> list[list[str]]:
    """A topic's own names, each as its content words: each part of a title ("Legal stay,
    visas, karta pobytu") and each keyword all of whose words some title has ("pesel ukr",
    "zameldowanie"); compared by spelling-neutral keys."""
    titles = [v for f, v in fields if f == "title"]
    names = [words(part) for title in titles for part in _TITLE_PARTS.split(title)]
    own = {k for name in names for w in name for k in text.keys(w)}
    for field, value in fields:
        keyword = words(value) if field == "keyword" else []
        if keyword and all(any(k in own for k in text.keys(w)) for w in keyword):
            names.append(keyword)
    return [name for name in names if name]


class Names:
    def __init__(self) -> None:
        self._docs: list[int] = []  # name -> its document
        self._sizes: list[int] = []  # name -> how many words it has
        self._where: dict[str, list[tuple[int, int]]] = defaultdict(list)  # feature -> (name, word)

    def add(self, doc: int, words: list[dict[str, float]]) -> None:
        """One name of `doc`: the features of each of its words."""
        name = len(self._docs)
        self._docs.append(doc)
        self._sizes.append(len(words))
        for at, features in enumerate(words):
            for feature, strength in features.items():
                if feature.startswith("k:") and strength >= STRONG:
                    self._where[feature].append((name, at))

    def found(self, words: list[dict[str, float]]) -> set[int]:
        """The documents one of whose names the message (its words' features) has whole."""
        hits: dict[int, set[int]] = defaultdict(set)
        for features in words:
            for feature, strength in features.items():
                if strength >= STRONG:
                    for name, at in self._where.get(feature, ()):
                        hits[name].add(at)
        return {self._docs[n] for n, at in hits.items() if len(at) >= self._sizes[n]}

    def whole(self, words: list[dict[str, float]]) -> set[int]:
        """The documents one of whose names is the whole message: every word of the name is in
        it and every word of it in the name («urzad pracy», the work topic's «urząd pracy»)."""
        hits: dict[int, set[int]] = defaultdict(set)  # name -> its words found
        asked: dict[int, set[int]] = defaultdict(set)  # name -> the message's words it has
        for position, features in enumerate(words):
            for feature, strength in features.items():
                if strength >= STRONG:
                    for name, at in self._where.get(feature, ()):
                        hits[name].add(at)
                        asked[name].add(position)
        return {
            self._docs[n]
            for n, at in hits.items()
            if len(at) >= self._sizes[n] and len(asked[n]) == len(words)
        }


class Spellings:
    """How the content writes its short words: a short Latin word written as none of them, nor
    as a transliteration of a Cyrillic one, is a guess at what it resembles."""

    def __init__(self) -> None:
        self._written: set[str] = set()  # Latin, without diacritics
        self._cyrillic: set[str] = set()  # the keys of the Cyrillic ones

    def add(self, token: str) -> None:
        if len(token) > SHORT_WORD:
            return
        if text.is_cyrillic(token):
            self._cyrillic.update(text.keys(token))
        else:
            self._written.add(text.fold(token))

    def guessed(self, token: str) -> bool:
        """ "wat": «VAT» as w = v, «вата» read as transliterated; the content writes neither."""
        return (
            len(token) <= SHORT_WORD
            and text.is_latin(token)
            and text.fold(token) not in self._written
            and not any(k in self._cyrillic for k in text.keys(token))
        )
