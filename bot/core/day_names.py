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
    return _named(word, _names("months"))


def month_named(word: str) -> int | None:
    """The month (1–12) a word names in any of the four languages («lutego», «лютого»)."""
    return month_of(fold(word).rstrip("."))


def weekday_of(word: str) -> int | None:
    return _named(word, _names("days"))


def plainly(word: str) -> bool:
    """Whether the folded `word` names a weekday or a month without a typo (a name whole,
    begun, or in another form): in a sentence a typo reads too much («kiedy» is no Sunday)."""
    return any(_named(word, _names(kind), typo=False) is not None for kind in ("days", "months"))


def _named(word: str, names: dict[str, int], typo: bool = True) -> int | None:
    """The month or weekday a word names: a name whole or abbreviated, begun (three letters or
    more), or in another grammatical form (its last letter or two changed: «середу», «грудні»;
    or added: «четверга», «вторника»); else, with one typo, a name of TYPO_FROM letters or
    more that only one month or weekday has."""
    if word in names:
        return names[word]
    if word in _NOT_NAMES:
        return None
    found = {
        number
        for name, number in names.items()
        if (len(word) >= 3 and name.startswith(word))
        or (len(word) >= 5 and len(name) >= 5 and word[:-1] == name[:-1])
        or (len(word) >= 6 and len(name) >= 6 and word[:-2] == name[:-2])
        or (len(name) >= 5 and word.startswith(name) and len(word) - len(name) <= 2)
    }
    if not found:
        return with_typo(word, names, ending=True) if typo else None
    return found.pop() if len(found) == 1 else None


def with_typo(
    word: str, names: dict[str, int], *, ending: bool = False, least: int = TYPO_FROM
) -> int | None:
    """What `word` names with one typo in it (a letter wrong, missing, added, or two swapped:
    «одинадцатого», «сряду»), where it and the name have `least` letters or more and only one
    number has such a name; `ending`: its last letter may differ besides («сряду»: среду). Used
    for a number in words too (bot.core.spoken)."""
    if len(word) < least:
        return None
    found = {
        number
        for name, number in names.items()
        if len(name) >= least
        and abs(len(name) - len(word)) <= 1
        and (
            DamerauLevenshtein.distance(word, name) <= 1
            or (ending and DamerauLevenshtein.distance(word[:-1], name[:-1]) <= 1)
        )
    }
    return found.pop() if len(found) == 1 else None


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
