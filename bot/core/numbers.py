"""Numbers that come from outside (a button's payload, a staff command, a typed choice).

Only ASCII digits count: '²' and '٣' pass str.isdigit(), and then int() fails on the first or
reads the second as 3; thirty nines overflow SQLite's integers. Every payload and command
argument that is a number goes through here (never `isdigit()` and `int()`)."""

from __future__ import annotations

import re

_ID = re.compile(r"[0-9]{1,9}")
_DIGITS = re.compile(r"[0-9]+")


def record_id(text: str | None) -> int | None:
    """A record's number: ASCII digits only, at most nine of them; None for anything else."""
    if text is None or not _ID.fullmatch(text):
        return None
    return int(text)


def index(text: str | None, size: int) -> int | None:
    """A position in a list of `size` (an option, a form's field, a part of an answer)."""
    found = record_id(text)
    return found if found is not None and found < size else None


def digits(text: str, length: int) -> bool:
    """Exactly `length` ASCII digits (a date or a time in a payload)."""
    return len(text) == length and _DIGITS.fullmatch(text) is not None
