"""Text normalisation: tokens, one script-neutral key per spelling, transliteration both ways.

A *key* is a coarse Latin spelling shared by Cyrillic, Polish and transliterated text, so that
"песель", "pesel" and "pessel" meet, and so do "пшиходня" and "przychodnia":

    песель -> pesel    pessel -> pesel    пшиходня -> psihodnia    przychodnia -> pzihodnia

It is deliberately lossy (sz = ш = s, rz = ż = ж = z, y = и = і = i, g = h = х = г): keys are
compared with each other only, and typo tolerance (rapidfuzz) covers what is left.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

_TOKEN = re.compile(r"[^\W_]+(?:['’ʼ`][^\W_]+)*")
_APOSTROPHES = ("’", "ʼ", "`")  # written for "'" inside a word
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zà-ɏ]")

_CYR_TO_KEY = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "h",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ё": "e",
    "ж": "z",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "c",
    "ч": "c",
    "ш": "s",
    "щ": "sc",
    "ъ": "",
    "ы": "i",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
    "'": "",
}
# Latin spellings (Polish, English, transliterated Ukrainian/Russian) -> key letters, longest first.
_LATIN_RULES = [
    ("shch", "sc"),
    ("szcz", "sc"),
    ("sch", "sc"),
    ("sz", "s"),
    ("sh", "s"),
    ("zh", "z"),
    ("rz", "z"),
    ("cz", "c"),
    ("kh", "h"),
    ("ts", "c"),
    ("w", "v"),
    ("x", "ks"),
    ("q", "k"),
    ("y", "i"),
    ("j", "i"),
    ("g", "h"),
    ("'", ""),
]
_LATIN_RULE = re.compile("|".join(re.escape(a) for a, _ in _LATIN_RULES + [("ch", "")]))
_LATIN_MAP = dict(_LATIN_RULES)
_DOUBLE = re.compile(r"(\D)\1+")

# Latin transliteration -> Cyrillic, for looking transliterated words up in the dictionaries.
# shared by both tables
_TO_CYRILLIC_COMMON = [
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ts", "ц"),
    ("ya", "я"),
    ("ia", "я"),
    ("yu", "ю"),
    ("iu", "ю"),
]
_TO_UK = _TO_CYRILLIC_COMMON + [
    ("ye", "є"),
    ("ie", "є"),
    ("yi", "ї"),
    ("ji", "ї"),
    ("y", "и"),
    ("i", "і"),
    ("h", "г"),
    ("g", "г"),
    ("j", "й"),
    ("w", "в"),
    ("x", "кс"),
    ("'", "ь"),
]
_TO_RU = _TO_CYRILLIC_COMMON + [
    ("yo", "ё"),
    ("ye", "е"),
    ("y", "ы"),
    ("i", "и"),
    ("h", "х"),
    ("g", "г"),
    ("j", "й"),
    ("w", "в"),
    ("x", "кс"),
    ("'", "ь"),
]
# a separator between two digits, found from the digit before it (a look-behind at every
# position of the text cost twice as long: the index build reads megabytes of it)
_DIGIT_GROUPS = re.compile(r"(\d)[ \u00a0-](?=\d)")
_SIMPLE = dict(zip("abvgdezklmnoprstufc", "абвгдезклмнопрстуфц", strict=True))


LONG = range(512, 8193)  # the characters of a text kept (a question is read again: a few µs)


def tokens(text: str) -> list[str]:
    """Lower-case words (letters and digits); apostrophes inside words are kept as "'"; a
    number written in groups ("800 12 12 12", "116-123") is one token: a helpline is not
    the «800» of 800+."""
    if len(text) not in LONG:  # (nor a long document of the index build: ~0.2 MB kept at most)
        return _tokens(text)
    return list(_long_tokens(text))


# A long message's words, the last few: its turn reads them ~8 times on the event loop (towns,
# services, gminas, the words of moving) and more in the search (docs/performance.md, change 53)
@functools.lru_cache(maxsize=4)
def _long_tokens(text: str) -> tuple[str, ...]:
    return tuple(_tokens(text))


def _tokens(text: str) -> list[str]:
    text = _DIGIT_GROUPS.sub(r"\1", text.lower())
    for apostrophe in _APOSTROPHES:  # (str.translate is slower on such text than three scans)
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    return _TOKEN.findall(text)


def token_spans(text: str) -> list[tuple[int, int]]:
    """Where the words `tokens` gives are in `text` (one each, unless numbers are in groups)."""
    return [match.span() for match in _TOKEN.finditer(text.lower())]


def is_cyrillic(token: str) -> bool:
    return bool(_CYRILLIC.search(token))


def is_latin(token: str) -> bool:
    return bool(_LATIN.search(token)) and not is_cyrillic(token)


def fold(token: str) -> str:
    """Latin letters without diacritics (ł -> l); other scripts unchanged."""
    token = token.replace("ł", "l")
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=8192)
def keys(token: str) -> tuple[str, ...]:
    """The script-neutral key(s) of a token; Latin "ch" is read both as Polish h and as ч."""
    if is_cyrillic(token):
        return (_collapse("".join(_CYR_TO_KEY.get(c, c) for c in token)),)
    folded = fold(token)
    if "ch" not in folded:
        return (_latin_key(folded, "h"),)
    as_h, as_c = _latin_key(folded, "h"), _latin_key(folded, "c")
    return (as_h,) if as_h == as_c else (as_h, as_c)


def key(token: str) -> str:
    return keys(token)[0]


def _latin_key(folded: str, ch: str) -> str:
    def replace(match: re.Match[str]) -> str:
        found = match.group(0)
        return ch if found == "ch" else _LATIN_MAP[found]

    return _collapse(_LATIN_RULE.sub(replace, folded))


def _collapse(text: str) -> str:
    return _DOUBLE.sub(r"\1", text)


def to_cyrillic(token: str, lang: str) -> str:
    """A plausible Cyrillic spelling of a transliterated Ukrainian ("uk") or Russian word."""
    folded = fold(token)
    table, pattern = _TO_CYRILLIC[lang]

    def replace(match: re.Match[str]) -> str:
        latin = match.group(0)
        if latin == "y" and lang == "ru" and match.start() and folded[match.start() - 1] in "aeiou":
            return "й"  # "moy" -> "мой"
        return table.get(latin, latin)

    return pattern.sub(replace, folded)


def _compile(rules: list[tuple[str, str]]) -> tuple[dict[str, str], re.Pattern[str]]:
    table = dict(_SIMPLE)
    table.update(rules)
    ordered = sorted(table, key=len, reverse=True)
    return table, re.compile("|".join(re.escape(latin) for latin in ordered))


_TO_CYRILLIC = {"uk": _compile(_TO_UK), "ru": _compile(_TO_RU)}


def cyrillic_spellings(token: str, lang: str) -> list[str]:
    """to_cyrillic, and with a soft sign after a final т or a reflexive verb's с, which Latin
    spelling drops ("zhdat" -> "ждат", "ждать"; "ostanus" -> "останусь", "ostalas" ->
    "осталась"; not "podpis", Polish, read as «подпись»)."""
    cyrillic = to_cyrillic(token, lang)
    soft = cyrillic.endswith(("т", *_REFLEXIVE))
    return [cyrillic, cyrillic + "ь"] if soft else [cyrillic]


# the endings of a reflexive verb's forms that end in «сь» («останусь», «боюсь», «осталась»,
# «получилось», «остались»), without it
_REFLEXIVE = ("ус", "юс", "лас", "лос", "лис")


def in_order(
    found: Sequence[AbstractSet[str]], phrase: Sequence[AbstractSet[str]], gap: int = 2
) -> bool:
    """`phrase`'s words among the words' forms `found`, in order, each within `gap` of the one
    before it (bot.search.reading, bot.features.services.forms)."""
    for start in (at for at, forms in enumerate(found) if forms & phrase[0]):
        last = start
        for forms in phrase[1:]:
            last = next(
                (
                    at
                    for at in range(last + 1, min(last + 1 + gap, len(found)))
                    if found[at] & forms
                ),
                -1,
            )
            if last < 0:
                break
        else:
            return True
    return False
