"""Month and weekday names in the four languages (Babel's), as people type them: whole or
abbreviated, begun, in another grammatical form, or with one letter wrong, missing, added or
two swapped («сряду», «чертверг», «wensday»: a stressed person on a phone), for bot.core.dates;
the same tolerance of one typo for an hour in words (`with_typo`: bot.core.spoken).
"""

from __future__ import annotations

import functools

from babel import Locale
from rapidfuzz.distance import DamerauLevenshtein

from bot.core.words import fold

LANGS = ("uk", "ru", "en", "pl")
_NOT_NAMES = frozenset({"nie"})  # Polish «no», not the beginning of «niedziela»
TYPO_FROM = 5  # letters a word has at least to be read with a typo in it


def month_of(word: str) -> int | None:
    return _named(word, "months")


def month_named(word: str) -> int | None:
    """The month (1–12) a word names in any of the four languages («lutego», «лютого»)."""
    return month_of(fold(word).rstrip("."))


def weekday_of(word: str) -> int | None:
    return _named(word, "days")


def plainly(word: str) -> bool:
    """Whether the folded `word` names a weekday or a month without a typo (a name whole,
    begun, or in another form): in a sentence a typo reads too much («kiedy» is no Sunday)."""
    return any(_named(word, kind, typo=False) is not None for kind in ("days", "months"))


def _named(word: str, kind: str, typo: bool = True) -> int | None:
    """The month or weekday a word names: a name whole or abbreviated, begun (three letters or
    more), or in another grammatical form (its last letter or two changed: «середу», «грудні»;
    or added: «четверга», «вторника»); else, with one typo, a name of TYPO_FROM letters or
    more that only one month or weekday has. Looked up in `_forms` (each word of a sentence
    is tried: a scan of every name for each was a tenth of a booking's turn)."""
    names = _names(kind)
    if word in names:
        return names[word]
    if word in _NOT_NAMES:
        return None
    begun, less_one, less_two, whole = _forms(kind)
    found: set[int] = set()
    if len(word) >= 3:
        found |= begun.get(word, set())
    if len(word) >= 5:
        found |= less_one.get(word[:-1], set())
    if len(word) >= 6:
        found |= less_two.get(word[:-2], set())
    for added in (0, 1, 2):  # a name of 5 letters or more, with up to two letters after it
        if len(word) - added >= 5 and (number := whole.get(word[: len(word) - added])) is not None:
            found.add(number)
    if not found:
        return with_typo(word, names, ending=True) if typo else None
    return found.pop() if len(found) == 1 else None


@functools.cache
def _forms(
    kind: str,
) -> tuple[dict[str, set[int]], dict[str, set[int]], dict[str, set[int]], dict[str, int]]:
    """The names of a kind by what `_named` compares: each beginning of three letters or more;
    a name of five letters or more without its last letter; of six or more without its last
    two; a name of five letters or more whole."""
    begun: dict[str, set[int]] = {}
    less_one: dict[str, set[int]] = {}
    less_two: dict[str, set[int]] = {}
    whole: dict[str, int] = {}
    for name, number in _names(kind).items():
        for end in range(3, len(name) + 1):
            begun.setdefault(name[:end], set()).add(number)
        if len(name) >= 5:
            less_one.setdefault(name[:-1], set()).add(number)
            whole[name] = number
        if len(name) >= 6:
            less_two.setdefault(name[:-2], set()).add(number)
    return begun, less_one, less_two, whole


def with_typo(
    word: str, names: dict[str, int], *, ending: bool = False, least: int = TYPO_FROM
) -> int | None:
    """What `word` names with one typo in it (a letter wrong, missing, added, or two swapped:
    «одинадцатого», «сряду»), where it and the name have `least` letters or more and only one
    number has such a name; `ending`: its last letter may differ besides («сряду»: среду), the
    first letter kept (two changes, one of them the first letter, is another word: «kiedy» is no
    «niedz.», Sunday, tester 43 F1). Used for a number in words too (bot.core.spoken)."""
    if len(word) < least:
        return None
    by_length = _by_length(names)
    found = {
        number
        for size in (len(word) - 1, len(word), len(word) + 1)
        if size >= least
        for name, number in by_length.get(size, ())
        if DamerauLevenshtein.distance(word, name) <= 1
        or (
            ending and word[0] == name[0] and DamerauLevenshtein.distance(word[:-1], name[:-1]) <= 1
        )
    }
    return found.pop() if len(found) == 1 else None


# the tables `with_typo` is given (this module's and bot.core.spoken's, each made once), by
# the length of their names: a word is compared with the names one letter longer or shorter
_LENGTHS: dict[int, tuple[dict[str, int], dict[int, list[tuple[str, int]]]]] = {}


def _by_length(names: dict[str, int]) -> dict[int, list[tuple[str, int]]]:
    kept = _LENGTHS.get(id(names))
    if kept is not None and kept[0] is names:
        return kept[1]
    grouped: dict[int, list[tuple[str, int]]] = {}
    for name, number in names.items():
        grouped.setdefault(len(name), []).append((name, number))
    if len(_LENGTHS) < 16:  # (a few tables; kept with the table, so its id is its own)
        _LENGTHS[id(names)] = (names, grouped)
    return grouped


@functools.cache
def _names(kind: str) -> dict[str, int]:
    """Every month's (1–12) or weekday's (0–6) names in the four languages, folded."""
    found: dict[str, int] = {}
    for lang in LANGS:
        table = getattr(Locale.parse(lang), kind)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in table[context][width].items():
                    found.setdefault(fold(name).rstrip("."), number)
    return found
