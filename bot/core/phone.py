"""Phone numbers as people type or share them -> E.164, and back for display (phonenumbers)."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def introduced(text: str) -> str:
    """`text` without the words that open it to introduce a number («мій номер», «my number
    is», «mój numer»), so that it reads as the number typed alone."""
    return _PHONE_WORDS_FIRST.sub("", text, count=1)


def only_a_phone(text: str) -> bool:
    """Nothing but a phone number («+48 511 222 333»): typed where a few words about a matter are
    asked, it is no description, and the person is told so, not «at least 3 characters»."""
    return not any(ch.isalpha() for ch in text) and normalise_phone(text) is not None


# Words that introduced the number, left at the end of what remains («Oksana, tel.», «Ramesh, my
# phone is», «Оля, мій номер», «600 123 456 — to mój numer»): not part of a name or a note.
_PHONE_WORDS = re.compile(
    r"[\s,;:-]*(?:(?:to|this\s+is|it\s+is|це|это)\s+)?(?:(?:my|mój|мій|мой)\s+)?"
    r"(?:tel\.?|telefon(?:u)?|phone(?:\s+number)?|number|numer|nr|телефон|тел\.?"
    r"|номер(?:\s+телефону|\s+телефона)?)(?:\s+(?:is|to|це|это))?[\s:.]*$",
    re.IGNORECASE,
)
# ... and the same words opening a message before the number («мій номер 0 600 123 456», «my
# number is +48 …», «mój numer: 600 …»): the number read as if typed alone (tester 39, F18)
_PHONE_WORDS_FIRST = re.compile(
    r"^\s*(?:(?:my|mój|moj|мій|мой)\s+)?(?:phone(?:\s+number)?|number|numer(?:\s+telefonu)?|nr"
    r"|tel\.?|telefon|телефон|тел\.?|номер(?:\s+телефону|\s+телефона)?)(?:\s+(?:is|to|це|это))?"
    r"[\s:.\-–—]*(?=[+\d])",
    re.IGNORECASE,
)
_LEAD = re.compile(r"\+?\d[\d \u00a0\-–—]*$")  # digits right before the number, after words
_EDGES = " ,;:-–—"
_DIGIT_RUN = re.compile(r"\+?\d+(?:[ .-]\d+)*")  # «17 600 123 456»: groups of digits
_GROUP = re.compile(r"\+?\d+")
_SEPARATOR = "[ \u00a0\\-–—]"  # between the digit groups of one number, as people type it
_RUN_AFTER = re.compile(rf"{_SEPARATOR}*(\d+(?:{_SEPARATOR}+\d+)*)")
_DIGITS_ONLY = re.compile(r"[\d\s+\-–—]*")
# what makes digits after the number a time: «8:00», «8.30», «8am», «8 pm», «8 h», «8 godz.»
_TIME_AFTER = re.compile(
    r"(?:[:.]\d|[^\W\d_]|\s*(?:a\.?m\b|p\.?m\b|h\b|godz|год|ч\b|o'?clock))", re.IGNORECASE
)


@dataclass(frozen=True)
class Found:
    """A phone number found in a message, and the words before and after it."""

    number: str  # E.164
    before: str  # without the words that introduced the number («my phone is»)
    after: str
    overlong: str = ""  # the number with digits run on to it, as typed («+48 601 234 567 8»):
    # one number with too many digits, not a number and a note «8»
    typed: str = ""  # the number as typed («555 12 34 56»): its country may be asked (phone_home)

    @property
    def rest(self) -> str:
        """Everything written besides the number."""
        return " ".join(part for part in (self.before, self.after) if part)


def phone_in(text: str) -> Found | None:
    """A valid phone number written inside a message («Ramesh, 600 123 456», «600123456 after
    5pm», «po 17 600 123 456»), with what is written around it; None when there is none
    (phonenumbers' matcher finds it; failing that, the longest run of digit groups that is a
    number: «po 17 600 123 456», where the matcher takes «17 600 123 456» for one)."""
    for region in (DEFAULT_REGION, UKRAINE):
        for match in phonenumbers.PhoneNumberMatcher(text, region):
            number = normalise_phone(match.raw_string)
            if number is not None:
                return _found(text, number, match.start, match.end)
    for run in _DIGIT_RUN.finditer(text):
        groups = list(_GROUP.finditer(text, run.start(), run.end()))
        for size in range(len(groups), 0, -1):
            for first, last in zip(groups, groups[size - 1 :], strict=False):
                candidate = text[first.start() : last.end()]
                number = _national_or_plus(candidate)
                if number is not None:
                    return _found(text, number, first.start(), last.end())
    return None


def _national_or_plus(candidate: str) -> str | None:
    """A number as a person writes it (nine digits, Ukrainian national, or with +/00); longer
    bare digits inside a sentence are not taken for a foreign number."""
    digits = sum(ch.isdigit() for ch in candidate)
    if candidate.startswith(("+", "00")) or digits == 9 or ukrainian_national(candidate):
        return normalise_phone(candidate)
    return None


def _found(text: str, number: str, start: int, end: int) -> Found:
    first, last = _run_on(text, start, end)
    overlong = text[first:last].strip() if (first, last) != (start, end) else ""
    return Found(number, _tidy(text[:start]), _tidy(text[end:]), overlong, text[start:end])


def _run_on(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the digits typed as one number begin and end: the number and any digits right
    beside it, apart from it by spaces or dashes only («+48 601 234 567 8», «8 601 234 567»: a
    digit too many). Not digits after a word («601 234 567 after 14»), nor another whole number
    («601234567 602111222»), nor a time («8:00», «8am», «8 pm», «14-16»), nor digits before the
    number that follow a word («po 17 600 123 456»)."""
    after = _RUN_AFTER.match(text, end)
    if after is not None and not _is_note(text, after):
        end = after.end(1)
    before = text[:start]
    if _DIGITS_ONLY.fullmatch(before) and any(ch.isdigit() for ch in before):
        if normalise_phone(before) is None:
            start = len(before) - len(before.lstrip(" \u00a0-–—+"))
    elif (lead := _LEAD.search(before)) and _PHONE_WORDS.search(before[: lead.start()]):
        if normalise_phone(lead.group(0)) is None:  # («Оксана, мій номер 0 600 123 456»)
            start = lead.start()
    return start, end


