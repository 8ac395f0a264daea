"""A town said with someone or something, not as where one is: after a «z», «з», «с» that also
means "with", a name in the instrumental («współpraca z Krakowem», «з Краковом», «z Gdynią»,
«с Гдыней»; not «jestem z Krakowa», «я з Кракова»). The words and endings are
spelt_words.yaml's (`with`, `with_endings`, `with_typed`, `with_last`); the exact reading of a
town (cities.py), of an office's name (names.py), of a town of its area (area.py) and the
misspelt one (spelt.py) all leave such a name out."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources

from bot.core import yamldata
from bot.search import text as texts


def said_with(said: Sequence[str], start: int, end: int, name: Sequence[str] = ()) -> bool:
    """Whether the name read in `said[start:end]` (its words `name`; none: any word there) is
    said with someone or something: after a «with» word, in the instrumental; a word typed as
    the name is («z Bytom»: «Bytom» ends as an instrumental does) is not. A Cyrillic «-ой»,
    «-ей», «-ої» is a noun's instrumental («с Гдыней») but also a feminine adjective's
    genitive: beside a word of the name in another case («с Зелёной Гуры», «с
    Острува-Мазовецкой», «з Зеленої Гури»: from there) it is the genitive."""
    if start == 0 or said[start - 1] not in _words()[1]:
        return False
    maybe, other = False, False
    for at, typed in enumerate(said[start:end]):
        if at < len(name) and set(texts.keys(typed)) & set(texts.keys(name[at])):
            continue
        if in_instrumental(typed, last=False):
            return True
        if in_instrumental(typed):
            maybe = True
        else:
            other = True
    return maybe and not other


def in_instrumental(word: str, *, last: bool = True) -> bool:
    """Whether `word` ends as a noun in the instrumental does (`last`: a Russian or Ukrainian
    «-ой», «-ей», which a feminine adjective's genitive ends in too, counts)."""
    _, _, endings, typed_endings, last_endings = _words()
    key = texts.key(word.lower())
    if key.endswith(endings) or word.lower().endswith(typed_endings):
        return True
    return last and texts.is_cyrillic(word) and key.endswith(last_endings)


@functools.cache
def _words() -> tuple[
    frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...]
]:
    source = resources.files("bot.features.office") / "spelt_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    return (
        frozenset(data["before"]),
        frozenset(data["with"]),
        tuple(data["with_endings"]),
        tuple(data["with_typed"]),
        tuple(data["with_last"]),
    )


def before() -> frozenset[str]:
    """The prepositions of place a misspelt town is read after (spelt.py)."""
    return _words()[0]
