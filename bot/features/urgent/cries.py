"""A cry for help typed alone («help», «SOS», «помогите!», «pomocy»), or a longer plea made only
of cries and words of being at a loss («я не понимаю что делать, все сложно, помогите
пожалуйста»): cries.yaml beside this file, read as the danger phrases are (words.read)."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from bot.core import yamldata
from bot.features.urgent.reading import read

MOST = 8  # words: a longer message is a question, whatever its words
PLEA_MOST = 30  # words (beside «please», «I», «and»): a longer message goes to the search
ANY = "*"  # a cry of no one language («sos», «help»)
SOS = "\N{SQUARED SOS}"  # 🆘 alone is a cry, as «sos» typed (not an emoji asking for words)


@functools.cache
def _data() -> Any:
    """cries.yaml, read once for the cries, the pleas and the words of distress."""
    source = resources.files("bot.features.urgent") / "cries.yaml"
    return yamldata.safe_load(source.read_text(encoding="utf-8"))


@functools.cache
def _lists() -> tuple[dict[str, str], frozenset[str]]:
    """Each cry (its words, without the `with` words) and its language; the `with` words."""
    data = _data()
    beside = frozenset(word for entry in data["with"] for word in read(entry).words)
    said: dict[str, str] = {}
    for code, of_language in [*data["cries"].items(), (ANY, data["anywhere"])]:
        for cry in of_language:
            said[" ".join(word for word in read(cry).words if word not in beside)] = code
    return said, beside


def said(text: str) -> list[str]:
    """The words of a message as `cry` and `plea` read them (the screen reads a message once
    for both: a 4,000-character one takes ~5 ms); the 🆘 emoji is the word «sos»."""
    return read(text.replace(SOS, " sos ")).words


def cry(text: str, words: list[str] | None = None) -> str | None:
    """The language of `text` when it is only a cry for help, said once or more, with «please»,
    «me», punctuation and emoji around it (ANY for «sos», «help»); None otherwise: «help with
    PESEL» is a question."""
    words = said(text) if words is None else words
    if not words or len(words) > MOST:
        return None
    known, beside = _lists()
    rest = [word for word in words if word not in beside]
    once = [word for at, word in enumerate(rest) if at == 0 or rest[at - 1] != word]
    # said once, or the same cry repeated («help me help me», «sos sos»)
    for size in range(1, len(once) + 1):
        if len(once) % size == 0 and once == once[:size] * (len(once) // size):
            found = known.get(" ".join(once[:size]))
            if found is not None:
                return found
    return None


def cries(text: str) -> bool:
    return cry(text) is not None


def cries_within(text: str) -> bool:
    """Whether a cry for help is said anywhere in `text` («help, my husband beats me»), not
    only alone: a plea, where danger words are beside it."""
    said, _ = _lists()
    words = read(text).words
    for phrase in said:
        cry_words = phrase.split()
        size = len(cry_words)
        if any(words[at : at + size] == cry_words for at in range(len(words) - size + 1)):
            return True
    return False


@functools.cache
def _pleas() -> tuple[dict[tuple[str, ...], str], frozenset[str], int]:
    """Each cry and plea (its words, without the `with` and `around` words) and its language;
    those words; the most words a phrase has."""
    data = _data()
    between = frozenset(
        word for entry in [*data["with"], *data["around"]] for word in read(entry).words
    )
    phrases: dict[tuple[str, ...], str] = {}
    # («help» alone is of no one language, though «help me» is English)
    languages = [
        (ANY, data["anywhere"]),
        *data["cries"].items(),
        *data["pleas"].items(),
        *data["distress"].items(),
    ]
    for code, of_language in languages:
        for entry in of_language:
            words = tuple(word for word in read(entry).words if word not in between)
            if words:
                phrases.setdefault(words, code)
    return phrases, between, max(len(words) for words in phrases)


def plea(text: str, words: list[str] | None = None) -> str | None:
    """The language of `text` when it is only cries for help and words of being at a loss
    («I don't know what to do, please help me», «nie wiem co robić, pomóżcie»), with «please»,
    «I», «and», «all» between them (ANY when no phrase says which); None otherwise: «допоможіть
    з песелем», «I don't know what to do about my visa» are questions."""
    phrases, between, longest = _pleas()
    words = [word for word in (said(text) if words is None else words) if word not in between]
    # a word said again at once counts once («помогите помогите помогите ...» × 300)
    words = [word for at, word in enumerate(words) if at == 0 or words[at - 1] != word]
    if not words or len(words) > PLEA_MOST:
        return None
    # tiled by phrases, each word in one: at each position, the languages of the tilings that
    # cover everything after it (None: none does)
    ahead: list[list[str] | None] = [None] * len(words) + [[]]
    for at in range(len(words) - 1, -1, -1):
        for size in range(1, min(longest, len(words) - at) + 1):
            code = phrases.get(tuple(words[at : at + size]))
            rest = ahead[at + size]
            if code is not None and rest is not None:
                ahead[at] = [code, *rest]
                break
    found = ahead[0]
    if not found:
        return None
    return next((code for code in found if code != ANY), ANY)


@functools.cache
def _distress() -> tuple[tuple[str, ...], ...]:
    """The words of distress (cries.yaml: distress), without the words between."""
    data = _data()
    _, between, _ = _pleas()
    found = (tuple(w for w in read(e).words if w not in between) for e in _all(data["distress"]))
    return tuple(words for words in found if words)


def _all(by_language: dict[str, list[str]]) -> list[str]:
    return [entry for entries in by_language.values() for entry in entries]


def at_a_loss(text: str) -> bool:
    """Whether `text` is a plea of being at a loss without words of distress («I don't know what
    to do, help me», «не знаю що робити, допоможіть»): where a form asks what the matter is, the
    matter (bot.features.urgent.in_free_text); «я в розпачі, допоможіть» is not."""
    if plea(text) is None:
        return False
    _, between, _ = _pleas()
    words = [word for word in said(text) if word not in between]
    return not any(
        tuple(words[at : at + len(d)]) == d for d in _distress() for at in range(len(words))
    )


def around() -> frozenset[str]:
    """The words of the cries and pleas and the words around them («please», «me», «I»): what
    may stand beside danger words in a message that says nothing else (kinds.alone)."""
    phrases, between, _ = _pleas()
    return between | {word for words in phrases for word in words}


def lists() -> None:
    """Read the cries' and the pleas' lists now (bot.features.urgent: Feature.prepare)."""
    _lists()
    _pleas()
    _distress()
