"""Phone numbers as people type or share them -> E.164, and back for display (phonenumbers)."""

from __future__ import annotations

import re

import phonenumbers

DEFAULT_REGION = "PL"
# Ukraine's national format: "050 123 45 67" (ten digits, a leading 0), and the old long-distance
# "8 050 123 45 67". A Polish number has nine digits and no leading 0, so neither is Polish.
UKRAINE = "UA"


def ukrainian_national(text: str) -> bool:
    """Typed as in Ukraine, without a country code: "050 123 45 67", "8 050 123 45 67"."""
    text = text.strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.startswith(("+", "00")):
        return False
    return (len(digits) == 10 and digits[0] == "0") or (len(digits) == 11 and digits[:2] == "80")


def normalise_phone(text: str) -> str | None:
    """E.164 for a valid number: Polish by default, Ukrainian in its national format (read as
    +380), any international number with +/00."""
    text = text.strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return None
    region = DEFAULT_REGION
    if ukrainian_national(text):
        text, region = digits[-10:], UKRAINE  # "8 050…" -> "050…"
    elif text.startswith("00"):
        text = "+" + text[2:]
    elif not text.startswith("+") and len(digits) > 9:
        # Telegram shares contacts as bare digits with the country code ("380501234567").
        text = "+" + digits
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# Words that introduced the number, left at the end of what remains («Oksana, tel.», «Ramesh, my
# phone is», «Оля, мій номер»): not part of a name.
_PHONE_WORDS = re.compile(
    r"[\s,;:-]*(?:(?:my|mój|мій|мой)\s+)?(?:tel\.?|telefon(?:u)?|phone(?:\s+number)?|number|numer"
    r"|nr|телефон|тел\.?|номер(?:\s+телефону|\s+телефона)?)(?:\s+(?:is|to|це|это))?[\s:.]*$",
    re.IGNORECASE,
)


def phone_in(text: str) -> tuple[str, str] | None:
    """A valid phone number written inside a message («Ramesh, 600 123 456», «600123456 after
    5pm», «Olena 050 123 45 67»): its E.164 and the message without it; None when there is
    none (phonenumbers' matcher finds it)."""
    for region in (DEFAULT_REGION, UKRAINE):
        for match in phonenumbers.PhoneNumberMatcher(text, region):
            number = normalise_phone(match.raw_string)
            if number is not None:
                rest = f"{text[: match.start]} {text[match.end :]}"
                rest = _PHONE_WORDS.sub("", " ".join(rest.split()).strip(" ,;:-–"))
                return number, rest.strip(" ,;:-–")
    return None


def display_phone(e164: str | None) -> str:
    """'+48 601 234 567'; '—' when there is none (forgotten)."""
    if not e164:
        return "—"
    number = phonenumbers.parse(e164, None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
