"""A visit's topic named in words typed at «What is your visit about?» instead of a tap
(«прийшов лист з ужонду воєводського, не розумію що хочуть»: «✉️ Official letter or form»): the
words of each topic are data, topic_words.yaml beside this file. Exactly one topic named is that
topic, and what was typed is kept beside it for staff (flow.topic_typed); none or several
(«лист про роботу»): «Something else» with the words, as before (tester 18, item 14)."""

from __future__ import annotations

import functools
import re
from importlib import resources

from bot.core import yamldata
from bot.core.words import words


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    source = resources.files("bot.features.booking") / "topic_words.yaml"
    data: dict[str, list[str]] = yamldata.safe_load(source.read_text(encoding="utf-8"))
    return {
        topic: re.compile("|".join(f"(?:{entry})" for entry in entries))
        for topic, entries in data.items()
    }


def named(text: str, topics: list[str]) -> str | None:
    """The one topic of `topics` whose words `text` has (each word folded, matched whole), or
    None: no topic, or more than one."""
    said = words(text)
    found = [
        topic
        for topic, pattern in _patterns().items()
        if topic in topics and any(pattern.fullmatch(word) for word in said)
    ]
    return found[0] if len(found) == 1 else None
