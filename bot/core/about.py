"""A question about what a form is for, typed in it: «а це безкоштовно?», «а де це?», «коли
заняття?», «is it free?», «gdzie to jest?». Which of the kinds it asks (price, place, time,
whom: about_words.yaml), read narrowly: every word is a kind's or one that only points at
"this"; any other word and it is none. The form's own page answers it (Flow.about) and the
form goes on; other questions are offered an answer outside the form, as before.

The reading itself (`Table`, `read`, `speaks`) serves any such table of words: a follow-up
question after an answer («а скільки це коштує?», «what documents?») is read with the
questions feature's own (bot/features/questions/follow_words.yaml)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from bot.core import yamldata
from bot.core.words import words

KINDS = ("price", "place", "time", "whom")  # in the order an answer gives them
BRING = "bring"  # what to bring to a visit: a booking's own (its topic's «Please bring»)
AROUND = ""  # the words around a kind's own: they name no kind


@dataclass(frozen=True)
class Table:
    """Phrases (folded words) -> their kind, the beginnings of words («безкоштовн*») -> theirs,
    and the most words a phrase has."""

    phrases: dict[tuple[str, ...], str]
    starts: dict[str, str]
    longest: int

    @functools.cached_property
    def beginnings(self) -> tuple[str, ...]:
        """Every beginning of `starts`, for str.startswith."""
        return tuple(self.starts)


@functools.cache
def table(package: str, name: str, kinds: str = "kinds", around: str | None = "around") -> Table:
    """The table of the file `name` of `package`: the words of each kind under the key `kinds`
    (kind -> language -> words), and, under `around`, the words that name no kind (AROUND)."""
    data = yamldata.safe_load((resources.files(package) / name).read_text(encoding="utf-8"))
    lists = list(data[kinds].items())
    if around is not None:
        lists.append((AROUND, data[around]))
    phrases: dict[tuple[str, ...], str] = {}
    starts: dict[str, str] = {}
    for kind, by_lang in lists:
        for entry in (str(e) for entries in by_lang.values() for e in entries):
            if entry.endswith("*"):
                starts[" ".join(words(entry))] = kind
            else:
                phrases[tuple(words(entry))] = kind
    return Table(phrases, starts, max((len(p) for p in phrases), default=1))


def _about() -> Table:
    return table("bot.core", "about_words.yaml")


def prepare() -> None:
    """The word table read ahead (Feature.prepare), not in a person's turn."""
    _about()


def _kind_at(said: list[str], at: int, words_of: Table) -> tuple[str, int] | None:
    """The kind (AROUND for the words around) of the longest phrase at `at`, and its length."""
    for length in range(min(words_of.longest, len(said) - at), 0, -1):
        kind = words_of.phrases.get(tuple(said[at : at + length]))
        if kind is not None:
            return kind, length
    word = said[at]
    if not word.startswith(words_of.beginnings):  # (most words: one look, not one a beginning)
        return None
    kind = next((k for start, k in words_of.starts.items() if word.startswith(start)), None)
    return None if kind is None else (kind, 1)


def read(text: str, words_of: Table) -> frozenset[str]:
    """What a message made only of the table's words asks (empty: not such a message)."""
    found = _read(text, words_of)
    return frozenset() if found is None else frozenset(found - {AROUND})


def made_of(text: str, words_of: Table) -> bool:
    """Whether every word of `text` is one of the table's, of a kind or around (none: no)."""
    return bool(_read(text, words_of))


def _read(text: str, words_of: Table) -> set[str] | None:
    """The kinds (AROUND too) of a message made only of the table's words; None: another word."""
    said, found, at = words(text), set(), 0
    while at < len(said):
        kind = _kind_at(said, at, words_of)
        if kind is None:
            return None
        found.add(kind[0])
        at += kind[1]
    return found


def speaks(text: str, kind: str, words_of: Table) -> bool:
    """Whether `text` has a word of `kind` in the table."""
    said = words(text)
    return any(
        (k := _kind_at(said, at, words_of)) is not None and k[0] == kind for at in range(len(said))
    )


def kinds(text: str) -> frozenset[str]:
    """What a question made only of these words asks (empty: not such a question)."""
    return read(text, _about())


def speaks_of(text: str, kind: str) -> bool:
    """Whether `text` (a description) has a word of `kind` («Безкоштовні заняття …»: price)."""
    return speaks(text, kind, _about())
