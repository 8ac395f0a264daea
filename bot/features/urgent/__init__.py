"""Danger: recognise it in what a person types, show 112 and the help lines, flag the request.

Every typed message outside a form passes `screen` (in the text pipeline, before the questions),
and the callback form checks its own inputs with `detect`. The words live in words.yaml beside
this file. `mark` remembers in the session that this person may be in danger, so the callback
request they make next (within MARKED_FOR) is flagged urgent and sorted first for staff.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from importlib import resources

import yaml

from bot.core.dispatch import Turn
from bot.core.flows import Feature, Next, Outcome, prefixed
from bot.core.messages import Button, Reply

TOPIC = "domestic_violence"
# Danger written this long ago still makes the next callback request urgent (and shows the help
# lines first); a request days later about a PESEL is not flagged for it
MARKED_FOR = dt.timedelta(hours=12)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "ё": "е", "Ё": "Е"})
_WORD = re.compile(r"\w+(?:'\w+)*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.translate(_APOSTROPHES).lower())


@functools.cache
def _phrases() -> tuple[tuple[str, ...], ...]:
    source = resources.files("bot.features.urgent") / "words.yaml"
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


@functools.cache
def _starts() -> tuple[dict[str, list[tuple[str, ...]]], tuple[str, ...], list[tuple[str, ...]]]:
    """The phrases by their exact first word; and those whose first word ends with "*", with
    the prefixes they start with: a word that starts no phrase costs one dict look-up and one
    `startswith`."""
    exact: dict[str, list[tuple[str, ...]]] = {}
    prefixed = [phrase for phrase in _phrases() if phrase[0].endswith("*")]
    for phrase in _phrases():
        if not phrase[0].endswith("*"):
            exact.setdefault(phrase[0], []).append(phrase)
    prefixes = tuple(sorted({phrase[0][:-1] for phrase in prefixed}))
    return exact, prefixes, prefixed


def detect(text: str) -> bool:
    """True when `text` mentions violence or danger, in any of our four languages."""
    words = _words(text)
    exact, prefixes, prefixed = _starts()
    for at, word in enumerate(words):
        candidates = exact.get(word, [])
        if word.startswith(prefixes):
            candidates = candidates + prefixed
        if any(_matches(phrase, words, at) for phrase in candidates):
            return True
    return False


def mark(turn: Turn) -> None:
    turn.memory.urgent_at = turn.now.isoformat()


def marked_now(turn: Turn) -> bool:
    """Whether danger was recognised in this very turn."""
    return turn.memory.urgent_at == turn.now.isoformat()


def is_marked(turn: Turn) -> bool:
    """Danger written, or the domestic violence answer read, in the last `MARKED_FOR`."""
    memory = turn.memory
    if memory.urgent_at and _lately(turn, memory.urgent_at):
        return True
    # (a session saved before the moment was kept has none: read lately, for all we know)
    return memory.last_topic == TOPIC and _lately(turn, memory.last_topic_at)


def _lately(turn: Turn, moment: str | None) -> bool:
    if not moment:
        return True
    try:
        at = dt.datetime.fromisoformat(moment)
    except ValueError:  # (not ours to doubt: danger was recognised)
        return True
    return turn.now - at < MARKED_FOR


def clear(turn: Turn) -> None:
    """After an urgent request: the next one is urgent only if danger comes up again."""
    turn.memory.urgent_at = None
    if turn.memory.last_topic == TOPIC:
        turn.memory.last_topic = None


def help_text(turn: Turn) -> str:
    return turn.t("urgent_help")


def help_reply(turn: Turn, *, menu: bool = True) -> Reply:
    """112 and the help lines, with the way to an urgent callback (and to the main menu, unless
    an answer with its own follows)."""
    rows = [[Button(turn.t("btn_urgent_callback"), "callback")]]
    if menu:
        rows.append([Button(turn.t("btn_main_menu"), "menu")])
    return Reply(help_text(turn), rows)


def in_form(turn: Turn) -> list[Reply]:
    """Text typed in a form where a button was expected: danger words bring 112 and the help
    lines at once (and mark the person, so that their next request is urgent); else nothing."""
    text = turn.incoming.text
    if not text or not detect(text):
        return []
    mark(turn)
    return [help_reply(turn)]


async def screen(turn: Turn, next_: Next) -> Outcome:
    """Typed text outside a form: danger words put the help lines before whatever answers."""
    text = turn.incoming.text
    if not text or not detect(text):
        return await next_()
    mark(turn)
    answer = await next_()
    has_menu = any(b.payload == "menu" for r in answer.replies for row in r.buttons for b in row)
    return prefixed(answer, help_reply(turn, menu=not has_menu))


FEATURE = Feature("urgent", text=screen, claims=detect)  # danger is never a button's answer

__all__ = [
    "FEATURE",
    "TOPIC",
    "clear",
    "detect",
    "help_reply",
    "help_text",
    "in_form",
    "is_marked",
    "mark",
    "marked_now",
]
