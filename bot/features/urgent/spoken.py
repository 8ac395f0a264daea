"""The language a danger is said in: the help lines come in it, not in the session's.

A person in crisis writes in the language they feel in, whatever their phone is set to or they
chose before (tester 36: «хочу умереть» typed in a chat in English got the English lines; after
«я режу себе руки» had switched the chat to Russian, «i dont want to live» got the Russian ones).
Each phrase of the danger tables is listed under its language (words.py), so the phrases a
message says name it: «хочу умереть» is Russian, «не хочу жити» Ukrainian, «nie chcę żyć»
Polish. Where they name two, the letters decide: a phrase Ukrainian and Russian share
(«селфхарм») by і ї є ґ against ы э ъ ё; a message in Latin letters is English or Polish before
it is transliterated Ukrainian or Russian («I am suicidal» is not «suicid*» in Russian). Unclear
(two languages still, or a Ukrainian phrase in a Russian message and the like): None, the
session's language.

Outside a form (`follow`), the chat then goes on in it, as it does after a question (the
questions feature's `follow_language`: into Polish from a Ukrainian or Russian speaker only
when written with Polish letters), unless the person chose their language: then the lines alone
come in the language of the message. In a form, the lines alone."""

from __future__ import annotations

import functools

from bot.core.dispatch import Turn
from bot.features.urgent.words import DANGER, languages

_UK_LETTERS = frozenset("іїєґ")
_RU_LETTERS = frozenset("ыэъё")
_PL_LETTERS = frozenset("ąćęłńóśźż")
_LATIN = ("en", "pl")


@functools.lru_cache(maxsize=8)  # (a turn asks 2–3 times: the chat followed, the lines, buttons)
def spoken(text: str, names: tuple[str, ...] = DANGER) -> str | None:
    """The language the danger of these tables in `text` is said in; None when unclear."""
    found = languages(text, names) if text else set()
    letters = set(text.lower())
    if not any("а" <= c <= "я" or c in _UK_LETTERS or c in _RU_LETTERS for c in letters):
        if found & set(_LATIN):  # (Latin letters: English or Polish before transliteration)
            found &= set(_LATIN)
    if found == {"uk", "ru"}:
        uk, ru = not letters.isdisjoint(_UK_LETTERS), not letters.isdisjoint(_RU_LETTERS)
        found = {"uk"} if uk and not ru else {"ru"} if ru and not uk else found
    return next(iter(found)) if len(found) == 1 else None


def lines_language(turn: Turn, text: str | None = None, names: tuple[str, ...] = DANGER) -> str:
    """The language of the lines for `text` (what was typed, unless given): its own when clear
    and offered here, else the person's."""
    code = spoken((turn.incoming.text or "") if text is None else text, names)
    return code if code is not None and code in turn.settings.languages else turn.lang


def follow(turn: Turn, names: tuple[str, ...] = DANGER) -> None:
    """Outside a form: a person who has not chosen a language goes on in the one their danger
    is said in (their guessed language from now on, as after a question's answer)."""
    code = lines_language(turn, names=names)
    if turn.session.language_chosen or code == turn.lang:
        return
    letters = set((turn.incoming.text or "").lower())
    if code == "pl" and turn.lang in ("uk", "ru") and letters.isdisjoint(_PL_LETTERS):
        return  # (as after a question: Polish without its letters, the lines alone in it)
    turn.followed, turn.session.language = turn.lang, code
