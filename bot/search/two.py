"""Two questions in one message («how do I register a car from Germany and change my driving
licence», «як зробити песель і куди записати дитину до школи»): the first question's topic is
answered, and the other half of the message, if it asks clearly about another topic, is named
under it with a button to open it, instead of being left without a word (tester report 38, F17).

A message is cut at its joining words (data.yaml: joining_words, in the language it is written
in) and after a «?» followed by more; each half with a content word is searched on its
own. A half answered at once by its own search, by a topic other than the message's
answer, is the other question, when another half is the answer's own (so a story's «… and my
wife has a residence card» does not make a second question of a detail)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from bot.search import text
from bot.search.result import Match, Result

if TYPE_CHECKING:
    from bot.search.searcher import Searcher

_AFTER_QUESTION = r"\?+\s*(?=\w)"


class Halves:
    """The joining words of each language as one pattern each."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._cut: dict[str, re.Pattern[str]] = {}
        for lang, words in data.get("joining_words", {}).items():
            longest = sorted(words, key=len, reverse=True)
            joined = "|".join(r"\s+".join(map(re.escape, w.split())) for w in longest)
            self._cut[lang] = re.compile(
                rf"[\s,]+(?:{joined})(?!\w)[\s,]*|{_AFTER_QUESTION}", re.IGNORECASE
            )
        self._question = re.compile(_AFTER_QUESTION)

    def of(self, message: str, lang: str | None) -> list[str]:
        """The message cut at its joining words (none known for `lang`: only after a «?»)."""
        cut = self._cut.get(lang or "", self._question)
        return [h for h in (p.strip(" ,.;!?") for p in cut.split(message)) if h]


def asked_apart(
    searcher: Searcher, asked: str, lang: str | None, result: Result
) -> tuple[str, Match, Match] | None:
    """The first question's half, its topic and the other question's topic, in the order the
    message asks them, when a half is answered at once on its own by the message's answer
    and another by another topic (above)."""
    if not result.confident or not result.matches or result.matches[0].is_action:
        return None
    halves = searcher.halves.of(asked, result.lang or lang)
    if len(halves) < 2:
        return None
    answer = result.matches[0].id
    found: list[tuple[str, Match]] = []  # (a half, its topic), one a topic, in order
    for half in halves:
        reworded = searcher.reader.reworded(half)
        if not searcher.reader.content(text.tokens(reworded)):
            continue
        alone = searcher._search(half, reworded, lang)
        best = alone.best
        if alone.confident and best is not None and not best.is_action:
            if all(best.id != topic.id for _, topic in found):
                found.append((half, best))
    if len(found) < 2 or all(topic.id != answer for _, topic in found):
        return None
    (half, first), (_, other) = found[:2]
    return half, first, other
