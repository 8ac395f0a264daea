"""A question about what a form is for, typed in it: «а це безкоштовно?», «а де це?», «коли
заняття?», «is it free?», «gdzie to jest?». Which of the kinds it asks (price, place, time,
whom: about_words.yaml), read narrowly: every word is a kind's or one that only points at
"this"; any other word and it is none. The form's own page answers it (Flow.about) and the
form goes on; other questions are offered an answer outside the form, as before."""

from __future__ import annotations

import functools
from importlib import resources

import yaml

from bot.core.words import words

KINDS = ("price", "place", "time", "whom")  # in the order an answer gives them
AROUND = ""  # the words around a kind's own: they name no kind
LONGEST = 3  # words of a phrase, at most


@functools.cache
def _table() -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """Phrases (folded words) -> their kind, and the beginnings of words («безкоштовн*»)."""
    source = resources.files("bot.core") / "about_words.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    phrases: dict[tuple[str, ...], str] = {}
    starts: dict[str, str] = {}
    lists = [(kind, by_lang) for kind, by_lang in data["kinds"].items()]
    for kind, by_lang in [*lists, (AROUND, data["around"])]:
        for entry in (str(e) for entries in by_lang.values() for e in entries):
            if entry.endswith("*"):
                starts[" ".join(words(entry))] = kind
            else:
                phrases[tuple(words(entry))] = kind
    return phrases, starts


def prepare() -> None:
    """The word table read ahead (Feature.prepare), not in a person's turn."""
    _table()


def _kind_at(said: list[str], at: int) -> tuple[str, int] | None:
    """The kind (AROUND for the words around) of the longest phrase at `at`, and its length."""
    phrases, starts = _table()
    for length in range(min(LONGEST, len(said) - at), 0, -1):
        kind = phrases.get(tuple(said[at : at + length]))
        if kind is not None:
            return kind, length
    word = said[at]
    kind = next((k for start, k in starts.items() if word.startswith(start)), None)
    return None if kind is None else (kind, 1)


def kinds(text: str) -> frozenset[str]:
    """What a question made only of these words asks (empty: not such a question)."""
    said, found, at = words(text), set(), 0
    while at < len(said):
        kind = _kind_at(said, at)
        if kind is None:
            return frozenset()
        found.add(kind[0])
        at += kind[1]
    return frozenset(found - {AROUND})


def speaks_of(text: str, kind: str) -> bool:
    """Whether `text` (a description) has a word of `kind` («Безкоштовні заняття …»: price)."""
    said = words(text)
    return any((k := _kind_at(said, at)) is not None and k[0] == kind for at in range(len(said)))
