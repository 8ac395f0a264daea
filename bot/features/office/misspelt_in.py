"""An office's town misspelt two letters off inside a question about a topic («песель в opel»,
«I came from opel yesterday and need a PESEL for my kid»): the word right after a preposition
of place (spelt.read_after: «в», «z», «from», «in»), as misspelt.close reads it (four letters
or more, the name's first two letters, not an ordinary word nor one the dictionaries know),
followed by the message's end, a mark (a comma), a word of place or a stop or question word of
the search («yesterday», «для»), never by a word of its own («z opel astra»: the car's model).
The question is searched without it (names.without_names), and only a message that is about a
topic without it is asked about (found at once; or, where only words of place come before the
preposition, «jestem z opel i potrzebuję pesel dla dziecka, co robić», any topic offered): at
the gate «did you mean Opole?», the question held and answered once the office is chosen
(unknown.close_in); from someone of another office, the answer for their office with the offer
to switch under it (switch.py), as for a name written right. A car question («mam problem z
opel», «z opel astra», «my opel broke down») finds no topic, or names no town where a town is
named: never asked about."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from bot.content import towns
from bot.core.dispatch import Turn
from bot.features.office import misspelt, spelt
from bot.features.office.names import LONGEST_QUESTION, _place_words, all_names
from bot.search import text as texts
from bot.search.name_cases import same
from bot.settings.model import Settings


@dataclass(frozen=True)
class Misspelt:
    typed: str  # the word as typed
    at: int  # its place among the message's words
    start: int  # where it is in the text
    end: int
    offices: tuple[str, ...]  # the ids of the offices whose town it may be
    # only words of place before its preposition («jestem z opel i …», «я з opel, …»): the
    # person says where they are from, so a question beside it needs no topic found at once
    from_there: bool = False


def found(settings: Settings, text: str) -> Misspelt | None:
    """The first word of `text` that may be an office's town misspelt where a town is named."""
    said, spans = texts.tokens(text), texts.token_spans(text)
    if not said or len(said) > LONGEST_QUESTION or len(spans) != len(said):
        return None
    names = all_names(settings)
    ones = frozenset(name[0] for each in names.values() for name in each if len(name) == 1)
    starts = _starts(ones)
    for at, word in enumerate(said):
        if not word.isalpha() or not spelt.read_after(said, at):
            continue
        if not any(key[:2].replace("a", "o") in starts for key in texts.keys(word.lower())):
            continue  # (no name begins so: the question's every other word, at once)
        if any(same(word, name) or misspelt.near(word, name) for name in ones):
            continue  # (a name as written, in any case, or one letter off: names.py reads it)
        if at + 1 < len(said):
            between = text[spans[at][1] : spans[at + 1][0]]
            if not between.strip() and said[at + 1] not in _around():
                continue  # (a word of its own name follows: «z opel astra»)
        typed = text[spans[at][0] : spans[at][1]]
        close = misspelt.close(typed, names)
        if close:
            there = all(w in _where() for w in said[: at - 1])
            return Misspelt(typed, at, *spans[at], tuple(close), there)
    return None


def without(text: str, word: Misspelt) -> str:
    """The text without the misspelt town (for the search: «песель в »)."""
    return text[: word.start] + text[word.end :]


async def about_topic(turn: Turn, text: str, word: Misspelt | None = None) -> bool:
    """Whether `text` (the message without `word`) finds a topic at once (no small talk, no
    command); or, where the person says where they are from (`word.from_there`), any topic to
    offer («jestem z opel i potrzebuję pesel dla dziecka, co robić»: three offered)."""
    searcher = await turn.services.search.ready(turn.office.id)
    if searcher is None:
        return False
    result = await turn.services.search.search(searcher, text, turn.lang)
    if not result.best or result.smalltalk or result.command or result.off_topic:
        return False
    return result.confident or (word is not None and word.from_there)


@functools.lru_cache(maxsize=64)
def _starts(ones: frozenset[str]) -> frozenset[str]:
    """The first two letters of the names' keys (an «a» read as «o»: «Аполе», «Apole»)."""
    return frozenset(key[:2].replace("a", "o") for name in ones for key in texts.keys(name.lower()))


@functools.cache
def _where() -> frozenset[str]:
    """The words that say where one is («jestem», «я», «живу», «I live»)."""
    return frozenset(_place_words() | towns.words().living)


@functools.cache
def _around() -> frozenset[str]:
    """The words that may follow a town: of place, of living there, the search's stop and
    question words («yesterday», «для»)."""
    from bot.features.office.unknown import _function_words

    return frozenset(_place_words() | towns.words().living | _function_words())
