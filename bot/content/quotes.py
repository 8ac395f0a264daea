"""A name put in quotes by a UI string whose own quotes are the same kind: Ukrainian and
Russian «Пікнік «Opolskie gościnne»» becomes «Пікнік „Opolskie gościnne“», Polish „Piknik
„Opolskie gościnne”” becomes „Piknik «Opolskie gościnne»”, English “Picnic “Opolskie”” becomes
“Picnic ‘Opolskie’” (tester 43, F17): the inner quotes of each language's typography, for every
string at once (i18n's `_fill`), whatever the name (a course, a service, a topic)."""

from __future__ import annotations

import re

# the opening quote a template puts before a value, and what that value's own quotes become:
# its opening and closing quotes each to the inner kind, and a pair of typewriter quotes too
_INNER = {
    "«": ("„", "“", str.maketrans({"«": "„", "»": "“"})),
    "„": ("«", "»", str.maketrans({"„": "«", "”": "»", "“": "»"})),
    "“": ("‘", "’", str.maketrans({"“": "‘", "”": "’"})),
}
_TYPEWRITER = re.compile(r'"([^"]+)"')


def inside(opening: str, value: str) -> str:
    """`value` as it reads inside the quotes `opening` begins: its own quotes the inner kind."""
    kind = _INNER.get(opening)
    if kind is None or not any(q in value for q in '"«»„“”'):
        return value
    start, end, table = kind
    return _TYPEWRITER.sub(lambda m: f"{start}{m[1]}{end}", value.translate(table))


def quoted(opening: str, value: object) -> object:
    """A value to fill a template with: a text after an opening quote with its quotes changed."""
    return inside(opening, value) if isinstance(value, str) and opening else value
