"""A time typed roughly (tester 42, F6): «десь о 10 якщо можна», «десь о 9-й», «около 9-ти»,
«about 10ish», «koło 10», «gdzieś o dziesiątej». The word for «about» before it, an «if
possible» after it and an ending on the hour («9-й», «9-ти», «10ish») are left aside, and the
time read as if typed plainly (bot.core.when.at); «about» marks a number alone as an hour, as
«о 10» does. The time is taken as said: the free times shown then are the nearest to it.

The words are when_words.yaml's (`about`, `if`, `possible`, `hour_endings`), read and checked
at start (`prepare`): a list without one of the bot's languages stops it, naming the list."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from bot.core import yamldata

FILE = "when_words.yaml"
LANGUAGES = ("uk", "ru", "en", "pl")
_IN_EACH = ("about", "if", "possible")  # said in every language
_LISTS = (*_IN_EACH, "hour_endings")


@dataclass(frozen=True)
class _Rough:
    about: re.Pattern[str]  # a word for «about» at the start, and the spaces after it
    if_possible: re.Pattern[str]  # «якщо можна», «if possible» at the end
    ending: re.Pattern[str]  # an ending on the hour's digits («9-й», «10ish»)


def plain(text: str) -> tuple[str, bool]:
    """`text` without what makes it rough, and whether it was said to be about a time."""
    rough = _rough()
    said = rough.if_possible.sub("", text) or text
    said = rough.ending.sub(r"\1", said)
    about = rough.about.sub("", said, count=1)
    return about, about != said


def prepare() -> None:
    """The words read and checked ahead (Feature.prepare), not in a person's turn."""
    _rough()


@functools.cache
def _rough() -> _Rough:
    return patterns((resources.files("bot.core") / FILE).read_text(encoding="utf-8"))


def patterns(text: str) -> _Rough:
    """The patterns of a when_words.yaml's text; ValueError naming the list where one is not a
    list of words by language, or lacks one of LANGUAGES (`about`, `if`, `possible`)."""
    data = yamldata.safe_load(text)
    words = {name: _words(data, name) for name in _LISTS}

    def either(name: str) -> str:
        return "|".join(words[name])

    return _Rough(
        about=re.compile(rf"^\s*(?:{either('about')})\s+", re.I),
        if_possible=re.compile(
            rf"[\s,]+(?:{either('if')})\s+(?:{either('possible')})[\s.!]*$", re.I
        ),
        ending=re.compile(rf"(\d)\s*-?\s*(?:{either('hour_endings')})(?!\w)", re.I),
    )


def _words(data: Any, name: str) -> list[str]:
    """The list's words as patterns, the longest first (a space: any spaces)."""
    where = f"bot/core/{FILE}, `{name}`"
    by_lang = data.get(name) if isinstance(data, dict) else None
    if not isinstance(by_lang, dict):
        raise ValueError(f"{where}: missing, or not a list of words by language")
    missing = [code for code in LANGUAGES if code not in by_lang] if name in _IN_EACH else []
    unknown = [str(code) for code in by_lang if code not in LANGUAGES]
    if missing or unknown:
        said = f"no {', '.join(missing)}" if missing else f"not a language: {', '.join(unknown)}"
        raise ValueError(f"{where}: {said} (each of {', '.join(LANGUAGES)})")
    words: set[str] = set()
    for code, entries in by_lang.items():
        if (
            not isinstance(entries, list)
            or not entries
            or not all(isinstance(e, str) and e.strip() for e in entries)
        ):
            raise ValueError(f"{where}, {code}: not a list of words")
        words.update(" ".join(e.split()) for e in entries)
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return [r"\s+".join(map(re.escape, w.split())) for w in ordered]
