"""A word for back typed whole («назад», «back», «wstecz», «вернуться», «« Назад»), perhaps with a
polite word around it («назад, пожалуйста», «nazad pls», «back pls», «wstecz proszę»): one step
back in a form, the screen before outside one (`says_back`); with «to the menu» after it («nazad
v menu», «back to menu») the main menu, a cancel in a form (`says_back_to_menu`); «let's go on»
(«продовжити», «dalej»: `says_go_on`). The words: choice_words.yaml (back_words, around_back,
back_to_menu, go_on_words)."""

from __future__ import annotations

import functools
from importlib import resources

from bot.core import yamldata
from bot.core.words import words

Phrase = tuple[str, ...]


def says_back(text: str) -> bool:
    """Whether the whole text asks to go one step back, polite words around it aside."""
    rest = _unwrapped(words(text))
    return bool(rest) and rest in _lists()[0]


def says_go_on(text: str) -> bool:
    """Whether the whole text says «let's go on» («продовжити», «dalej», «continue»), polite
    words around it aside: at any form's step, its question again (go_on_words; read for every
    form by bot.core.going_on)."""
    rest = _unwrapped(words(text))
    return bool(rest) and rest in _go_on()


@functools.cache
def _go_on() -> frozenset[Phrase]:
    source = resources.files("bot.core") / "choice_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    return frozenset(tuple(words(p)) for phrases in data["go_on_words"].values() for p in phrases)


def says_back_to_menu(text: str) -> bool:
    """Whether the whole text is a word for back and then «to the menu» («назад в меню», «nazad
    v menu», «wstecz do menu, proszę»), polite words around it aside."""
    backs, _, menus = _lists()
    rest = _unwrapped(words(text))
    return any(
        rest[-len(menu) :] == menu and rest[: -len(menu)] in backs
        for menu in menus
        if len(rest) > len(menu)
    )


def _unwrapped(said: list[str]) -> Phrase:
    """The words without the polite ones at their start and end («назад будь ласка» → «назад»)."""
    polite = _lists()[1]
    firsts, lasts = _ends()
    rest = tuple(said)
    stripped = True
    while rest and stripped:
        if rest[0] not in firsts and rest[-1] not in lasts:
            break  # (no polite phrase can begin or end here: most texts, looked at once)
        stripped = False
        for phrase in polite:
            if rest[: len(phrase)] == phrase:
                rest, stripped = rest[len(phrase) :], True
            elif rest[-len(phrase) :] == phrase:
                rest, stripped = rest[: -len(phrase)], True
    return rest


@functools.cache
def _ends() -> tuple[frozenset[str], frozenset[str]]:
    """The polite phrases' first words and last words."""
    polite = _lists()[1]
    return frozenset(p[0] for p in polite), frozenset(p[-1] for p in polite)


@functools.cache
def _lists() -> tuple[frozenset[Phrase], frozenset[Phrase], frozenset[Phrase]]:
    """The back words, the polite words, the «to the menu» words, each as its folded words."""
    source = resources.files("bot.core") / "choice_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    backs = frozenset(tuple(words(p)) for phrases in data["back_words"].values() for p in phrases)
    polite = frozenset(tuple(words(p)) for p in data["around_back"])
    menus = frozenset(tuple(words(p)) for p in data["back_to_menu"])
    return backs, polite - {()}, menus - {()}
