"""A place typed at a choice question whose options name only its kind (tester 43, F8): at
«Куда пойти? — В учреждение / В школу или детский сад / К врачу» the answers «в налоговую»,
«Urząd Skarbowy, ul. Kościuszki 2», «do ZUS», «до стоматолога» are the office's or the doctor's
option, as its own label typed is; the words of each kind in place_kinds.yaml (uk, ru, en, pl).
An option is of a kind when a word of its label in any language is; what was typed names one
kind, and exactly one option is of it. A text that says no («не в налоговую, а к врачу») or
names two kinds is no answer (asked again, as before)."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources

from bot.core import yamldata
from bot.core.words import fold, words
from bot.settings.catalogue import FormField

_NOT = frozenset(("не", "ні", "нет", "not", "nie", "no"))
_MORE = 2  # letters a whole word may have more («zusu», «суда»)


@functools.cache
def _kinds() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Each kind's whole words and beginnings, folded."""
    text = (resources.files(__package__) / "place_kinds.yaml").read_text(encoding="utf-8")
    found: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
    for kind, entries in yamldata.safe_load(text).items():
        said = [str(e) for e in entries]
        whole = frozenset(fold(e) for e in said if not e.endswith("*"))
        found[kind] = (whole, tuple(fold(e[:-1]) for e in said if e.endswith("*")))
    return found


def _of(said: list[str]) -> set[str]:
    """The kinds the folded words `said` name (a phrase of the table, «city hall», too)."""
    joined = " ".join(said)
    found = set()
    for kind, (whole, begun) in _kinds().items():
        phrases = [w for w in whole if " " in w]
        if any(_whole(word, whole) or word.startswith(begun) for word in said) or any(
            f" {p} " in f" {joined} " for p in phrases
        ):
            found.add(kind)
    return found


def _whole(word: str, whole: frozenset[str]) -> bool:
    return any(
        word[: len(word) - extra] in whole for extra in range(_MORE + 1) if extra < len(word)
    )


def option(field: FormField, text: str) -> str | None:
    """The one option of the kind of place `text` names, or None."""
    said = words(text)
    if not said or any(w in _NOT for w in said):
        return None
    kinds = _of(said)
    if len(kinds) != 1:
        return None
    options = {key for key, labels in field.options if kinds & _labelled(labels.values.values())}
    return options.pop() if len(options) == 1 else None


def _labelled(labels: Iterable[str]) -> set[str]:
    """The kinds an option's labels name."""
    found: set[str] = set()
    for label in labels:
        found |= _of(words(label))
    return found
