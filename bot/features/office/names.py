"""An office named by what a person types: its id, its name or its label in any language, or
its city's name (`local: city_name`). At the gate (no office yet) a short message naming one
office chooses it («Opole», «I live in Sopot»); once the person has an office, a message that
is nothing but another office's name («Sopot», «Сопот», «Starachowice») is offered as a
switch (switch.py)."""

from __future__ import annotations

import re

from bot.core.dispatch import Turn
from bot.settings.config import Office

NAMING_WORDS = 5  # a longer message is a question, not an office's name
_HEAD = re.compile(r"\s+[—–-]\s+|\s*\(")  # «Стараховіце — місто», «Sopot (MOPS)»


def words(text: str) -> str:
    """Lower-case words (hyphenated ones whole), one space apart."""
    return " ".join(re.findall(r"\w+(?:-\w+)*", text.casefold()))


def _names(turn: Turn, office: Office) -> set[str]:
    """The office's names as typed words: id, name, labels, its city in every language."""
    names = {office.id, office.name, *office.labels.values()}
    names |= {office.placeholders(lang).get("city_name", "") for lang in turn.settings.languages}
    return {words(name) for name in names if name} - {""}


def named_office(turn: Turn, text: str) -> Office | None:
    """The one office a short message names (any of its names, as a whole word), else None."""
    said = words(text)
    if not said or len(said.split()) > NAMING_WORDS:
        return None
    found = {
        office.id
        for office in turn.settings.offices.values()
        if any(f" {name} " in f" {said} " for name in _names(turn, office))
    }
    return turn.settings.offices[found.pop()] if len(found) == 1 else None


def named_alone(turn: Turn, text: str) -> list[Office]:
    """The offices a message is nothing but the name of («Sopot», «Сопот!»); failing any, those
    whose label or name begins with it («Стараховіце» of «Стараховіце — місто» and «Стараховіце —
    повіт (…)»: both). A name in another grammatical case («у Сопоті») is not guessed."""
    said = words(text)
    if not said:
        return []
    offices = list(turn.settings.offices.values())
    whole = [o for o in offices if said in _names(turn, o)]
    if whole:
        return whole
    return [o for o in offices if said in _heads(o)]


def _heads(office: Office) -> set[str]:
    """What the office's name and labels begin with, before « — » or « (»."""
    return {words(_HEAD.split(name)[0]) for name in (office.name, *office.labels.values())}
