"""Phone numbers as people type or share them -> E.164, and back for display (phonenumbers)."""

from __future__ import annotations

import phonenumbers

DEFAULT_REGION = "PL"


def normalise_phone(text: str) -> str | None:
    """E.164 for a valid number: Polish by default, any international number with +/00."""
    text = text.strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    elif not text.startswith("+") and len(digits) > 9:
        # Telegram shares contacts as bare digits with the country code ("380501234567").
        text = "+" + digits
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str | None) -> str:
    """'+48 601 234 567'; '—' when there is none (forgotten)."""
    if not e164:
        return "—"
    number = phonenumbers.parse(e164, None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
