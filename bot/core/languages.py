"""Which language a person's words name: «грузинською» → ka, «по-русски» → ru, «po polsku» → pl.

The names are Babel's (CLDR): every language named in Ukrainian, Russian, English and Polish. A
typed word names a word of a name when it is that word, or begins as it does but for an ending
(«русском» «русский», «polsku» «polski», «англійською» «англійська»): the two share all but
their last two letters (a Polish «-ski» name all but its last: «person» is no «perski»), and at
least four; an English name only as written (a first name such
as «Polina» is no «Polish»). Every word of a name must be there («Swiss German»
needs both); the longest name found wins, then the one found most exactly, then one of the
bot's four languages or of those the step offers («po angielsku»: English, not Angika, whose
name begins as «angielsku» does), then the one sharing more letters; a typo in the name of one
of those («angelski», «англіською») is found when nothing else is; a few words around it are
allowed («на русском», «in English, please»: choice_words.yaml), nothing else: «не
русский» names no language, nor does «грузинська або російська» (two).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable
from importlib import resources
from typing import NamedTuple

from babel import Locale
from rapidfuzz.distance import OSA

from bot.core import yamldata
from bot.core.words import words

NAMED_IN = ("uk", "ru", "en", "pl")
_BOTS = frozenset(NAMED_IN)  # the bot's own languages: preferred where a name resembles two
# CLDR's codes that are no language a person speaks: several, undetermined, none, missing
NOT_LANGUAGES = frozenset({"mul", "und", "zxx", "mis"})
SHORTEST_STEM = 4  # letters a typed word and a name's word share, at least, when not equal
ENDING = 2  # letters at the end of the shorter of the two that may differ
MOST_WORDS = 6  # a longer message is not a language's name
REQUEST_WORDS = 10  # a longer message is not a request for a language («sorry, I don't …»)
_ADVERBIAL = ("ською", "цькою", "зькою")  # «українською», «німецькою»: in a language, no name
TYPO_LENGTH = 5  # letters in a word, at least, for a typo in it to be read past


class _Name(NamedTuple):  # (~2,400 of them: a tuple is a third of a dataclass's memory)
    code: str
    words: tuple[str, ...]
    inflects: bool = True  # named in uk, ru or pl: read in another case too; English: as written


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
            entry = _Name(code, tuple(seen.setdefault(w, w) for w in words(name)), lang != "en")
            for start in {word[:3] for word in entry.words}:
                by_start.setdefault(start, []).append(entry)
    return {start: tuple(found) for start, found in by_start.items()}, _around()


def prepare() -> None:
    """Read every language's names now (~80 ms, ~0.8 MB), not in a person's turn."""
    _names()


def _around() -> frozenset[str]:
    return _words("around_language")


def beside_a_name() -> frozenset[str]:
    """The words a language's name may stand with where a form asks for one («по», «мовою»,
    «please»; «або», «and» between two names): choice_words.yaml."""
    return _around() | _words("between_languages")


def other_names() -> frozenset[str]:
    """Words that name a language where Babel's names do not («жестова», «migowy», «farsi»):
    choice_words.yaml, `language_words`."""
    return _words("language_words")


@functools.cache
def _words(kind: str) -> frozenset[str]:
    source = resources.files("bot.core") / "choice_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))[kind]
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
        code = _named(part, asking) or _spelled(part, asking)
        if code is None or not negations.isdisjoint(said):
            return None
        found.add(code)
    if len(found) != 1 or len(words(text)) < 2:  # a name alone is no request
        return None
    return found.pop()


def not_understood(text: str) -> str | None:
    """The code of the language a message says the person does not understand («I don't
    understand English», «не розумію польською», «nie rozumiem po polsku»): one language named,
    a negation, and otherwise only words of asking (choice_words.yaml); None for anything else."""
    said = words(text)
    asking, negations = _words("asking_language") | _around(), _words("negations")
    if not said or len(said) > REQUEST_WORDS or negations.isdisjoint(said):
        return None
    found: set[str | None] = set()
    for part in re.split(r"[,;.!?]+", text):
        if not all(w in asking or w in negations for w in words(part)):
            found.add(_named(part, asking) or _spelled(part, asking))
    return found.pop() if len(found) == 1 else None


def _same_word(typed: str, word: str) -> bool | None:
    """True: the same word; False: the same but for an ending (all of the name's word but its
    last two letters typed: «русском», «polsku»); None: another word («Russel», read «руссел»,
    is no «русский»; «Ingrid» no «ingryjski»: a person's name never picks a language)."""
    if typed == word:
        return True
    if min(len(typed), len(word)) < SHORTEST_STEM:
        return None
    common = 0
    for a, b in zip(typed, word, strict=False):
        if a != b:
            break
        common += 1
    # a Polish «-ski» name keeps its «sk» in every form («po persku», «perskiego»): «person»,
    # «personal» are no «perski» (a service for some languages was refused them as Persian)
    ending = 1 if word.endswith("ki") else ENDING
    return False if common >= max(SHORTEST_STEM, len(word) - ending) else None


def _typo(typed: str, word: str) -> bool | None:
    """False: `word` typed with one letter wrong, missing or extra («angelski», «англіською»),
    its last two letters perhaps another ending («po angelsku», «по-англиски»); None: another
    word."""
    if min(len(typed), len(word)) < TYPO_LENGTH:
        return None
    if OSA.distance(typed, word, score_cutoff=1) <= 1:
        return False
    stem = len(word) - ENDING
    for cut in (stem - 1, stem, stem + 1) if stem > TYPO_LENGTH else ():
        if len(typed) - ENDING - 1 <= cut <= len(typed):
            if OSA.distance(typed[:cut], word[:stem], score_cutoff=1) <= 1:
                return False
    return None


def _match(
    name: _Name, typed: list[str], same_word: Callable[[str, str], bool | None] = _same_word
) -> tuple[int, int, int, frozenset[int]] | None:
    """(words of the name, how many exactly, letters begun alike, the typed words used) when
    every word of the name is among the typed ones; None otherwise."""
    used: set[int] = set()
    exact = common = 0
    for word in name.words:
        for at, candidate in enumerate(typed):
            if at in used:
                continue
            same = same_word(candidate, word)
            if same is False and same_word is _same_word and not name.inflects:
                same = None  # «Polina» is not «Polish»: an English name has no other endings
            if same is not None:
                used.add(at)
                exact += same
                common += len(os.path.commonprefix([candidate, word]))
                break
        else:
            return None
    return len(name.words), exact, common, frozenset(used)


def named(text: str, prefer: Iterable[str] = ()) -> str | None:
    """The code of the one language `text` names (in uk, ru, en or pl, in any grammatical
    form; a Ukrainian or Russian name also in Latin letters: «russkij», «po-russki»), or None:
    no language, several, or other words besides. `prefer`: the languages the step offers,
    chosen, as the bot's own four are, over others a name resembles; a typo in one of their
    names is read past."""
    liked = frozenset(prefer) | _BOTS
    found = _named(text, None, liked) or _spelled(text, None, liked)
    return found or _named(text, None, liked, typos=True)


def in_sentence(text: str, offered: Iterable[str]) -> str | None:
    """The one language of `offered` a short sentence names among words of its own («visit in
    ukrainian please», «wizyta po ukraińsku proszę», «візит українською будь ласка»): a name as
    `named` reads it, of one to three words in a row; None for none or two of them, a
    negation, a question, or a long message."""
    codes = frozenset(offered)
    said = words(text)
    if not codes or len(said) > REQUEST_WORDS or "?" in text:
        return None
    if not _words("negations").isdisjoint(said):  # «not in Polish»
        return None
    found = set(every_named(text, codes))
    return found.pop() if len(found) == 1 and found <= codes else None  # none besides (F10)


def every_named(text: str, prefer: Iterable[str] = (), only: bool = False) -> list[str]:
    """Every language a short text names, as typed («po gruzińsku albo rosyjsku»: ka, ru;
    names of one to three words, `named`'s way); `only`: none unless every other word may
    stand beside a name (`beside_a_name`: not «ukrainski (ona), ja po polsku», a remark)."""
    said, found, at = words(text), [], 0
    while at < len(said):
        size = next((n for n in (3, 2, 1) if named(" ".join(said[at : at + n]), prefer)), 1)
        code = named(" ".join(said[at : at + size]), prefer)
        if code is None and only and said[at] not in beside_a_name():
            return []
        if code is not None and code not in found:
            found.append(code)
        at += size
    return found


def asked_in_sentence(text: str, offered: Iterable[str]) -> str | None:
    """The language of `offered` a short sentence asks for (`in_sentence`) with a word that reads
    as a request (choice_words.yaml: language_before, language_please): «visit in ukrainian
    please», «wizyta po ukraińsku», «візит українською»; None for a name that only contains a
    language's name («John English», «Nowak Polski», «Anna z Polski», «Maria Polska, proszę»)."""
    code = in_sentence(text, offered)
    if code is None:
        return None
    typed = [(raw, w) for raw in text.split() for w in words(raw)]
    before, please = _words("language_before"), _words("language_please")
    asked_politely = any(w in please for _, w in typed)
    for at, (raw, word) in enumerate(typed):
        if named(word, (code,)) != code:
            continue
        if at and typed[at - 1][1] in before:
            return code
        if raw.islower() and (asked_politely or word.endswith(_ADVERBIAL)):
            return code
    return None


def _spelled(
    text: str, allowed: frozenset[str] | None, liked: frozenset[str] = _BOTS
) -> str | None:
    """`_named` in Latin letters read as Ukrainian or Russian ones («po-russki», «angliyskoyu»);
    the words allowed around the name kept as typed («pozhalujsta»)."""
    if not text.isascii():
        return None
    from bot.search.text import to_cyrillic  # (pure functions of spelling)

    around = allowed if allowed is not None else _around()
    spelled: set[str | None] = set()
    for lang in ("ru", "uk"):
        said = [w if w in around else to_cyrillic(w, lang) for w in words(text)]
        spelled.add(_named(" ".join(said), allowed, liked))
    spelled.discard(None)
    return _pick(spelled, liked)


def _pick(codes: Iterable[str | None], liked: frozenset[str]) -> str | None:
    """The one code among `codes`, or the one of them liked (the bot's, the step's); None."""
    found = {code for code in codes if code is not None}
    if len(found) > 1:
        found &= liked
    return found.pop() if len(found) == 1 else None


def _named(
    text: str,
    allowed: frozenset[str] | None = None,
    liked: frozenset[str] = _BOTS,
    typos: bool = False,
) -> str | None:
    """`named` in the words as typed; `allowed`: the words that may be around the name;
    `typos`: a name of a `liked` language found with a typo in it."""
    typed = words(text)
    if not typed or len(typed) > MOST_WORDS:
        return None
    by_start, around = _names()
    around = allowed if allowed is not None else around
    best: dict[str, tuple[int, int, bool, int]] = {}
    if typos:
        names = [n for found in by_start.values() for n in found if n.code in liked]
    else:
        names = [n for start in {w[:3] for w in typed} for n in by_start.get(start, ())]
    for name in names:
        found = _match(name, typed, _typo if typos else _same_word)
        if found is None:
            continue
        size, exact, common, used = found
        if any(w not in around for at, w in enumerate(typed) if at not in used):
            continue
        score = (size, exact, name.code in liked, common)
        best[name.code] = max(best.get(name.code, score), score)
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
