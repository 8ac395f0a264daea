"""A message that asks to book a visit or for the next free time («запишите меня на прием в
четверг», «when is the next free visit», «чи є вільний час завтра?», «zapisz mnie na wizytę»:
data.yaml `booking_requests`, a phrase's words in any form, in its order, at most one other
word between two of them): the appointment action at once, marked a booking (Result.booking:
«📅 Book a visit» first). Not when the words left (without the phrases' and a day named) ask
about something of their own: a topic or the off-topic messages explain them better than the
actions («як записатися до лікаря», «book a visit to the tax office», «zapisać się na
siłownię»), no topic knows them («как записаться в МФЦ в Москве»), or more than `ASIDE` of
them that the actions do not explain; then it is searched as any question."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.core import day_names, relative
from bot.core.words import fold
from bot.search import text
from bot.search.result import ACTIONS, APPOINTMENT, Match
from bot.search.tuning import SHOW

ASIDE = 2  # the most words left beside a booking request that the actions need not explain

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
    # (the words left, a day named aside: «завтра», «w czwartek» ask nothing of their own)
    rest = [t for at, t in enumerate(tokens) if at not in said and not _day(t)]
    content = searcher.reader.content(rest)
    if content:
        ids = searcher.index.ids
        ranked = searcher._ranked(" ".join(rest), content, lang)
        # a topic or the off-topic messages ahead of the actions: «лікаря», «tax office»,
        # «житло», «в МФЦ в Москве», «na siłownię» ask about something else; «wizytę»,
        # «ассистенту», «прием» do not
        action = max((s for s, doc in ranked if ids[doc] in ACTIONS), default=0.0)
        other = max((s for s, doc in ranked if ids[doc] not in ACTIONS), default=0.0)
        if not ranked or (other >= SHOW and other > action):
            return None  # (or words no topic knows: «как записаться в МФЦ в Москве»)
        if len(set(content)) > ASIDE and action < SHOW:
            return None  # a question of its own («…в футбольну секцію, скільки коштують…»)
    return Match(APPOINTMENT, SHOW)


def _day(token: str) -> bool:
    """A day named: «завтра», «tomorrow», «четвер», «grudnia» (no typo: «kiedy» is none)."""
    folded = fold(token)
    return relative.ahead(folded) is not None or (len(folded) >= 3 and day_names.plainly(folded))
