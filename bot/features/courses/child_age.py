"""A child's name with their age in one message, at the child's name step: «Марічка, 8 років»,
«Марічка 8», «Andriy, 15», «Аня (8 лет)», «Ania, 8 lat», «Anna 8 years old». Read as the name
and the age (the name is then read as any name is, bot.features.person.names); a name alone,
or digits with no name before them, are not this (None)."""

from __future__ import annotations

import re

_YEARS = r"років|роки|рік|р|лет|года|год|г|years?(?:\s+old)?|yrs?|y\.?\s*o|lata|lat|rok|l"
_NAME_AGE = re.compile(
    rf"^(?P<name>[^\d()]+?)[\s,;:(\-–—]+(?P<age>\d{{1,2}})\s*(?:-?\s*(?:{_YEARS})\.?)?\s*\)?[.!]?$",
    re.IGNORECASE,
)


def split(text: str) -> tuple[str, int] | None:
    """(name, age) of «Марічка, 8 років»; None when the text is not a name with an age."""
    found = _NAME_AGE.match(" ".join(text.split()))
    if found is None:
        return None
    name = found["name"].strip(" ,;:-–—")
    if not name or not any(c.isalpha() for c in name):
        return None
    return name, int(found["age"])
