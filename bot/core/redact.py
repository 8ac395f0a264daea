"""Masking what identifies a person in text kept for staff (unanswered questions): phone
numbers, e-mail addresses and long runs of digits (PESEL, passport and account numbers)."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# a phone number or an identity number: 7+ digits, perhaps in groups (+48 601 234 567,
# 601-234-567, 12345678901), or any run of 6+ digits
_NUMBER = re.compile(r"\+?\(?\d(?:[\s().-]*\d){6,}|\d{6,}")


def mask(text: str) -> str:
    return _NUMBER.sub("[number]", _EMAIL.sub("[e-mail]", text))
