"""Is what a person typed in a form a question?

«а скільки коштує мельдунек?» must not become the name on a callback request. A "?", a first
word that starts a question (question_words.yaml) followed by more words, or more words than a
name has, make it a question: the person is asked whether to leave the form and get an answer.
Where a button or a phone number was expected (typed.py), a question needs two words or more
and a "?" or a question word first: a long message there is not one by its length alone.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from bot.core import yamldata

MAX_NAME_WORDS = 4  # "Maria José Kowalska-Nowak" has three
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
_POLITE = {"please", "proszę", "prosze", "пожалуйста", "будь", "ласка", "можна", "можно", "można"}
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,20}>")  # «Olena <b>Kowal</b>»: markup typed, no words
_LEADING = {"а", "і", "и", "й", "ну", "a", "i", "and", "so", "to", "no"}  # "а скільки ..."


@functools.cache
def _question_words() -> frozenset[str]:
    source = resources.files("bot.features.person") / "question_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    return frozenset(word.lower() for words in data.values() for word in words)


def looks_like_question(text: str) -> bool:
    """At the name step: a question rather than a name (a long message is one too)."""
    if "?" in text:
        return True
    words = _WORD.findall(_TAG.sub(" ", text).lower())
    return len(words) > MAX_NAME_WORDS or _starts_question(words)


def asks(text: str) -> bool:
    """Where a button was expected: a question of two words or more («hello?» is not one)."""
    words = _WORD.findall(text.lower())
    return len(words) >= 2 and ("?" in text or _starts_question(words))


# Words that ask wherever they stand («проездной на автобус в ополе сколько стоит», «meldunek
# jak zrobić»: people type on phones without a «?»). Only with an answer the search is sure of
# do they make a question (callback/answered.py: tester 42, F7).
_ASKING_WITHIN = frozenset(
    "скільки як де коли чому навіщо куди сколько как где когда почему зачем куда "
    "ile jak gdzie kiedy dlaczego dokąd dokad how where when why".split()
)


def asks_within(text: str) -> bool:
    """A question word anywhere in three words or more: perhaps a question without its «?»."""
    words = _WORD.findall(text.lower())
    return len(words) >= 3 and any(word in _ASKING_WITHIN for word in words)


def claims(text: str) -> bool:
    """Where typed text could press a button (bot.core.choices): a question, which is offered an
    answer instead; a polite word first does not make one («proszę po polsku», «можна
    українською», «please, English» answer the question asked)."""
    words = _WORD.findall(text.lower())
    while words and words[0] in _POLITE:
        words = words[1:]
    return "?" in text or _starts_question(words)


def _starts_question(words: list[str]) -> bool:
    while len(words) > 1 and words[0] in _LEADING:
        words = words[1:]
    return len(words) >= 2 and words[0] in _question_words()
