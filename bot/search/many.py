"""Several matters in one long message («… Nie ma jeszcze PESEL-u, nie wie gdzie zapisać dzieci do
szkoły, a starszy syn nie mówi po polsku. Do tego właścicielka mieszkania chce od niej kaucję …
Co powinna zrobić najpierw?»: tester 41, F8, a volunteer for a family three weeks in Poland got
«did you mean» with the doctor first and no PESEL).

A message of several sentences or a long one, with words that ask where to start (data.yaml
`many_needs.start`: «від чого почати», «с чего начать», «where should she start», «najpierw»): its
clauses (its sentences cut at commas and at their joining words, as two.py cuts its halves) are
searched each on its own; those answered at once by a topic, or naming one («ще немає номера
PESEL»), are its matters, in the order the message names them. With two matters or more, one of
them among the related topics of the arrival checklist (`many_needs.topic`: PESEL, meldunek,
insurance, school), the checklist is the answer: a whole family's first steps, in order; the
matters are offered under it (Result.alternatives of a message of several things), with the way to
a person. A message answered at once keeps its answer unless it names three matters or more
(ALSO_ANSWERED: «… хочу подати на карту побиту, з чого почати?» keeps the permit; the volunteer's
English message was answered at once with its son's Polish at school). A first version that also
answered the first of three matters named in a message without such words got four of the
development sets' long stories wrong (a dentist's diploma as healthcare among them): not kept.
Without such words, a message that is only a list of needs gets the checklist too (fix-search9:
«need to get pesel, open a bank account and find a school for my son», «нужно сделать песель,
прописку и найти врача» were the bank account at once, or «did you mean»): three clauses or more,
none of over five content words (LISTED, ITEM_WORDS: not a question beside what one has), each
answered at once or naming a topic, three matters or more, two of them the checklist's related
topics; two clauses or more must name their topics before any clause is searched (14 % of the
development sets' messages are three short clauses or more, 3 % with two named: each search of
a message's clauses cost ~20 ms more).
A clause said again is searched once, 16 clauses at most, and a message over 1,500 characters
is answered as a whole: a 4,000-character letter's clauses took 300 ms of the event loop
(bench/load.py's long messages: the others' p99 90 → 364 ms), now ~60 ms as before."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from bot.search import text
from bot.search.reading import _SENTENCE_END
from bot.search.result import Match, Result
from bot.search.tuning import CONFIDENT

if TYPE_CHECKING:
    from bot.search.searcher import Searcher

MOST = 4  # matters offered under the answer, at most
ALSO_ANSWERED = 3  # matters, at least, for the checklist over a topic answered at once
LISTED = 3  # matters, at least, listed without words of where to start (and nothing else said)
ITEM_WORDS = 5  # content words, at most, of each clause of such a list
LONGEST = 1500  # characters: a longer message is answered as a whole
MOST_CLAUSES = 16  # a long message's clauses searched, at most (each a search: ~3 ms)
SURE = 0.95  # a clause of one content word: its topic's score, at least, to be a matter
_CLAUSE = re.compile(r"[,:()]+")


class Needs:
    """data.yaml's `many_needs`: the checklist's topic and the words that ask where to start."""

    def __init__(self, data: dict[str, Any]) -> None:
        own = data.get("many_needs") or {}
        self.topic: str | None = own.get("topic")
        self.start: dict[str, list[tuple[str, ...]]] = {}  # (by a phrase's first word)
        for phrase in own.get("start", ()):
            if words := tuple(text.tokens(phrase)):
                self.start.setdefault(words[0], []).append(words)

    def asks_start(self, tokens: list[str]) -> bool:
        """Whether the message asks where to start (a phrase of `start`, its words in a row)."""
        return any(
            tuple(tokens[at : at + len(p)]) == p
            for at, token in enumerate(tokens)
            for p in self.start.get(token, ())
        )


def matters(
    searcher: Searcher, asked: str, lang: str | None, besides: list[str] | None = None
) -> list[tuple[Match, int | None]]:
    """The topics the message's clauses are answered by at once, each once, in order, with the
    part its clause asks about; `besides` gets the first clause of content words that is no
    matter (and the search stops there)."""
    found: dict[str, tuple[Match, int | None]] = {}
    seen: set[str] = set()  # (a clause said again is searched once; MOST_CLAUSES at most)
    for clause in _clauses(searcher, asked, lang):
        said = " ".join(text.tokens(clause))
        if said in seen or len(seen) >= MOST_CLAUSES:
            continue
        seen.add(said)
        reworded = searcher.reader.reworded(clause)
        content = searcher.reader.content(text.tokens(reworded))
        named = {searcher.index.ids[doc] for doc in searcher.index.naming(content)}
        if not content:
            continue
        alone = searcher._search(clause, reworded, lang)
        best = alone.best
        if len(set(content)) < 2 and not named and (best is None or best.score < SURE):
            pass  # (one word: a matter only when it is a topic's own, «нет песеля»)
        elif alone.confident and best is not None and not best.is_action:
            found.setdefault(best.id, (best, alone.part))
            continue
        elif len(named) == 1:  # («ще немає песелю»: named, not answered at once alone)
            (own,) = named
            score = next((m.score for m in alone.matches if m.id == own), CONFIDENT)
            found.setdefault(own, (Match(own, score, named=True), None))
            continue
        if besides is not None:  # (a list: one clause that is no matter ends it)
            besides.append(said)
            break
    return list(found.values())


def many_needs(searcher: Searcher, asked: str, lang: str | None, result: Result) -> Result:
    """`result`, or the checklist for a message of several matters that asks where to start
    (above)."""
    needs = searcher.needs
    if result.command or result.smalltalk or not result.matches:
        return result
    if len(asked) > LONGEST:
        return result  # (a letter's length: its clauses' searches would hold the others up)
    checklist = needs.topic if needs.topic in searcher.index.ids else None
    if checklist is None:
        return result
    if needs.asks_start(text.tokens(asked)):
        if not result.several:
            return result
        found = matters(searcher, asked, result.lang or lang)
        least = ALSO_ANSWERED if result.confident else 2  # (answered at once: one of many?)
        related = _related(searcher, checklist)
        if len(found) < least or not any(m.id in related for m, _ in found):
            return result
    else:  # (a list of needs and nothing else: «pesel, a bank account and a school»)
        clauses = [
            searcher.reader.content(text.tokens(c))
            for c in _clauses(searcher, asked, result.lang or lang)
        ]
        if len(clauses) < LISTED or max(len(c) for c in clauses) > ITEM_WORDS:
            return result  # (a list's items are short: not a question and what one has)
        if sum(bool(c and searcher.index.naming(c)) for c in clauses) < 2:
            return result  # (two items name their topics, before any clause is searched)
        besides: list[str] = []
        found = matters(searcher, asked, result.lang or lang, besides)
        related = _related(searcher, checklist)
        if besides or len(found) < LISTED or sum(m.id in related for m, _ in found) < 2:
            return result
    top = max(m.score for m, _ in found)
    shown = [Match(m.id, top, named=True) for m, _ in found if m.id != checklist]
    matches = (Match(checklist, top), *shown[:MOST])
    return replace(result, matches=matches, confident=True, part=None, other=None)


def _clauses(searcher: Searcher, asked: str, lang: str | None) -> list[str]:
    """The message's clauses (sentences cut at commas and joining words), as `matters` cuts."""
    return [
        clause
        for sentence in _SENTENCE_END.split(asked)
        for piece in _CLAUSE.split(sentence or "")
        for clause in searcher.halves.of(piece, lang)
    ]


def _related(searcher: Searcher, topic: str) -> set[str]:
    """The checklist's related topics, in any of the content's languages."""
    kb = searcher.parts.kb
    return {r for code in kb.languages if (t := kb.topic(code, topic)) for r in t.related}
