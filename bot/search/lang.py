"""Which of uk / ru / en / pl a short message is written in, from letters and words.

Short chat messages defeat statistical detectors (lingua, measured in docs/search.md, calls
"що таке песель" Russian and "kak poluchit pesel" Polish, and costs a millisecond a call), so
the evidence here is what a person would use: letters only one language has, function words
(also transliterated), the morphological dictionaries, and the content's own vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.search import text
from bot.search.morph import Analyzer

LANGUAGES = ("uk", "ru", "en", "pl")
_UK_LETTERS = set("іїєґ")
_RU_LETTERS = set("ыэъё")
_PL_LETTERS = set("ąćęłńóśźż")
MIN_MARGIN = 1.0  # evidence the winner needs over the runner-up to be called


class Detector:
    def __init__(
        self,
        analyzer: Analyzer,
        stopwords: dict[str, Iterable[str]],
        vocabulary: dict[str, set[str]],
    ):
        self.analyzer = analyzer
        self.stopwords = {code: set(words) for code, words in stopwords.items()}
        self.vocabulary = vocabulary  # language -> words of its content (lower case)

    def evidence(self, tokens: list[str]) -> dict[str, float]:
        score = dict.fromkeys(LANGUAGES, 0.0)
        for token in tokens:
            letters = set(token)
            if letters & _UK_LETTERS:
                score["uk"] += 2
            if letters & _RU_LETTERS:
                score["ru"] += 2
            if letters & _PL_LETTERS:
                score["pl"] += 2
            listed = [code for code, words in self.stopwords.items() if token in words]
            for code in listed:
                score[code] += 1.5 / len(listed)
            if token.isdigit() or len(token) < 2:
                continue
            known = self.analyzer.word(token).known
            for code in known:
                score[code] += 1.0 / len(known)
            if text.is_latin(token):
                in_vocab = [c for c in ("en", "pl") if token in self.vocabulary.get(c, ())]
                for code in in_vocab:
                    score[code] += 0.5 / len(in_vocab)
        return score

    def detect(self, tokens: list[str], fallback: str | None = None) -> str | None:
        """The language with the most evidence; `fallback` on a tie or without any."""
        score = self.evidence(tokens)
        top = max(score.values())
        if top <= 0:
            return fallback
        leaders = [code for code in LANGUAGES if score[code] == top]
        return fallback if fallback in leaders or len(leaders) > 1 else leaders[0]

    def sure(self, tokens: list[str]) -> bool:
        """Whether the evidence clearly favours one language."""
        ranked = sorted(self.evidence(tokens).values(), reverse=True)
        return ranked[0] > 0 and ranked[0] - ranked[1] >= MIN_MARGIN