def _is_note(text: str, after: re.Match[str]) -> bool:
    """Digits after the number that are a time or a number of their own, not extra digits."""
    digits, rest = after.group(1), text[after.end(1) :]
    if normalise_phone(digits) is not None or _TIME_AFTER.match(rest):
        return True
    hours = re.split(r"[-–—]", digits)  # «14-16», «9-17»: hours, apart from the number by a space
    return (
        len(hours) == 2
        and after.group(0)[:1].isspace()
        and all(h.isdigit() and len(h) <= 2 and int(h) <= 24 for h in hours)
    )


def too_long(text: str) -> bool:
    """Digits alone, no words, that are one Polish number with more than its nine digits
    («601 234 5678», «+48 601 234 56 789»), where no number is found in them."""
    text = text.strip()
    if any(ch.isalpha() for ch in text) or not _DIGITS_ONLY.fullmatch(text):
        return False
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.startswith(("+48", "0048")):
        return len(digits) - text.index("48") - 2 > 9
    return not text.startswith(("+", "00")) and len(digits) > 9 and not ukrainian_national(text)


def trunk_eight(text: str) -> str | None:
    """A number typed with the leading «8» dialled within Russia or Belarus («8 916 123 45 67»,
    «8 600 123 456» out of habit): the Polish number after the 8 in E.164 ("" when none is);
    None when the text is not such a number."""
    text = text.strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if not _DIGITS_ONLY.fullmatch(text) or text.startswith(("+", "00")):
        return None
    if digits[:1] != "8" or len(digits) not in (10, 11) or ukrainian_national(text):
        return None
    return (normalise_phone(digits[1:]) or "") if len(digits) == 10 else ""


# a line a person cannot be called back on (phonenumbers' number types)
SERVICE_LINES = {
    phonenumbers.PhoneNumberType.TOLL_FREE: "toll_free",
    phonenumbers.PhoneNumberType.PREMIUM_RATE: "premium_rate",
    phonenumbers.PhoneNumberType.SHARED_COST: "shared_cost",
}


def service_line(e164: str) -> str | None:
    """The kind of line a number is when nobody answers it as a person: «toll_free» (+48 800 …),
    «shared_cost» (+48 801 …), «premium_rate» (+48 70x …); None for a mobile, a landline…"""
    return SERVICE_LINES.get(phonenumbers.number_type(phonenumbers.parse(e164, None)))


def _tidy(part: str) -> str:
    part = " ".join(part.split()).strip(_EDGES)
    return _PHONE_WORDS.sub("", part).strip(_EDGES)


def display_phone(e164: str | None) -> str:
    """'+48 601 234 567'; '—' when there is none (forgotten)."""
    if not e164:
        return "—"
    number = phonenumbers.parse(e164, None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
