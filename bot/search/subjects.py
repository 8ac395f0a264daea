"""Subjects no topic is about (animals: `off_topic_subjects` in data.yaml): a message naming one
is off-topic unless its first topic's own text names that subject too, or the message names the
topic. «чи можна привезти собаку з України» shares «привезти з України» with family
reunification, «ветеринар для собаки» shares the vet with regulated professions: the
off-topic examples alone did not outweigh a topic's keyword there (docs/search.md)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class Subjects:
    def __init__(self, data: dict[str, Any]) -> None:
        self.words = {
            word: subject
            for subject, words in data.get("off_topic_subjects", {}).items()
            for word in words
        }
        self.covered: dict[str, frozenset[str]] = {}  # topic id -> the subjects its text names

    def add(self, topic_id: str, tokens: Iterable[str]) -> None:
        """A topic's words as the index read them (building.add_topics)."""
        found = self.named(tokens)
        if found:
            self.covered[topic_id] = found

    def named(self, tokens: Iterable[str]) -> frozenset[str]:
        return frozenset(self.words[t] for t in tokens if t in self.words)

    def beyond(self, tokens: list[str], first: str, named: set[str]) -> bool:
        """Whether the message names a subject its first topic (`first`) does not, and not
        that topic by its name (`named`: «pies pogryzł kartę pobytu» is legal stay's)."""
        subjects = self.named(tokens)
        if not subjects or first in named:
            return False
        return not subjects <= self.covered.get(first, frozenset())
