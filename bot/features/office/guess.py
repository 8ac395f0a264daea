"""The office a newcomer's first message names, at a network's gate (names.py reads the names).

Taken (the office chosen, the message then answered there; several offices offered alone, as
before): a message of nothing but a name and the words around one («я живу в Ополі»); a short
question naming one office («песель в Ополі»); a longer one naming one office in a sentence of
its own that says little else of the person («hi, I am a student in Opole, how do I get a
PESEL?»: «I am a student in Opole»).

Only listed first (the person chooses, the office they named at the top): a city that may not
be theirs (doubt_words.yaml): a message about moving («я переїхала з Ополя, де тепер
мельдунек?»: the city left is not even listed first; two cities named, the one left after «з»
and the other after «в»: the one moved to taken, «з Ополя в Сопот»: Sopot),
a city in an address («ul. Piastowska 14, 45-082 Opole»), in a longer message a
sentence about someone else («my sister lives in Sopot and I need a PESEL») or one that says more
than where the person is.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bot.core import yamldata
from bot.core.dispatch import Turn
from bot.features.office.area import area, doubtful
from bot.features.office.names import (
    LONGEST_QUESTION,
    Named,
    _find,
    _named,
    _names,
    _place_words,
    named_office,
)
from bot.search import text as texts
from bot.settings.model import AreaTown

OTHER_WORDS = 1  # words besides the name and place words in the sentence that names it
ADDRESS_BEFORE = 3  # words before the name in which an address word makes it an address's
_CLAUSES = re.compile(r"[,;.!?\n()]+")
INTO = frozenset({"в", "во", "у", "до", "w", "we", "do", "in", "to"})  # where one moved (not «з»)


@dataclass(frozen=True)
class Guess:
    named: Named  # the offices the message names
    take: bool  # one: chosen; several: offered alone. False: the list, these first
    abroad: AreaTown | None = None  # a town of its area one abroad is named too: which, asked
    first: bool = True  # False: the office is the one left («from Sopot»), not put first


def guess(turn: Turn, text: str) -> Guess | None:
    """What the first message at the gate says of the person's office; None: it names none."""
    said = texts.tokens(text)
    if not said or len(said) > LONGEST_QUESTION:
        return None
    named = named_office(turn, text)  # (nothing but a name, or a short message)
    settings = turn.settings
    spans = _named(said, {o.id: _names(settings, o) for o in settings.offices.values()})
    spans = spans or area(settings, said)  # («pesel w Wąchocku»: the county's)
    abroad = doubtful(settings, said)  # («я з Бродів»: Brody in Poland or in Ukraine?)
    if abroad is not None and named is not None and [o.id for o in named.offices] == [abroad[0]]:
        return Guess(named, False, abroad[1])
    if named is not None and (named.alone or len(named.offices) > 1):
        return Guess(_moved_to(named, said, spans), True)
    offices = tuple(o for o in settings.offices.values() if o.id in spans)
    if not offices:
        return None
    if named is None and len(offices) > 1:
        return Guess(_moved_to(Named(offices, False), said, spans), True)
    start = next(iter(spans.values()))[0]
    if _said(said, "moving") and _left(said, start):  # («я переехала из Сопота»: not theirs)
        return Guess(named or Named(offices, False), False, first=False)
    doubt = (_said(said, "moving") and not _moved_into(said, start)) or _in_address(said, start)
    if named is None and not doubt:
        doubt = not _own_sentence(_names(settings, offices[0]), text)
    return Guess(named or Named(offices, False), not doubt)


def _moved_into(said: list[str], start: int) -> bool:
    """«я переехала в Сопот»: the town right after «в», «до», «to», «do» is where one moved to,
    theirs now (not «из Сопота», «from Sopot»: still asked)."""
    return start > 0 and said[start - 1] in INTO


def _moved_to(named: Named, said: list[str], spans: dict[str, tuple[int, int]]) -> Named:
    """Offices named in a message about moving: the one left («з Ополя», «from Opole»: a
    moved_from word right before it) dropped when the other is the city moved to («із Сопота
    в Ополе», «from Sopot to Opole»: Opole, chosen), else last (the city moved to first)."""
    if len(named.offices) < 2 or not _said(said, "moving"):
        return named

    def start(office_id: str) -> int:
        return spans[office_id][0] if office_id in spans else 0

    to = tuple(o for o in named.offices if not _left(said, start(o.id)))
    if len(to) < len(named.offices) and to and all(_moved_into(said, start(o.id)) for o in to):
        return Named(to, False)
    offices = tuple(sorted(named.offices, key=lambda office: _left(said, start(office.id))))
    return Named(offices, named.alone)


def _left(said: list[str], start: int) -> bool:
    """Whether the name at `start` is the city left: a moved_from word right before it."""
    return start > 0 and _said(said[start - 1 : start], "moved_from")


def _own_sentence(names: frozenset[tuple[str, ...]], text: str) -> bool:
    """Whether a sentence of the message names the office (`names`) with little else, and of
    no one else («I am a student in Opole»; not «my sister lives in Sopot and I need a PESEL»)."""
    for clause in _CLAUSES.split(text):
        words = texts.tokens(clause)
        for name in names:
            span = _find(words, name)
            if span is None:
                continue
            rest = words[: span[0]] + words[span[1] :]
            if _said(rest, "others"):
                continue
            if sum(word not in _place_words() for word in rest) <= OTHER_WORDS:
                return True
    return False


def _in_address(said: list[str], start: int) -> bool:
    """Whether the name at `start` follows a number («14, Opole», «45-082 Opole») or an address
    word («ul. …», «вул. …»)."""
    if start > 0 and said[start - 1].isdigit():
        return True
    return _said(said[max(0, start - ADDRESS_BEFORE) : start], "address")


def left_words() -> frozenset[str]:
    """The words that make the town right after them the one left («from», «из», «z»)."""
    return _doubt_words()["moved_from"][0]


def _said(said: list[str], kind: str) -> bool:
    words = _doubt_words()[kind]
    return any(yamldata.listed(word, words) for word in said)


@functools.cache
def _doubt_words() -> dict[str, yamldata.WordList]:
    return yamldata.word_lists("bot.features.office", "doubt_words.yaml")
