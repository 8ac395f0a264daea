"""Numbers that come from outside (a button's payload, a staff command, a typed choice)."""

from __future__ import annotations

import re

_ID = re.compile(r"[0-9]{1,9}")


def record_id(text: str | None) -> int | None:
    """A record's number: ASCII digits only, at most nine of them. '²' passes str.isdigit() and
    then fails int(); thirty nines overflow SQLite's integers: neither is an id."""
    if text is None or not _ID.fullmatch(text):
        return None
    return int(text)
