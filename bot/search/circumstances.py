"""The words of a message that tell its circumstances rather than what it asks: a clause of
condition or cause («якщо орендую кімнату», «if», «bo»), what one has or where one works or lives
(«I have a residence card», «mieszkam w Opolu»), who one is («I am a student»), examples
(«наприклад», «np.»), the people a helper asks for and a nationality: each counts less
(tuning.CIRCUMSTANCE, BEING, HELPER, RELATIVE, NATIONALITY) for the topics, some for the parts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from bot.search import text
from bot.search.morph import TOPICAL
from bot.search.tuning import BEING, CIRCUMSTANCE, HELPER, NATIONALITY, RELATIVE

if TYPE_CHECKING:
    from bot.search.reading import Reader

_CLAUSE_END = re.compile(r"[,.;:!?()\n]|\s[-–—]\s")
_CLAUSE_SPLIT = re.compile(f"({_CLAUSE_END.pattern})")
_EXAMPLE_END = re.compile(r"[).!?;\n]")  # an example's list ends with its parenthesis or sentence


class Circumstances:
    def __init__(self, data: dict[str, Any], reader: Reader) -> None:
        self.reader = reader  # (its function words, polite words, nationalities, who one is)
        self.circumstance_words = {w for ws in data["circumstance_words"].values() for w in ws}
        self.example_words = {w for ws in data.get("example_words", {}).values() for w in ws}
        self.possession_words = {w for ws in data["possession_words"].values() for w in ws}
        self.living = set(data["possession_words"].get("living", ()))  # (for the parts too)
        # («I work in a warehouse», «we live in Lublin»: data.yaml living_phrases), by last word
        self.living_after: dict[str, set[tuple[str, ...]]] = {}
        living = data.get("living_phrases", {})
        for phrases in living.get("phrases", {}).values():
            for *before, last in (text.tokens(p) for p in phrases):
                self.living_after.setdefault(last, set()).add(tuple(before))
        self.living_until = set(living.get("until", ()))  # («and», «but»)
        # (the people a helper asks for: «sąsiadka», «моя соседка», «my neighbour»)
        self.helpers = {w for ws in data.get("helpers", {}).values() for w in ws}
        self.relatives = {w for ws in data.get("relatives", {}).values() for w in ws}
        self.lone = {w for ws in data.get("lone_parent", {}).values() for w in ws}
        self.possession_phrases = {
            tuple(text.tokens(p)) for ps in data.get("possession_phrases", {}).values() for p in ps
        }

    def weights(
        self, query: str, content: list[str], nationality: bool = True
    ) -> list[float] | None:
        """Per content word: CIRCUMSTANCE after a circumstance word up to the end of its clause,
        otherwise 1; None when all would weigh the same (or nothing is left of the question).
        With `nationality`, a nationality counts NATIONALITY (nationality.py: not for parts)."""
        found: list[float] = []
        polite = iter(self.reader.polite.words(text.tokens(query)))
        pieces = _CLAUSE_SPLIT.split(query)  # (each clause, then what ended it)
        example = inside = False  # after «наприклад», «np.»: up to «)» or the sentence's end
        for clause, end in zip(pieces[::2], [*pieces[1::2], ""], strict=True):
            weight = CIRCUMSTANCE if example else 1.0
            previous = ("", "")
            tokens = text.tokens(clause)
            # «у меня виза D» says what one has in a clause that asks nothing; «у меня
            # депрессия, что делать» tells the trouble asked about
            telling = "?" not in clause and not self.reader.any_question_word.intersection(tokens)
            owned = telling and nationality  # (the parts: «у меня новый работодатель» is asked)
            having = self.possession_words if nationality else self.living  # («I have a card»)
            negated = 0  # (a negation among the last words: «я не из Украины»)
            lived: float | None = None  # (the weight before a living phrase)
            for token in tokens:
                if (
                    token in self.circumstance_words
                    or (token in having and previous[1] not in self.reader.negation_words)
                    or (owned and previous in self.possession_phrases and self._thing(token))
                    or token in self.example_words
                ):
                    weight = min(weight, CIRCUMSTANCE)
                    example = example or token in self.example_words
                elif self._lives(previous, token):  # («I work in a warehouse»: to «and»)
                    weight, lived = min(weight, CIRCUMSTANCE), weight
                elif token in self.living_until and lived is not None:
                    weight, lived = lived, None  # («… and my doctor gave me L4»: asked)
                told = telling and "?" not in end
                if self.reader.told.being(token, previous[1], told, self._thing):
                    weight = BEING  # («I am a student, …», «я студент, …»: who asks)
                if not next(polite, False) and not self.reader.function(token):
                    found.append(self._as_person(token, weight, previous[1]))
                    if nationality and self.reader.nations.aside(token, negated > 0):
                        found[-1] = min(found[-1], NATIONALITY)
                    elif not nationality and weight == BEING and self.reader.nations.named(token):
                        found[-1] = 1.0  # (the parts: the part for Ukrainians, «я украинец»)
                previous = (previous[1], token)
                negated = self.reader.nations.step(token, negated)
            # (past a comma only in parentheses; the full stop of «np.» ends no example)
            opened = previous[1] in self.example_words
            example = (
                example and (inside or opened) and not (_EXAMPLE_END.search(end) and not opened)
            )
            inside = (inside or "(" in end) and ")" not in end
        if len(found) != len(content) or len(set(found)) < 2:
            return None  # (the lengths differ only if the clause split cut a token in two)
        return found

    def _lives(self, previous: tuple[str, str], token: str) -> bool:
        """`token` ends a phrase of where one works or lives («I work», «we're living»), not
        asked («can i work», «do we live»: a question word before it)."""
        before = self.living_after.get(token, ())
        return previous in before or (
            previous[1:] in before and previous[0] not in self.reader.any_question_word
        )

    def _as_person(self, token: str, weight: float, before: str) -> float:
        """A parent the question is for counts RELATIVE, a helper's neighbour or friend HELPER;
        not a single parent («samotna matka»: the asker, data.yaml: lone_parent)."""
        if token in self.relatives:
            return weight if before in self.lone else min(weight, RELATIVE)
        return min(weight, HELPER) if token in self.helpers else weight

    def _thing(self, token: str) -> bool:
        """After «у меня», «в мене» (data.yaml: possession_phrases): a thing the person has
        («у меня виза D», «в мене карта побиту»), not an action or a negation («у меня украли
        паспорт», «у меня нет страховки»): a noun, an adjective or a word no dictionary knows."""
        return (
            token not in self.reader.negation_words
            and not self.reader.index.is_stopword(token)
            and self.reader.index.analyzer.word(token).topical >= TOPICAL["ADJF"]
        )
