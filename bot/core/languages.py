"""Which language a person's words name: «грузинською» → ka, «по-русски» → ru, «po polsku» → pl.

The names are Babel's (CLDR): every language named in Ukrainian, Russian, English and Polish. A
typed word names a word of a name when it is that word, or begins as it does but for an ending
(«русском» «русский», «polsku» «polski», «англійською» «англійська»): the two share all but
their last two letters, and at least four. Every word of a name must be there («Swiss German»
needs both); the longest name found wins, then the one found most exactly; a few words around
it are allowed («на русском», «in English, please»: choice_words.yaml), nothing else: «не
русский» names no language, nor does «грузинська або російська» (two).
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import NamedTuple

import yaml
from babel import Locale

from bot.core.words import words

NAMED_IN = ("uk", "ru", "en", "pl")
# CLDR's codes that are no language a person speaks: several, undetermined, none, missing
NOT_LANGUAGES = frozenset({"mul", "und", "zxx", "mis"})
SHORTEST_STEM = 4  # letters a typed word and a name's word share, at least, when not equal
ENDING = 2  # letters at the end of the shorter of the two that may differ
MOST_WORDS = 6  # a longer message is not a language's name
REQUEST_WORDS = 10  # a longer message is not a request for a language («sorry, I don't …»)


class _Name(NamedTuple):  # (~2,400 of them: a tuple is a third of a dataclass's memory)
    code: str
    words: tuple[str, ...]


@functools.cache
def _names() -> tuple[dict[str, tuple[_Name, ...]], frozenset[str]]:
    """The names by the first three letters of each of their words; and the words allowed
    around a name («по», «in», «мовою», «please»). A word that several names share («язык»,
    «language») is one string, and the lists are tuples: the whole is kept for good."""
    by_start: dict[str, list[_Name]] = {}
    seen: dict[str, str] = {}
    for lang in NAMED_IN:
        for code, name in Locale.parse(lang).languages.items():
            if "_" in code or code in NOT_LANGUAGES:
                continue  # «British English» is English; regional variants are not asked for
            entry = _Name(code, tuple(seen.setdefault(w, w) for w in words(name)))
            for start in {word[:3] for word in entry.words}:
                by_start.setdefault(start, []).append(entry)
    return {start: tuple(found) for start, found in by_start.items()}, _around()


def prepare() -> None:
    """Read every language's names now (~80 ms, ~0.8 MB), not in a person's turn."""
    _names()


def _around() -> frozenset[str]:
    return _words("around_language")


@functools.cache
def _words(kind: str) -> frozenset[str]:
    source = resources.files("bot.core") / "choice_words.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))[kind]
    entries = [e for lang in data.values() for e in lang] if isinstance(data, dict) else data
    return frozenset(w for e in entries for w in words(str(e)))


def requested(text: str) -> str | None:
    """The code of the language a message asks to be answered in («English please», «sorry, I
    don't understand, English please», «по-русски пожалуйста», «po polsku proszę»): a language
    named with words that ask for it (choice_words.yaml: around_language, asking_language), in
    one part of the message, any other part only such words («sorry», «I don't understand»);
    None for a name alone («English», «Polska»), a negation beside it («I don't understand
    English»), two languages, or any other word."""
    if len(words(text)) > REQUEST_WORDS:
        return None
    asking, negations = _words("asking_language") | _around(), _words("negations")
    found: set[str] = set()
    for part in re.split(r"[,;.!?]+", text):
        said = words(part)
        if all(w in asking or w in negations for w in said):
            continue  # «sorry», «I don't understand»: no part of it
        code = _named(part, asking)
        if code is None or not negations.isdisjoint(said):
            return None
        found.add(code)
    if len(found) != 1 or len(words(text)) < 2:  # a name alone is no request
        return None
    return found.pop()


def _same_word(typed: str, word: str) -> bool | None:
    """True: the same word; False: the same but for an ending; None: another word."""
    if typed == word:
        return True
    shorter = min(len(typed), len(word))
    if shorter < SHORTEST_STEM:
        return None
    common = 0
    for a, b in zip(typed, word, strict=False):
        if a != b:
            break
        common += 1
    return False if common >= max(SHORTEST_STEM, shorter - ENDING) else None


def _match(name: _Name, typed: list[str]) -> tuple[int, int, frozenset[int]] | None:
    """(words of the name, how many exactly, the typed words used) when every word of the name
    is among the typed ones; None otherwise."""
    used: set[int] = set()
    exact = 0
    for word in name.words:
        for at, candidate in enumerate(typed):
            if at in used:
                continue
            same = _same_word(candidate, word)
            if same is not None:
                used.add(at)
                exact += same
                break
        else:
            return None
    return len(name.words), exact, frozenset(used)


def named(text: str) -> str | None:
    """The code of the one language `text` names (in uk, ru, en or pl, in any grammatical
    form; a Ukrainian or Russian name also in Latin letters: «russkij», «po-russki»), or None:
    no language, several, or other words besides."""
    found = _named(text)
    if found is not None or not text.isascii():
        return found
    from bot.search.text import to_cyrillic  # (pure functions of spelling)

    spelled = {_named(" ".join(to_cyrillic(w, lang) for w in words(text))) for lang in ("ru", "uk")}
    spelled.discard(None)
    return spelled.pop() if len(spelled) == 1 else None


def _named(text: str, allowed: frozenset[str] | None = None) -> str | None:
    """`named` in the words as typed; `allowed`: the words that may be around the name."""
    typed = words(text)
    if not typed or len(typed) > MOST_WORDS:
        return None
    by_start, around = _names()
    around = allowed if allowed is not None else around
    best: dict[str, tuple[int, int]] = {}
    for start in {word[:3] for word in typed}:
        for name in by_start.get(start, ()):
            found = _match(name, typed)
            if found is None:
                continue
            size, exact, used = found
            if any(w not in around for at, w in enumerate(typed) if at not in used):
                continue
            best[name.code] = max(best.get(name.code, (0, 0)), (size, exact))
    if not best:
        return None
    top = max(best.values())
    codes = [code for code, score in best.items() if score == top]
    return codes[0] if len(codes) == 1 else None


def is_code(value: str) -> bool:
    """Whether `value` is a language's code («ka», «be»): what a form keeps for a named one."""
    return value in _codes()


@functools.cache
def _codes() -> frozenset[str]:
    codes = {str(code) for code in Locale.parse("en").languages}
    return frozenset(code for code in codes if "_" not in code and code not in NOT_LANGUAGES)
