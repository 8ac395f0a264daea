"""An office's town misspelt («Аполе», «Апполє», «Opple», «Сопоць», «Сапот», «Sopt»,
«Стархавице»: tester 32, item 4), read as the office's name (names.py) when no name is found as
it is written: a word of four letters or more, the name's word (of five or more) in any case
ending, on the script-neutral keys (doubled letters as one), with a Cyrillic «а» read as «o»
(the unstressed «o» heard: «Аполе», «Сапот»; in Latin letters only as the first letter and
the one edit, as written: «Apole», «Apolu», not «apple», «Apollo»), or one letter changed,
added or dropped (rapidfuzz's Levenshtein distance: «Сопоць», «Sopt», «Стархавице»), the first
two letters the same. Only where a town is named: the message says nothing else (the words of
place_words.yaml around it), or the word comes right after a preposition of place («в
Сапоте», «z Opple»: spelt.read_after); never an ordinary word one letter from a name
(spelt.ordinary: ordinary_words.yaml; «spot» is not «Sopot»: its first two letters differ),
nor a word the Ukrainian or Russian dictionary knows (the search's pymorphy3: «сапог»,
«в сапогах» are boots, not Sopot; `_a_word`), nor a name written right that names.py refused
(«работаю с Сопотом»: said with)."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Iterator

from rapidfuzz.distance import Levenshtein

from bot.features.office import spelt
from bot.search import text as texts
from bot.search.name_cases import case_of, same

SHORTEST = 4  # letters of a typed word (its key) read as a misspelt name
NAME_SHORTEST = 5  # letters of a name's word (its key) read misspelt
EDITS = 1  # letters changed, added or dropped
ASKED_EDITS = 2  # a place the gate does not know this close to a name: «did you mean …?»
SAME_START = 2  # letters the typed word and the name begin with alike


def misspelt(
    said: list[str], names: dict[str, frozenset[tuple[str, ...]]]
) -> dict[str, tuple[int, int]]:
    """office id -> where a one-word name of it is misspelt in `said` (none: {})."""
    spans: dict[str, tuple[int, int]] = {}
    for office_id, at in _near(said, names):
        if not _a_word(said[at]):
            spans.setdefault(office_id, (at, at + 1))
    return spans


async def dictionaries(said: list[str], names: dict[str, frozenset[tuple[str, ...]]]) -> None:
    """Load the search's dictionaries now (under a second, in a thread; the search shares
    them) when `said` may name an office's town misspelt that only they can tell from an
    ordinary word («Аполе», not «сапог») and they are not loaded yet: the first second after
    a start, or with the search off. So the gate reads a misspelt town from the first message."""
    from bot.search import loaded_analyzer, shared_analyzer

    if loaded_analyzer() is None and next(_near(said, names), None) is not None:
        await asyncio.get_running_loop().run_in_executor(None, shared_analyzer)


def _near(
    said: list[str], names: dict[str, frozenset[tuple[str, ...]]]
) -> Iterator[tuple[str, int]]:
    """(office id, where) of each word in `said` near a one-word name of the office, in a
    place a town is named, before the dictionaries are asked."""
    from bot.features.office.names import _place_words

    places = _place_words()
    for at, word in enumerate(said):
        alone = all(w in places for i, w in enumerate(said) if i != at)
        if word in places or not (alone or spelt.read_after(said, at)) or spelt.ordinary(word):
            continue
        for office_id, its_names in names.items():
            ones = [name[0] for name in its_names if len(name) == 1]
            if any(same(word, name) for name in ones):
                continue  # (the name as written, refused: «работаю с Сопотом», said with)
            if any(near(word, name) for name in ones):
                yield office_id, at


def close(typed: str, names: dict[str, frozenset[tuple[str, ...]]]) -> list[str]:
    """The offices a place the gate does not know may be a misspelling of, two letters off
    («opel»: Opole?), to be asked about, not taken: a word of four letters or more, not an
    ordinary one (ordinary_words.yaml, the dictionaries), the name's first two letters."""
    from bot.features.office import spelt

    said = texts.tokens(typed)
    if len(said) != 1 or spelt.ordinary(said[0]) or _a_word(said[0]):
        return []
    found = []
    for office_id, its_names in names.items():
        for name in (name[0] for name in its_names if len(name) == 1):
            if near(said[0], name) or two_off(said[0], name):
                found.append(office_id)
                break
    return found


def two_off(typed: str, name: str) -> bool:
    for t in texts.keys(typed.lower()):
        for n in texts.keys(name.lower()):
            if len(t) < SHORTEST or len(n) < NAME_SHORTEST or t[:SAME_START] != n[:SAME_START]:
                continue
            if Levenshtein.distance(t, n) <= ASKED_EDITS:
                return True
    return False


def _a_word(word: str) -> bool:
    """Whether `word` is an ordinary Ukrainian or Russian word (the search's dictionaries:
    «сапог», «сапоги», «sapogi»), not a town misspelt; until the search has loaded them (the
    first seconds after a start), every word is taken for one: no misspelt name is read then."""
    from bot.search import loaded_analyzer

    analyzer = loaded_analyzer()
    return analyzer is None or analyzer.ordinary(word)


@functools.lru_cache(maxsize=4096)
def near(typed: str, name: str) -> bool:
    """Whether the typed word is the name's word misspelt («аполе»: «ополе»)."""
    heard = any("а" <= letter <= "я" or letter in "іїєґ" for letter in typed)  # (Cyrillic)
    typed, name = typed.lower(), name.lower()
    if not heard and typed[:1] == "a" and name[:1] == "o":  # («Apole», «Apolu»: «Аполе»
        o = "o" + typed[1:]  # transliterated; that letter is the one edit, and no letter
        return len(o) >= SHORTEST and (o == name or case_of(o, name))  # doubled: «apollo»)
    for t in texts.keys(typed):
        for n in texts.keys(name):
            t, n = (_heard(t), _heard(n)) if heard else (t, n)
            if len(t) < SHORTEST or len(n) < NAME_SHORTEST or t[:SAME_START] != n[:SAME_START]:
                continue
            if t == n or case_of(t, n) or Levenshtein.distance(t, n) <= EDITS:
                return True
    return False


def _heard(key: str) -> str:
    """A key as a Russian or Ukrainian speaker may write what they heard: «a» for «o»."""
    return key.replace("a", "o")
