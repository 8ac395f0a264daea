"""Text folded for comparing what a person typed with what a button or a list says: case,
accents, emoji, punctuation and apostrophes aside («Zgadzam się» = «zgadzam sie», «✅ I agree»
= «i agree», «09:30» = «9.30»); and whether a description typed is too little to be one
(`too_short`)."""

from __future__ import annotations

import re
import unicodedata

# Letters that do not come apart into a letter and an accent (NFKD): as people type them
# without the Polish keyboard.
_PLAIN = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ß": "ss", "ı": "i"})
_WORD = re.compile(r"[^\W\d_]+|\d+")
LEAST = 3  # characters of a description or a note, at least: «ok», «ab» say nothing yet
_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ`‘](?=\w)")  # «з'єднати», «O’Neil»: one word
# Latin letters that look like Cyrillic ones (lower case), typed inside a Cyrillic word by a
# keyboard switched half-way («серeду» with a Latin e): read as the Cyrillic letter
_LOOKALIKES = str.maketrans("aeopcxykmti", "аеорсхукмті")
_MIXED = re.compile(r"[^\W\d_]*[a-z][^\W\d_]*")
_CYRILLIC = re.compile(r"[а-яёіїєґ]")


def cyrillic(text: str) -> str:
    """A word of lower-case `text` that is otherwise Cyrillic (more Cyrillic letters than
    Latin ones) with its Latin look-alike letters as the Cyrillic ones; other words as typed."""
    if _CYRILLIC.search(text) is None:
        return text

    def word(found: re.Match[str]) -> str:
        said = found.group()
        cyr = len(_CYRILLIC.findall(said))
        return said.translate(_LOOKALIKES) if cyr > len(said) - cyr else said

    return _MIXED.sub(word, text)


_FOLDED: dict[str, str] = {}  # the last texts folded: one message is folded by several checks


def fold(text: str) -> str:
    """Lower case without accents (ё → е, й → и, ń → n, ł → l), a Latin look-alike letter in
    a Cyrillic word as its Cyrillic one (`cyrillic`): how both sides are compared."""
    found = _FOLDED.get(text)
    if found is None:
        if len(_FOLDED) >= 64:
            _FOLDED.clear()
        found = _FOLDED[text] = _fold(text)
    return found


def _fold(text: str) -> str:
    text = cyrillic(_APOSTROPHES.sub("", text.casefold()))
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_PLAIN)


_WORDS: dict[str, tuple[str, ...]] = {}  # the last texts' words: as `_FOLDED` (~10 a turn)


def words(text: str) -> list[str]:
    """The folded words and numbers of `text`, without emoji and punctuation; a number without
    its leading zeros («09:30» is «9 30»)."""
    found = _WORDS.get(text)
    if found is None:
        if len(_WORDS) >= 64:
            _WORDS.clear()
        found = _WORDS[text] = tuple(
            w.lstrip("0") or "0" if w.isdigit() else w for w in _WORD.findall(fold(text))
        )
    return list(found)


def folded(text: str) -> str:
    """`words` joined by single spaces: «🇵🇱 Polski» → «polski», «10:30» → «10 30»."""
    return " ".join(words(text))


def too_short(text: str, least: int = LEAST) -> bool:
    """Whether typed text is too little to describe a matter: fewer than `least` characters,
    or no letter at all («ok», «3», «12», «?!»): an appointment's need, a callback's or a
    visit's description, a help request's note. The person is asked for a few words."""
    said = " ".join(text.split())
    return len(said) < least or not any(ch.isalpha() for ch in said)
