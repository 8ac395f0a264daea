"""A cry for help typed alone («help», «SOS», «помогите!», «pomocy»): cries.yaml beside this file,
read as the danger phrases are (words.read)."""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from bot.features.urgent.words import read

MOST = 8  # words: a longer message is a question, whatever its words
ANY = "*"  # a cry of no one language («sos», «help»)


@functools.cache
def _lists() -> tuple[dict[str, str], frozenset[str]]:
    """Each cry (its words, without the `with` words) and its language; the `with` words."""
    source = resources.files("bot.features.urgent") / "cries.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    beside = frozenset(word for entry in data["with"] for word in read(entry).words)
    said: dict[str, str] = {}
    for code, of_language in [*data["cries"].items(), (ANY, data["anywhere"])]:
        for cry in of_language:
            said[" ".join(word for word in read(cry).words if word not in beside)] = code
    return said, beside


def cry(text: str) -> str | None:
    """The language of `text` when it is only a cry for help, said once or more, with «please»,
    «me», punctuation and emoji around it (ANY for «sos», «help»); None otherwise: «help with
    PESEL» is a question."""
    words = read(text).words
    if not words or len(words) > MOST:
        return None
    said, beside = _lists()
    rest = [word for word in words if word not in beside]
    once = [word for at, word in enumerate(rest) if at == 0 or rest[at - 1] != word]
    # said once, or the same cry repeated («help me help me», «sos sos»)
    for size in range(1, len(once) + 1):
        if len(once) % size == 0 and once == once[:size] * (len(once) // size):
            found = said.get(" ".join(once[:size]))
            if found is not None:
                return found
    return None


def cries(text: str) -> bool:
    return cry(text) is not None
