"""A message that asks to book a visit or for the next free time («запишите меня на прием в
четверг», «when is the next free visit», «чи є вільний час завтра?», «zapisz mnie na wizytę»:
data.yaml `booking_requests`, a phrase's words in any form, in its order, at most one other
word between two of them): the appointment action at once, marked a booking (Result.booking:
«📅 Book a visit» first), unless the rest of the message asks about a topic of its own («як
записатися до лікаря», «book a visit to the tax office», «записатися в чергу на житло»: the
words left without the phrase's find a topic worth showing): then it is searched as any
question."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.search import text
from bot.search.result import ACTIONS, APPOINTMENT, Match
from bot.search.tuning import SHOW

if TYPE_CHECKING:
    from bot.search.index import Index
    from bot.search.searcher import Searcher


class BookingRequests:
    def __init__(self, data: dict[str, Any], index: Index) -> None:
        self.index = index
        self.phrases = [
            words
            for phrases in data.get("booking_requests", {}).values()
            for phrase in phrases
            if (words := text.tokens(phrase))
        ]
        self._keyed: tuple[list[list[set[str]]], set[str]] | None = None

    def said(self, tokens: list[str]) -> set[int] | None:
        """The positions of the words of the phrases of `booking_requests` the message has (a
        phrase's words in any form, in order, at most one other word between two); None: none."""
        if self._keyed is None:  # (the dictionaries are loaded by the first question)
            keyed = [[self._forms(w) for w in words] for words in self.phrases]
            self._keyed = (keyed, {f for forms in keyed for f in set().union(*forms)})
        keyed, every = self._keyed
        found = [self._forms(t) & every for t in tokens]
        if not any(found):  # (most messages)
            return None
        said: set[int] = set()  # («najbliższy wolny termin»: both phrases' words)
        for phrase in keyed:
            said |= _in_order(found, phrase) or set()
        return said or None

    def _forms(self, token: str) -> set[str]:
        """A word's own forms (the word, its lemmas and stems), no typo's."""
        return {f for f in self.index.analyzer.word(token).features if f.startswith("k:")}


def _in_order(found: list[set[str]], phrase: list[set[str]]) -> set[int] | None:
    """Where `phrase`'s words are among the words' forms `found`, in order, each within two of
    the one before it; None: not there."""
    for start in (at for at, forms in enumerate(found) if forms & phrase[0]):
        used = [start]
        for forms in phrase[1:]:
            last = used[-1]
            nxt = next(
                (a for a in range(last + 1, min(last + 3, len(found))) if found[a] & forms), -1
            )
            if nxt < 0:
                break
            used.append(nxt)
        else:
            return set(used)
    return None


def offer(searcher: Searcher, tokens: list[str], lang: str | None) -> Match | None:
    """The appointment action for a booking request, or None (module docstring)."""
    said = searcher.booking.said(tokens)
    if said is None:
        return None
    rest = [t for at, t in enumerate(tokens) if at not in said]
    content = searcher.reader.content(rest)
    if content:
        ids, apart = searcher.index.ids, searcher.index.apart
        ranked = searcher._ranked(" ".join(rest), content, lang)
        # (a topic ahead of the off-topic messages and of the actions: «tomorrow», «next»,
        # «wizytę», «ассистенту» name none; «лікаря», «tax office», «житло» do)
        other = max((s for s, doc in ranked if doc == apart or ids[doc] in ACTIONS), default=0.0)
        topic = max((s for s, doc in ranked if doc != apart and ids[doc] not in ACTIONS), default=0)
        if topic >= SHOW and topic > other:
            return None  # («записатися до лікаря»: the doctor's; «хочу прийти на курси»)
    return Match(APPOINTMENT, SHOW)
