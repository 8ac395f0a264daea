"""Is what a person typed at the name step a question rather than a name?

«а скільки коштує мельдунек?» must not become the name on a callback request. A "?", a first
word that starts a question (question_words.yaml) followed by more words, or more words than a
name has, make it a question: the person is asked whether to leave the form and get an answer.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml

MAX_NAME_WORDS = 4  # "Maria José Kowalska-Nowak" has three
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
_LEADING = {"а", "і", "и", "й", "ну", "a", "i", "and", "so", "to", "no"}  # "а скільки ..."


@functools.cache
def _question_words() -> frozenset[str]:
    source = resources.files("bot.features.person") / "question_words.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    return frozenset(word.lower() for words in data.values() for word in words)


def looks_like_question(text: str) -> bool:
    if "?" in text:
        return True
    words = _WORD.findall(text.lower())
    if len(words) > MAX_NAME_WORDS:
        return True
    while len(words) > 1 and words[0] in _LEADING:
        words = words[1:]
    return len(words) >= 2 and words[0] in _question_words()
