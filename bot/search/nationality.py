"""Who asks, by citizenship (data.yaml: nationalities): a country or nationality other than
Ukraine's («я из Беларуси», «ja z Kazachstanu», «I'm from India»), or Ukraine's after a negation
(«я не украинец», «nie jestem z Ukrainy», «I'm not Ukrainian»). Such a word says who asks, not
what about: it counts tuning.NATIONALITY for the topics (reading.py), and a part of an answer
for Ukrainians (a heading that names them: «Украинцы с PESEL UKR») is not opened for such a
message when the topic has other parts (parts.py). Words are matched by their forms (the word,
its lemma and stem, transliterated too: «belorusa», «Kazachstanu»), found the first time they
are needed: the dictionaries are loaded by the first question, not by the index's build."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.search.index import Index

# a negation says a nationality is not the person's this many words on («я не из Украины», «nie
# jestem z Ukrainy», «I'm not from Ukraine»)
NEGATED_WITHIN = 3
# how strongly a word's form must be one of a nationality word's (morph.py: 1 the word or its
# lemma, 0.9 a stem or a transliterated lemma)
NATIONAL_FORM = 0.9


class Nationalities:
    def __init__(self, data: dict[str, Any], index: Index, negations: Iterable[str]) -> None:
        found = data.get("nationalities", {})
        self._words = (
            list(found.get("ukrainian", ())),
            [w for ws in found.get("other", {}).values() for w in ws],
        )
        self.poland = {w.lower() for w in found.get("poland", ())}  # as written: not «polski»
        self.index = index
        self.negations = set(negations)
        self._forms: tuple[set[str], set[str]] | None = None

    @property
    def ukrainian(self) -> set[str]:
        """The forms of the words that name Ukraine or Ukrainians."""
        return self._ready()[0]

    def _ready(self) -> tuple[set[str], set[str]]:
        if self._forms is None:
            ukrainian, other = self._words
            self._forms = (
                {f for w in ukrainian for f in self.forms(w.lower())},
                {f for w in other for f in self.forms(w.lower())},
            )
        return self._forms

    def forms(self, token: str) -> set[str]:
        """A word's strong forms: the word, its lemmas and stems, its transliterated lemmas."""
        return {
            f
            for f, strength in self.index.analyzer.word(token).features.items()
            if f.startswith("k:") and strength >= NATIONAL_FORM
        }

    def national(self, token: str, negated: bool) -> bool:
        """A nationality or country other than Ukraine's, or Ukraine's after a negation."""
        ukrainian, other = self._ready()
        forms = self.forms(token)
        return bool(forms & other) or (negated and bool(forms & ukrainian))

    def named(self, token: str) -> bool:
        """Any nationality or country, Ukraine's too («я украинец»)."""
        return not self.forms(token).isdisjoint(set().union(*self._ready()))

    def aside(self, token: str, negated: bool) -> bool:
        """A word that says who asks or where, not what about: a nationality (`national`), or
        Poland itself («в Польше», «in Poland»: every question here is about Poland)."""
        return token in self.poland or self.national(token, negated)

    def step(self, token: str, negated: int) -> int:
        """How many words on a negation still tells (NEGATED_WITHIN), after `token`."""
        return NEGATED_WITHIN if token in self.negations else max(negated - 1, 0)

    def foreign(self, tokens: list[str]) -> set[str]:
        """The words by which a message says who asks: another nationality, or not Ukrainian."""
        found: set[str] = set()
        negated = 0
        for token in tokens:
            if self.national(token, negated > 0):
                found.add(token)
            negated = self.step(token, negated)
        return found

    def for_ukrainians(self, headings: list[list[str]]) -> frozenset[int]:
        """The parts (each its headings in every language) whose heading names Ukraine or
        Ukrainians («Украинцы с PESEL UKR»)."""
        ukrainian = self.ukrainian
        return frozenset(
            at
            for at, theirs in enumerate(headings)
            if any(self.forms(t) & ukrainian for h in theirs for t in self.index.content_tokens(h))
        )
