"""How the danger screen reads a message and its phrases (words.py, cries.py).

A message and every phrase are read the same way (`read`): lower case, apostrophes dropped
(«б'є», «бʼє» and «бє»; «don't» and «dont»; «he'll» is «he will»), ё = е, ы = и («жыть» is
«жить», «бы» is «би»), ґ = г («згвалтували» as most phones type it),
Polish letters without their marks («chcę» is «chce»), «kh» = «h» in Latin letters («khochu»),
English «n't» as «not» («can't», «cant», «cannot» are «can not»), Ukrainian «в» as «у», «із» and
«зі» as «з», and «не», «ne», «nie» joined to a word that follows them in some phrase split off
again («нехочу» is «не хочу»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "´": "'"})
_FOLD = str.maketrans(
    {
        "'": "",
        "ё": "е",
        "ы": "и",
        "ґ": "г",
        "ą": "a",
        "ć": "c",
        "ę": "e",
        "ł": "l",
        "ń": "n",
        "ó": "o",
        "ś": "s",
        "ź": "z",
        "ż": "z",
    }
)
_KEEP_APOSTROPHE = str.maketrans({k: v for k, v in _FOLD.items() if k != ord("'")})
TOKEN = re.compile(r"\w+(?:'\w+)*\*?")
_SENTENCE_END = re.compile(r"[.!?;…\n]")
_ENGLISH = {
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "cant": ("can", "not"),
    "cannot": ("can", "not"),
    "couldnt": ("could", "not"),
    "wont": ("will", "not"),
    "wouldnt": ("would", "not"),
    "shouldnt": ("should", "not"),
    "wasnt": ("was", "not"),
    "werent": ("were", "not"),
    "isnt": ("is", "not"),
    "arent": ("are", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "hadnt": ("had", "not"),
    "wanna": ("want", "to"),
    "gonna": ("going", "to"),
}
# Ukrainian's alternating prepositions read as one («біль в грудях» is «біль у грудях», «із
# собою» «з собою»; Russian's «в» too: no phrase tells «у»/«в» apart)
_ALIKE = {"в": "у", "із": "з", "зі": "з"}
# «he'll», «she'd», «they're» as two words (without the apostrophe «he'll» would be «hell»)
_ENDINGS = {"ll": "will", "d": "would", "re": "are", "ve": "have", "m": "am"}
# a laugh after a word (read as one, `Words.laughs`: figures.py)
_LAUGHS = frozenset("😅😂🤣😆😁😄😹🙃😜😝")
NEGATIONS = ("nie", "не", "ne")  # (the longest first: «nie» is not «ne» + «ie»)


@dataclass(frozen=True)
class Words:
    """The message read: its words, and after each whether a clause or a sentence ends."""

    words: list[str]
    clause_end: list[bool]
    sentence_end: list[bool]
    tokens: list[int]  # the token of `spans` each word was read from («dont»: «do», «not»)
    laughs: list[bool]  # a laughing emoji after the word («this queue will kill me 😅»)


def _fold(word: str) -> str:
    if "kh" in word and word.isascii():
        return word.replace("kh", "h")
    return word


def _split(word: str, negated: frozenset[str]) -> tuple[str, ...]:
    if "'" in word:
        stem, _, ending = word.rpartition("'")
        if ending in _ENDINGS and stem.isalpha() and word.isascii():
            return stem, _ENDINGS[ending]
        word = word.replace("'", "")
    if word in _ENGLISH:
        return _ENGLISH[word]
    if word in _ALIKE:
        return (_ALIKE[word],)
    for negation in NEGATIONS:
        rest = word[len(negation) :]
        if word.startswith(negation) and len(rest) >= 3 and rest in negated:
            return negation, rest
    return (word,)


# A message's readings, for the few checks of one turn (each table, the cries, the towns read
# it again: ~2-8 ms each for a 4,000-character message, on the event loop)
_READ: dict[tuple[str, frozenset[str], bool], Words] = {}
_KEPT = 32


def read(text: str, negated: frozenset[str] = frozenset(), *, stars: bool = False) -> Words:
    """`text` as words; `stars`: a phrase's own, whose words may end with "*" (not to be
    changed: the same reading is handed to every caller of the same text)."""
    key = (text, negated, stars)
    found = _READ.get(key)
    if found is None:
        if len(_READ) >= _KEPT:
            _READ.clear()
        found = _READ[key] = _read(text, negated, stars)
    return found


def _read(text: str, negated: frozenset[str], stars: bool) -> Words:
    text = text.lower().translate(_APOSTROPHES)
    words: list[str] = []
    clause_end: list[bool] = []
    sentence_end: list[bool] = []
    tokens: list[int] = []
    laughs: list[bool] = []
    found = TOKEN.findall(text)
    gaps = TOKEN.split(text)[1:]  # what follows each word, up to the next
    for token, (word, after) in enumerate(zip(found, gaps, strict=True)):
        word = word.translate(_KEEP_APOSTROPHE)
        parts = _split(_fold(word if stars else word.rstrip("*")), negated)
        if len(parts) > 1:
            words += parts[:-1]
            clause_end += [False] * (len(parts) - 1)
            sentence_end += [False] * (len(parts) - 1)
        words.append(parts[-1])
        tokens += [token] * len(parts)
        if len(parts) > 1:
            laughs += [False] * (len(parts) - 1)
        laughs.append(not after.isascii() and not _LAUGHS.isdisjoint(after))
        if after == " ":
            clause_end.append(False)
            sentence_end.append(False)
        else:
            gap = after.strip()
            clause_end.append(gap not in ("", "-"))
            sentence_end.append(bool(_SENTENCE_END.search(after)))
    if words:  # (the message ends both)
        clause_end[-1] = sentence_end[-1] = True
    return Words(words, clause_end, sentence_end, tokens, laughs)


def spans(text: str) -> list[tuple[int, int]]:
    """Where in `text` each token `read` reads stands (`Words.tokens` index them)."""
    return [m.span() for m in TOKEN.finditer(text.lower().translate(_APOSTROPHES))]
