"""Subjects no topic is about (animals: `off_topic_subjects` in data.yaml): a message naming one
is off-topic unless its first topic's own text names that subject too, or the message names the
topic. «чи можна привезти собаку з України» shares «привезти з України» with family
reunification, «ветеринар для собаки» shares the vet with regulated professions: the
off-topic examples alone did not outweigh a topic's keyword there (docs/search.md). A word no
topic knows that is a typo of a subject's word («собку», «сабаку», «puppie») names it too, as the
index corrects typos (typos.py); a word the dictionaries know only when a letter in ten or fewer
is wrong («собку» in Ukrainian, not «катке», «крики»: `SURE_TYPO`). And a subject's word with
a letter typed twice («dogg», «catt», «psaa»: shorter than the words the corrector takes,
`FUZZY_MIN_LEN`) that no dictionary knows («тваринна», an adjective, is not an animal)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from bot.search import text
from bot.search.tuning import SURE_TYPO
from bot.search.typos import Typos

# a word's standing: None, a topic knows it; else whether a dictionary knows it (searcher.py)
Unknown = Callable[[str], bool | None]
_DOUBLED = re.compile(r"(\w)\1+")


class Subjects:
    def __init__(self, data: dict[str, Any]) -> None:
        self.words = {
            word: subject
            for subject, words in data.get("off_topic_subjects", {}).items()
            for word in words
        }
        # the words' script-neutral keys («собаку» = «sobaku»), for a typo of one
        self.keys = {
            key: subject for word, subject in self.words.items() for key in text.keys(word)
        }
        self.typos = Typos("k:" + key for key in self.keys)
        self.covered: dict[str, frozenset[str]] = {}  # topic id -> the subjects its text names

    def add(self, topic_id: str, tokens: Iterable[str]) -> None:
        """A topic's words as the index read them (building.add_topics)."""
        found = self.named(tokens)
        if found:
            self.covered[topic_id] = found

    def named(
        self,
        tokens: Iterable[str],
        unknown: Unknown | None = None,
        known: Callable[[str], bool] | None = None,
    ) -> frozenset[str]:
        """The subjects the words name; with `unknown`, also by a typo of a subject's word in a
        word no topic knows; with `known` (whether a dictionary knows a word), by a subject's
        word with a letter typed twice that no dictionary knows («dogg»; not «тваринна»)."""
        found = set()
        for token in tokens:
            if token in self.words:
                found.add(self.words[token])
            elif (
                known is not None
                and (once := _DOUBLED.sub(r"\1", token)) in self.words
                and not known(token)
            ):
                found.add(self.words[once])  # too short for the corrector: «dogg», «psaa»
            elif unknown is not None and (dictionary := unknown(token)) is not None:
                guessed: dict[str, float] = {}
                self.typos.correct(text.keys(token), guessed)
                floor = SURE_TYPO if dictionary else 0.0
                found.update(self.keys[f[2:]] for f, close in guessed.items() if close >= floor)
        return frozenset(found)

    def beyond(
        self,
        tokens: list[str],
        first: str,
        named: set[str],
        unknown: Unknown | None = None,
        known: Callable[[str], bool] | None = None,
        content: Iterable[str] = (),
    ) -> bool:
        """Whether the message names a subject its first topic (`first`) does not, and not
        that topic by its name (`named`: «pies pogryzł kartę pobytu» is legal stay's); or is
        made of a subject's words alone (its `content` words: «kota», «кот»), which a topic
        naming it in an example («a flat for a family with a cat») does not answer."""
        subjects = self.named(tokens, unknown, known)
        if not subjects or first in named:
            return False
        words = list(content)
        if words and all(self.named((word,), unknown, known) for word in words):
            return True
        return not subjects <= self.covered.get(first, frozenset())
