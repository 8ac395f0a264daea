"""Ukrainian and Russian typed in Latin letters («mene pohrabuvaly», «menya iznasilovali»,
«rezhu sebya»): words.py matches such a message against the Ukrainian and Russian phrases too,
both spelled as `skeleton`s, so the tables need not list each transliteration.

A skeleton is a word in Latin letters with what transliterations disagree on made one: г, ґ, х,
h, g, kh are «h»; и, і, ї, й, ы, y, j are «i»; ж, zh, z, ż are «z»; ч, ц, ch, ts, c, cz are «c»;
ш, щ, с, sh, shch, sz, s are «s»; я, ю, є, ё as «a», «u», «e», «o» (ya, ia, ja, a alike); a
soft sign and doubled letters dropped.
"""

from __future__ import annotations

import functools
import re

_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
        "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ъ": "",
        "ю": "iu", "я": "ia", "э": "e", "ы": "y", "ё": "io",
    }
)  # fmt: skip
_SAME = (
    ("shch", "s"), ("sch", "s"), ("zh", "z"), ("kh", "h"), ("ch", "c"), ("sh", "s"),
    ("ts", "c"), ("cz", "c"), ("sz", "s"), ("g", "h"), ("w", "v"), ("x", "ks"), ("q", "k"),
    ("y", "i"), ("j", "i"), ("ia", "a"), ("iu", "u"), ("ie", "e"), ("io", "o"),
)  # fmt: skip
# words that say a Latin message is English or Polish, not Ukrainian or Russian transliterated
# («but» and «be» are «б'є»'s skeleton's neighbours): such a message is read by the English and
# Polish phrases alone (none of them spells a Ukrainian or Russian word: «do» «до», «to» «то»,
# «no» «но», «a», «i», «on», «z» are)
_ENGLISH_OR_POLISH = frozenset(
    "the is are am was were be been my me you your we our they their he she his her it its this "
    "that what how why where when who can could will would should have has had but and for with "
    "not of in at from if there get got any some just please help "
    "jest sie się mnie mi czy że ze jestem nie moj mój moja moje przez jak gdzie kiedy bo".split()
)
# «в»/«у», «із»/«з» one word, as in Cyrillic (reading.py), however they are transliterated
_PREPOSITIONS = {"v": "u", "iz": "z", "zi": "z"}
_WORD = re.compile(r"\w+")
_DOUBLED = re.compile(r"(.)\1+")
_LATIN = re.compile(r"[a-z]")
_NOT_LATIN = re.compile(r"[^\W\d_a-z]")  # a letter of another script


@functools.lru_cache(maxsize=16384)
def skeleton(word: str) -> str:
    """`word` (as reading.read leaves it) as its skeleton; a trailing "*" is kept."""
    star = word.endswith("*")
    spelled = word.rstrip("*").translate(_CYRILLIC)
    for written, same in _SAME:
        spelled = spelled.replace(written, same)
    spelled = _DOUBLED.sub(r"\1", spelled)
    return _PREPOSITIONS.get(spelled, spelled) + ("*" if star else "")


@functools.lru_cache(maxsize=64)  # (asked for each table of a message)
def typed(text: str) -> bool:
    """Whether `text` is written in Latin letters only and says no English or Polish word (so
    perhaps transliterated)."""
    lowered = text.lower()
    if not _LATIN.search(lowered) or _NOT_LATIN.search(lowered):
        return False
    return _ENGLISH_OR_POLISH.isdisjoint(_WORD.findall(lowered))


def spelled_apart(words: tuple[str, ...]) -> bool:
    """Whether a phrase's words stay apart from other words as skeletons: a word's start (a
    word ending in "*") keeps 4 letters («жи*», «zi*», would be «зібратись» too)."""
    return all(len(latin.rstrip("*")) >= 4 for latin in map(skeleton, words) if latin.endswith("*"))
