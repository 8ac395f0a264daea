"""Danger: recognise it in what a user types, show 112 and the help lines, flag the request.

`detect(text)` is for any text path (callback_thread.wrap_text checks every typed message before
the free-text questions handler, which then leaves out its «no answer»). The words live in
bot/content/locales/urgent/words.yaml, not here. `mark(turn)` remembers in the session that this
person may be in danger, so the callback request they make next is flagged urgent and sorted
first for staff.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml

from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply

TOPIC = "domestic_violence"
FLAG = "_urgent"
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "ё": "е", "Ё": "Е"})
_WORD = re.compile(r"\w+(?:'\w+)*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.translate(_APOSTROPHES).lower())


@functools.cache
def _phrases() -> tuple[tuple[str, ...], ...]:
    source = resources.files("bot.content.locales") / "urgent" / "words.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    phrases = set()
    for entries in data.values():
        for entry in entries:
            star = entry.strip().endswith("*")
            words = _words(entry)
            if star:
                words[-1] += "*"
            phrases.add(tuple(words))
    return tuple(sorted(phrases))


def _word_matches(expected: str, word: str) -> bool:
    return word.startswith(expected[:-1]) if expected.endswith("*") else word == expected


def _matches(phrase: tuple[str, ...], words: list[str], at: int) -> bool:
    """The phrase starts at `at`, its words in order with at most one other word between two
    of them ("не хочу більше жити", "nie chcę już żyć")."""
    if not _word_matches(phrase[0], words[at]):
        return False
    position = at
    for expected in phrase[1:]:
        for step in (1, 2):
            if position + step < len(words) and _word_matches(expected, words[position + step]):
                position += step
                break
        else:
            return False
    return True


def detect(text: str) -> bool:
    """True when `text` mentions violence or danger, in any of our four languages."""
    words = _words(text)
    return any(_matches(phrase, words, at) for phrase in _phrases() for at in range(len(words)))


def mark(turn: Turn) -> None:
    turn.session.data[FLAG] = turn.now.isoformat()


def marked_now(turn: Turn) -> bool:
    """Whether danger was recognised in this very turn."""
    return turn.session.data.get(FLAG) == turn.now.isoformat()


def is_marked(turn: Turn) -> bool:
    return bool(turn.session.data.get(FLAG)) or turn.session.data.get("_last_topic") == TOPIC


def clear(turn: Turn) -> None:
    """After an urgent request: the next one is urgent only if danger comes up again."""
    turn.session.data.pop(FLAG, None)
    if turn.session.data.get("_last_topic") == TOPIC:
        turn.session.data.pop("_last_topic")


def help_text(turn: Turn) -> str:
    return turn.t("urgent_help")


def help_reply(turn: Turn) -> Reply:
    """112 and the help lines, with the way to an urgent callback."""
    return Reply(
        help_text(turn),
        [
            [Button(turn.t("btn_urgent_callback"), "cb")],
            [Button(turn.t("btn_main_menu"), "menu")],
        ],
    )
