"""Text at a sensitive service's «Is it urgent?» that is plainly no crisis (tester 29, item 8):
a name («Olena Kovalenko», «Оля»), a phone number, digits, typed as the other forms ask them.
It gets one short «please choose one of the buttons», not the line to talk to someone now each
time; anything else (feelings, «мне очень плохо», «не можу спати»; a word of feeling alone,
«Страшно», «Źle», «Terrible», from feeling_words.yaml, is never a name) still gets that line,
and danger words the help lines (flow.typed_urgency)."""

from __future__ import annotations

import functools
import re
from importlib import resources

from bot.core import yamldata
from bot.core.flows import Outcome, stay
from bot.core.messages import Reply
from bot.core.phone import normalise_phone
from bot.core.turn import Turn
from bot.core.words import fold, words
from bot.features.appointments import qualify
from bot.features.person import names
from bot.settings.catalogue import Service

MOST_NAME_WORDS = 3
_WORDS = frozenset("не ні нет nie not no".split())  # a no: never a name


@functools.cache
def _feelings() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words that say how someone feels (feeling_words.yaml), folded: whole words and
    beginnings («Погано», «Страшно», «Źle», «Terrible»), never taken for a name."""
    source = resources.files("bot.features.appointments") / "feeling_words.yaml"
    entries = [str(w) for ws in yamldata.safe_load(source.read_text("utf-8")).values() for w in ws]
    whole = frozenset(fold(w) for w in entries if not w.endswith("*"))
    return whole, tuple(fold(w[:-1]) for w in entries if w.endswith("*"))


def prepare() -> None:
    """The word table read ahead (Feature.prepare), not in a person's turn."""
    _feelings()


def feeling(word: str) -> bool:
    """Whether a folded word says how someone feels (feeling_words.yaml)."""
    whole, beginnings = _feelings()
    return word in whole or word.startswith(beginnings)


_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’ʼ-]*(?:['’ʼ-][^\W\d_]+)*")


def plain(text: str) -> bool:
    """Whether `text` is plainly no crisis: no letters, a phone number, or a name (a few
    capitalised words, names.read's name, no word of feeling or of a no)."""
    text = " ".join(text.split())
    if not text:
        return False
    if not any(ch.isalpha() for ch in text) or normalise_phone(text) is not None:
        return True
    parts = text.split()
    if len(parts) > MOST_NAME_WORDS or not all(_NAME_WORD.fullmatch(p) for p in parts):
        return False
    if not all(p[0].isupper() for p in parts):
        return False
    if any(feeling(w) or w in _WORDS for w in words(text)):
        return False
    reading = names.read(text)
    return reading.kind == "name" and not reading.introduced


def choose(turn: Turn, service: Service) -> Outcome:
    """The short line, with the question's buttons."""
    rows = qualify.urgency_question(turn, service).buttons
    return stay(Reply(turn.t("ap_urgency_choose"), rows))
