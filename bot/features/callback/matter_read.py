"""A matter typed at the callback's «What is it about?» (tester 24, item 17), read by the search
first: a greeting alone («hello», «привіт», «dzień dobry») is no matter (the topics again, with
a word on what to do); a matter whose best topic's category most topics the search finds share
(the answer's alone, if confident: «my residence card application, no news for 8 months»:
Documents) is «Something else» in that category, as if typed after opening it; else «Something
else» at large, the matter in the person's words, as before. Typed at a category's topics, it
is «Something else» in that category, unless every topic the search finds for it is in other
categories (tester 40, F5: «I have waited 14 months for my residence card, and yesterday my husband
hit me» typed at Housing's topics was filed under Housing): then where it reads, as if typed at
the categories."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.dispatch import Turn

SMALL_TALK = frozenset(("greeting", "thanks", "ack"))


@dataclass(frozen=True)
class Read:
    greeting: bool = False
    category: str | None = None  # the category of the best topic, if any
    found: tuple[str, ...] = ()  # the categories of the topics the search finds, best first

    def filed(self, browsing: str) -> str | None:
        """The category a matter typed at `browsing`'s topics goes under."""
        return browsing if not self.found or browsing in self.found else self.category


async def read(turn: Turn, text: str) -> Read:
    searcher = await turn.services.search.ready(turn.office.id)  # (a first start: built now)
    if searcher is None:
        return Read()
    result = await turn.services.search.search(searcher, text, turn.lang)
    if result.smalltalk in SMALL_TALK and not result.matches:
        return Read(greeting=True)
    language = turn.kb.language(turn.lang)
    found = [
        next((c.id for c in language.categories if match.id in c.topics), None)
        for match in (result.matches[:1] if result.confident else result.matches)
    ]
    every = tuple(
        c
        for match in result.matches
        if (c := next((c.id for c in language.categories if match.id in c.topics), None))
    )
    first = found[0] if found else None
    if first is None or found.count(first) * 2 < len(found) + (len(found) > 1):
        return Read(found=every)  # no topic, or the best's category not shared by most
    return Read(category=first, found=every)
