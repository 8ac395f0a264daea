"""The entries of the danger tables (words.yaml and the files beside it) read as phrases for
matching (tries.py); the matching itself: words.py.

A phrase's words are found in order; between two of them may stand two other words (`OTHERS`)
and any number of `skip` words (particles: «вже», «больше», «бы», «just», «już»), possessives
and numbers («винні їм 3000 євро за дорогу»), never the end of a sentence. A word ending in *
is any word that starts so. A phrase ending in $ is a short cry: its words stand together (only
`skip` words between them), and it counts only where its clause ends (nothing but `skip` words
after it before a comma, a full stop, an emoji or the end):
«I can't go on.» but not «I can't go on with this application», «не можу більше» but not «не
можу чекати більше». Words after "|" cancel the phrase when one of them comes right after it:
«не хочу жити | в у тут» is not said of «не хочу жити в гуртожитку». Choices in brackets, split
by "/", make one phrase of each: «(син/донька) зник*» is «син зник*» and «донька зник*». A
phrase starting with ^ has its words stand together as a $ phrase's do, wherever its clause ends:
«^працодав* закри* нас» is said of «працодавець закрив нас і забрав паспорти», not of
«працодавець закриває фірму, нас звільняють». A «_» between two words lets any number of other
words stand there, within the sentence: «(пішла/ушла/wyszła) _ нигде нет» (a person gone, then
not found, however the middle is told). A table's other forms of its phrases (the verb last,
Polish «się» before its verb, the third person): forms.py.
"""

from __future__ import annotations

import re
import sys

from bot.features.urgent import english, forms, tries
from bot.features.urgent.reading import NEGATIONS, Kept, words_of

NOTHING: frozenset[str] = frozenset()
_CHOICE = re.compile(r"\(([^()]*)\)")
_REFLEXIVE = re.compile(r"(?<!\w)(się|sie)(?!\w)")
NEGATIONS_SET = frozenset(NEGATIONS)


def _expand(entry: str) -> list[str]:
    """An entry with choices in brackets as the entries it stands for: «(син/донька) зник*» is
    «син зник*» and «донька зник*»; a choice may be several words («(до дому/ze szkoły)»)."""
    found = _CHOICE.search(entry)
    if found is None:
        return [entry]
    before, after = entry[: found.start()], entry[found.end() :]
    return [one for choice in found.group(1).split("/") for one in _expand(before + choice + after)]


def _phrases(entry: str, lang: str, negated: frozenset[str], kept: Kept) -> list[tries.Phrase]:
    """The phrases an entry stands for, its choices read once each (the phrases' words are the
    words of its stretches one after another) where they stand apart from other words; else
    each phrase read whole."""
    said, _, unless = entry.partition("|")
    said = said.strip()
    parts = _CHOICE.split(said)
    if not _apart(parts) or _CHOICE.search(unless):
        return [_entry(one, negated, lang, kept) for one in _expand(entry)]
    end = (said.endswith("$"), frozenset(words_of(unless, kept=kept)) or NOTHING, lang)
    tight = end[0] or said.startswith("^")
    return [(words, tight, end) for words in _words(parts, negated, kept)]


def _words(parts: list[str], negated: frozenset[str], kept: Kept) -> list[tuple[str, ...]]:
    """The words of each phrase of an entry split by its choices (`_CHOICE.split`)."""
    said: list[tuple[str, ...]] = [()]
    for at, part in enumerate(parts):
        if at % 2:
            choices = [
                tuple(words_of(one, negated, stars=True, kept=kept)) for one in part.split("/")
            ]
            said = [before + choice for before in said for choice in choices]
        elif part:
            stretch = tuple(words_of(part, negated, stars=True, kept=kept))
            said = [before + stretch for before in said]
    return said


def _apart(parts: list[str]) -> bool:
    """Whether each choice of an entry split by its choices stands apart from the words around
    it (a space, the start or the end between; no "$", "^" or "|" in it)."""
    last = len(parts) - 2
    return all(
        (parts[at - 1][-1:] in (" ", "^") or at == 1 and not parts[0])
        and (parts[at + 1][:1] in (" ", "$") or at == last and not parts[-1])
        and not any(mark in parts[at] for mark in "$^|")
        for at in range(1, len(parts), 2)
    )


def _entry(entry: str, negated: frozenset[str], lang: str, kept: Kept) -> tries.Phrase:
    said, _, unless = entry.partition("|")
    said = said.strip()
    at_end, together = said.endswith("$"), said.startswith("^")
    words = tuple(words_of(said.rstrip("$"), negated, stars=True, kept=kept))
    unless_words = frozenset(words_of(unless, kept=kept))
    return words, at_end or together, (at_end, unless_words or NOTHING, lang)


def build(
    data: dict[str, list[str]], skip: frozenset[str], persons: bool, tensed: bool = False
) -> tries.Table:
    """The table of a file's entries (by language), with its `skip` words; `persons`: its phrases
    said of someone else too (forms.py); `tensed`: its English verbs as written (english.py)."""
    listed = [(sys.intern(code), entry) for code, entries in data.items() for entry in entries]
    kept: Kept = {}  # (a word read once for all the phrases it stands in)
    # the words a negation stands before, read without splitting; then every phrase read with
    negated = set()
    for code, entry in listed:
        if NEGATIONS_SET.isdisjoint(words_of(entry.partition("|")[0], kept=kept)):
            continue  # (no negation in any of its phrases)
        for words, _, _ in _formed(entry, code, NOTHING, kept, persons):
            negated |= {b for a, b in zip(words, words[1:], strict=False) if a in NEGATIONS}
    frozen = frozenset(w for w in negated if not w.endswith("*"))
    said = (
        phrase if tensed else english.phrase(phrase)  # (English verbs as their base: english.py)
        for code, entry in listed
        for phrase in _formed(entry, code, frozen, kept, persons)
    )
    return tries.build(said, skip, frozen)


def _formed(
    entry: str, lang: str, negated: frozenset[str], kept: Kept, persons: bool
) -> list[tries.Phrase]:
    """The phrases of an entry with its other forms (forms.py), where it has any: the verb last
    («~»), Polish «się», the third person (a table with `persons`)."""
    if not (
        persons
        or entry.lstrip().startswith("~")
        or lang == "pl"
        and _REFLEXIVE.search(entry.partition("|")[0])
    ):
        return _phrases(entry, lang, negated, kept)
    return [
        _entry(form, negated, lang, kept)
        for one in _expand(entry)
        for form in forms.variants(one, lang, persons=persons)
    ]
