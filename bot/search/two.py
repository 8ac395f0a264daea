"""Two questions in one message («how do I get a PESEL and how do I open a bank account», «як
зробити песель і куди записати дитину до школи»): when both are clearly found, the question asked
first is answered (at the part its own half asks about) and the other question's topic is named
under the answer with a button to open it, instead of being left without a word (tester report
38, F17); when only one is, the topic the whole message asks about most is answered.

The message's questions (its sentences with a «?» or a question word, or its only sentence) are
cut at their joining words (data.yaml: joining_words, in the language the message is written
in); each half of at least two content words, or naming a topic («pesel»), is searched on its
own. A half with a question word of its own («… and how to open a bank account»), answered at
once on its own by a topic other than the answer, one that it names (a title or keyword: «bank
account», «школа») and the whole message ranks among its matches too, is the other question,
when another half is answered by the answer's own topic: so a story's «… and my wife has a
residence card», «… у меня только паспорт и песель», a closing «… and for how long», «… сколько
стоит в месяц» do not make a second question. It is the one answered when it comes before the
answer's own half and opens with its question word (not a story's «rent is due next week»). On
the development sets (5,784 messages) 11 get a second topic named, none of them off-topic, none
asked first (docs/search.md, «Two questions in one message», «the first asked is answered»)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from bot.search import text
from bot.search.reading import _SENTENCE_END
from bot.search.result import Match, Result

if TYPE_CHECKING:
    from bot.search.searcher import Searcher


@dataclass(frozen=True)
class Other:
    """The other question of a message of two (`other_asked`)."""

    match: Match  # its topic, as the whole message ranks it
    first: bool  # asked before the question the whole message's answer is for
    part: int | None  # the part of its topic's answer its own half asks about


class Halves:
    """The joining words of each language, as one pattern each."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._cut: dict[str, re.Pattern[str]] = {}
        for lang, words in data.get("joining_words", {}).items():
            longest = sorted(words, key=len, reverse=True)
            joined = "|".join(r"\s+".join(map(re.escape, w.split())) for w in longest)
            self._cut[lang] = re.compile(rf"[\s,]+(?:{joined})(?!\w)[\s,]*", re.IGNORECASE)

    def of(self, sentence: str, lang: str | None) -> list[str]:
        """A sentence cut at its joining words (none known for `lang`: whole)."""
        cut = self._cut.get(lang or "")
        pieces = cut.split(sentence) if cut is not None else [sentence]
        return [h for h in (p.strip(" ,.;!?…") for p in pieces) if h]


def _questions(searcher: Searcher, message: str, lang: str | None) -> list[str]:
    """The message's sentences that ask (a «?» or a question word), or its only sentence."""
    sentences = [s for s in _SENTENCE_END.split(message) if s and s.strip()]
    if len(sentences) < 2:
        return sentences
    asking = searcher.reader.question_words.get(lang or "") or searcher.reader.any_question_word
    ends = [m.group() for m in _SENTENCE_END.finditer(message)] + [""]
    return [
        s
        for s, end in zip(sentences, ends, strict=False)
        if "?" in end or any(t in asking for t in text.tokens(s))
    ]


def other_asked(searcher: Searcher, asked: str, lang: str | None, result: Result) -> Other | None:
    """The topic the message's other question asks about (above), or None."""
    if not result.confident or len(result.matches) < 2 or result.matches[0].is_action:
        return None
    written = result.lang or lang
    halves = [
        h for s in _questions(searcher, asked, written) for h in searcher.halves.of(s, written)
    ]
    if len(halves) < 2:
        return None
    answer, ranked = result.matches[0].id, {m.id for m in result.matches[1:]}
    words = searcher.reader.question_words.get(written or "") or searcher.reader.any_question_word

    def asks(half: str) -> bool:  # (a question word of its own: «… and how to open an account»)
        return any(t in words for t in text.tokens(half))

    def opens(half: str) -> bool:  # (a question that opens with its word: «how to get pesel …»)
        tokens = text.tokens(half)
        return bool(tokens) and tokens[0] in words

    own, other = False, None
    for half in halves:
        reworded = searcher.reader.reworded(half)
        content = searcher.reader.content(text.tokens(reworded))
        named = {searcher.index.ids[doc] for doc in searcher.index.naming(content)}
        if len(set(content)) < 2 and not named:
            continue
        alone = searcher._search(half, reworded, lang)
        best = alone.best
        if not alone.confident or best is None or best.is_action:
            continue
        if best.id == answer:
            own = True
        elif best.id in ranked and best.id in named and other is None and asks(half):
            match = next(m for m in result.matches if m.id == best.id)
            # (first only when it opens as a question: not «… rent is due next week. Is there
            # any social help …», whose «is» makes the rent a question of its own)
            other = Other(match, not own and opens(half), alone.part)
    return other if own else None


def first_asked(result: Result, other: Other | None) -> Result:
    """`result` answering the question asked first: the other question's topic when it came
    first (the whole message's answer is then the one named under it, and its part the one its
    own half asks about), else as it was. (The answer's part stays the whole message's: read from
    its own half alone, three development questions lost their right part, «потеряла паспорт и
    карту побыту помогите» its lost residence card's.)"""
    if other is None or not other.first:
        return replace(result, other=other.match if other else None)
    answer = result.matches[0]
    matches = (other.match, *(m for m in result.matches if m.id != other.match.id))
    return replace(result, matches=matches, part=other.part, other=answer)
