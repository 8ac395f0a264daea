"""Text at a sensitive service's «Is it urgent?» that is plainly no crisis (tester 29, item 8):
a name («Olena Kovalenko», «Оля»), a phone number, digits, typed as the other forms ask them.
It gets one short «please choose one of the buttons», not the line to talk to someone now each
time; anything else (feelings, «мне очень плохо», «не можу спати») still gets that line, and
danger words the help lines (flow.typed_urgency)."""

from __future__ import annotations

import re

from bot.core.flows import Outcome, stay
from bot.core.messages import Reply
from bot.core.phone import normalise_phone
from bot.core.turn import Turn
from bot.core.words import words
from bot.features.appointments import qualify
from bot.features.person import names
from bot.settings.catalogue import Service

MOST_NAME_WORDS = 3
# Beginnings of words (folded) that say how someone feels: never taken for a name («Погано»).
_FEELINGS = (
    "поган", "плох", "жах", "ужас", "страш", "бою", "боюс", "тривог", "тревог", "панік", "паник",
    "сумн", "грус", "самотн", "одинок", "депрес", "плач", "болит", "болить", "втом", "устал",
    "zle", "źle", "boje", "boję", "strach", "smut", "samotn", "depres", "placz", "płacz",
    "bad", "sad", "scared", "afraid", "lonely", "depress", "anxi", "panic", "tired", "hurt",
    "pain", "help",
)  # fmt: skip
_WORDS = frozenset("не ні нет nie not no cry crying lęk lek".split())  # whole words
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
    if any(w.startswith(_FEELINGS) or w in _WORDS for w in words(text)):
        return False
    reading = names.read(text)
    return reading.kind == "name" and not reading.introduced


def choose(turn: Turn, service: Service) -> Outcome:
    """The short line, with the question's buttons."""
    rows = qualify.urgency_question(turn, service).buttons
    return stay(Reply(turn.t("ap_urgency_choose"), rows))
