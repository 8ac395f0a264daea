"""A cry for help typed alone («help», «SOS», «помогите!», «pomocy»): cries.yaml beside this file,
read as the danger phrases are (words.read)."""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from bot.features.urgent.words import read

MOST = 8  # words: a longer message is a question, whatever its words


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    source = resources.files("bot.features.urgent") / "cries.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    beside = frozenset(word for entry in data["with"] for word in read(entry).words)
    said = frozenset(
        " ".join(word for word in read(cry).words if word not in beside)
        for of_language in data["cries"].values()
        for cry in of_language
    )
    return said, beside


def cries(text: str) -> bool:
    """True when `text` is only a cry for help, said once or more, with «please», «me»,
    punctuation and emoji around it; «help with PESEL» is a question."""
    words = read(text).words
    if not words or len(words) > MOST:
        return False
    said, beside = _lists()
    rest = [word for word in words if word not in beside]
    once = [word for at, word in enumerate(rest) if at == 0 or rest[at - 1] != word]
    if not once:
        return False
    if " ".join(once) in said:
        return True
    # the same cry repeated («help me help me», «sos sos»)
    for size in range(1, len(once) // 2 + 1):
        if len(once) % size == 0 and once == once[:size] * (len(once) // size):
            return " ".join(once[:size]) in said
    return False
