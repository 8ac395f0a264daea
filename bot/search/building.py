"""Reading the content into a Searcher's index: every topic's fields, and from the numbers the
index build gave their tokens (indexing.Builder), the n-grams' documents and the language
detector's vocabulary, counted in numpy rather than token by token (docs/performance.md,
change 54)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain

import numpy as np

from bot.content.knowledge import KnowledgeBase
from bot.core import markup
from bot.search import text
from bot.search.index import Index
from bot.search.ngrams import Documents
from bot.search.subjects import Subjects

_URL = re.compile(r"https?://\S+")


class LanguageWords:
    """Each language's tokens (answers too, stop words too) as the index build numbered them,
    counted per number a few hundred thousand at a time (not kept: ~17 MB at 1,000 topics);
    at the end the detector's vocabulary, each Latin word folded."""

    FOLD = 1 << 18  # tokens waiting before they are counted

    def __init__(self, codes: Iterable[str]) -> None:
        self._numbers: dict[str, list[np.ndarray]] = {code: [] for code in codes}
        self._counts = {code: np.zeros(0, dtype=np.int64) for code in codes}
        self._waiting = 0

    def add(self, code: str, numbers: np.ndarray) -> None:
        self._numbers[code].append(numbers)
        self._waiting += len(numbers)
        if self._waiting >= self.FOLD:
            self._fold()

    def _fold(self) -> None:
        for code, parts in self._numbers.items():
            found = np.bincount(np.concatenate([np.zeros(0, np.int32), *parts]))
            counts = self._counts[code]
            if len(found) > len(counts):
                found[: len(counts)] += counts
                self._counts[code] = found
            else:
                counts[: len(found)] += found
            parts.clear()
        self._waiting = 0

    def counted(self, tokens: Sequence[str]) -> dict[str, Counter[str]]:
        """`tokens`: the build's token of each number."""
        self._fold()
        vocabulary: dict[str, Counter[str]] = {}
        latin: dict[int, str | None] = {}  # number -> its token folded, None if not Latin
        for code, counts in self._counts.items():
            found = np.flatnonzero(counts)
            vocabulary[code] = counted = Counter[str]()
            for number, count in zip(found.tolist(), counts[found].tolist(), strict=True):
                folded = latin.get(number, "")
                if folded == "":
                    token = tokens[number]
                    folded = latin[number] = text.fold(token) if text.is_latin(token) else None
                if folded is not None:
                    counted[folded] += count
        return vocabulary


def add_topics(
    index: Index, kb: KnowledgeBase, subjects: Subjects | None = None
) -> tuple[dict[str, Counter[str]], Documents]:
    """Every topic into the index; each language's Latin words and how often they occur (the
    language detector's vocabulary, folded), and the n-grams' documents (a topic's titles,
    keywords and examples, not its answer); `subjects` told the subjects each topic names."""
    words = LanguageWords(kb.languages)
    grams = Documents()
    for topic_id in kb.topic_ids:
        languages = topic_fields(kb, topic_id)
        fields = [field for _, of_language in languages for field in of_language]
        read = index.add(topic_id, fields)
        if subjects is not None:
            subjects.add(topic_id, chain.from_iterable(read))
        sizes = [len(found) for found in read]
        numbers, tokens = index.numbered()
        bounds = np.cumsum([0, *sizes])
        at = 0
        for code, of_language in languages:
            words.add(code, numbers[bounds[at] : bounds[at + len(of_language)]])
            at += len(of_language)
        grams.add(numbers[np.repeat([kind != "answer" for kind, _ in fields], sizes)], tokens)
    return words.counted(index.numbered()[1]), grams


def topic_fields(kb: KnowledgeBase, topic_id: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Per language that has the topic: its fields, (kind, text) each."""
    found: list[tuple[str, list[tuple[str, str]]]] = []
    for code in kb.languages:
        topic = kb.topic(code, topic_id)
        if topic is None:
            continue
        fields = [("title", topic.title)]
        fields += [("keyword", k) for k in topic.keywords]
        fields += [("example", e) for e in topic.examples]
        answer = markup.to_plain(topic.answer, link_format="{text}")
        fields.append(("answer", _URL.sub(" ", answer)))
        found.append((code, fields))
    return found
