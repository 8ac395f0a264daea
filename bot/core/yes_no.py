"""A yes, a no or a cancel typed instead of tapped («так», «zgadzam się», «так, згоден»;
«отмена», «menu», «не надо, передумал»): the words of choice_words.yaml (yes_words, no_words,
cancel_words), compared folded; what bot.core.choices reads a button's meaning by, and the
forms' free-text steps read a bare yes or a cancel by."""

from __future__ import annotations

import functools
import re
from importlib import resources

from bot.core import yamldata
from bot.core.backs import says_back_to_menu
from bot.core.words import folded, words

YES, NO = "yes", "no"  # Button.means of a yes and a no


def yes_or_no(text: str) -> str | None:
    """ "yes" or "no" when the text says only that («так», «zgadzam się», «так, згоден»)."""
    phrases = _yes_no()
    whole = folded(text)
    if whole in phrases:
        return phrases[whole]
    parts = {phrases.get(folded(part)) for part in re.split(r"[,;.!]+", text) if words(part)}
    return parts.pop() if len(parts) == 1 and None not in parts else None


def says_cancel(text: str) -> bool:
    """Whether the text says «cancel» or «menu» (and perhaps a no beside it: «не надо,
    передумал»), or back to the menu («nazad v menu»): choice_words.yaml, cancel_words."""
    phrases, answers = _cancel_words(), _yes_no()
    parts = [folded(part) for part in re.split(r"[,;.!]+", text) if words(part)]
    said = [p in phrases for p in parts]
    if says_back_to_menu(text):  # «nazad v menu», «back to menu, please»
        return True
    return any(said) and all(p in phrases or answers.get(p) == NO for p in parts)


@functools.cache
def _cancel_words() -> frozenset[str]:
    data = _choice_words()
    return frozenset(folded(p) for phrases in data["cancel_words"].values() for p in phrases)


@functools.cache
def _choice_words() -> dict[str, dict[str, list[str]]]:
    source = resources.files("bot.core") / "choice_words.yaml"
    data: dict[str, dict[str, list[str]]] = yamldata.safe_load(source.read_text(encoding="utf-8"))
    return data


@functools.cache
def _yes_no() -> dict[str, str]:
    data = _choice_words()
    return {
        folded(phrase): answer
        for answer in (YES, NO)
        for phrases in data[f"{answer}_words"].values()
        for phrase in phrases
    }
