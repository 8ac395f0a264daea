"""/mydata's line about a form not finished yet: what the person has typed into it so far (a
name, a phone, a description, a form's answers), not only that there is something (tester 30).
The drafts are each flow's own dataclass (or its raw data, not read by its flow yet); the
values a person typed are found by the fields' names, the same in every flow."""

from __future__ import annotations

from typing import Any

import phonenumbers

from bot.core import codec, markup
from bot.core.phone import display_phone

# fields holding what the person typed (the rest are ids, steps and flags)
_TYPED = (
    "name", "description", "phone_note", "time_note", "note_offered", "typed_other", "kept",
    "question",
)  # fmt: skip
_LONGEST = 60  # characters of one value shown (a long description is cut)


def entered(drafts: dict[str, Any]) -> list[str]:
    """What the person typed into the open forms, each once, escaped, in the forms' order."""
    found: list[str] = []
    for draft in drafts.values():
        data = codec.dump(draft)
        if not isinstance(data, dict):
            continue
        person = data.get("person")
        if isinstance(person, dict):
            found += [str(person.get("name") or ""), _phone(person.get("phone"))]
        found += [str(data.get(name) or "") for name in _TYPED]
        answers = data.get("answers")
        if isinstance(answers, list):
            found += [str(a.get("value") or "") for a in answers if isinstance(a, dict)]
    shown: list[str] = []
    for value in (v.strip() for v in found):
        if value and value not in shown:
            shown.append(value)
    return [markup.literal(_cut(value)) for value in shown]


def _phone(value: object) -> str:
    if not isinstance(value, str) or not value:
        return ""
    try:
        return display_phone(value)
    except phonenumbers.NumberParseException:  # (a number kept as typed: shown so)
        return value


def _cut(value: str) -> str:
    return value if len(value) <= _LONGEST else value[: _LONGEST - 1].rstrip() + "…"
