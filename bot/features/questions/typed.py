"""A message that only asks for the main menu («меню», «main menu», «start») or for a person
(«оператор», «человек», «a real person»): typed.yaml beside this file. Answered with the menu, or
the way to a person, before any search (answers.py)."""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from bot.core.words import folded, words

KINDS = ("menu", "person")


MOST_CHARS = 200  # a message longer than this is more than «menu» or «a person, please»


@functools.cache
def _lists() -> tuple[dict[str, str], frozenset[str]]:
    """Each request, folded and without the `around` words, and its kind; those words."""
    source = resources.files("bot.features.questions") / "typed.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    around = frozenset(word for entry in data["around"] for word in words(entry))
    said: dict[str, str] = {}
    for kind in KINDS:
        for entry in data[kind]:
            key = " ".join(word for word in words(entry) if word not in around)
            said.setdefault(key or folded(entry), kind)
    return said, around


def asked(text: str) -> str | None:
    """«menu» or «person» when `text` is only a request for it, said in any of our languages
    («Головне меню», «хочу живого оператора», «a real person, please»); None otherwise."""
    if len(text) > MOST_CHARS:  # (not read: a long message is never only that)
        return None
    said, around = _lists()
    rest = " ".join(word for word in words(text) if word not in around)
    return said.get(rest) if rest else None
