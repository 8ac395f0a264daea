"""A number typed without a country code the way it is dialled at home, in a country many of the
bot's people come from: Belarus «8029 123 45 67», Georgia «555 12 34 56», Moldova «069 123 456».
Read as Polish by default (bot.core.phone), such a number is a Polish landline at best (+48 55
512 34 56, somebody else's) or no number at all. Where the Polish reading is not a mobile and a
home country's reading is one (a British «07911 123456» too: tester 42, F10), the readings are
returned for the person to choose from: a number is never taken on a guess (tester 40, F12).
Ukraine's national format («050 123 45 67») is read at once as +380 (phone.ukrainian_national)
and is not asked about; nor is a Polish mobile, nor a number typed with + or 00. Bare digits that
are a Polish mobile with a digit or two run on («601 234 567 89»), which read with a + as another
country's number (+60 12-345 6789, Malaysia), are asked about too (`overlong_polish`): a typo
is likelier than a Malaysian number typed without its +.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import phonenumbers
from phonenumbers import PhoneNumberType

from bot.core.phone import display_phone, normalise_phone, ukrainian_national

if TYPE_CHECKING:
    from bot.core.turn import Turn

# The home countries whose domestic formats are tried (Ukraine's is read already); Russia's
# «8 916 …» is said by bot.features.person.refused (trunk_eight) before this is asked.
HOME_REGIONS = ("BY", "GE", "MD", "RU", "GB")  # each with its name: phone_country_<region>
POLAND = "PL"
_MOBILE = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
_TYPED = re.compile(r"[\d\s()\-–—.]+")  # digits as people group them, no code, no words


@dataclass(frozen=True)
class Reading:
    """One way to read the digits typed: the number (E.164) and its country (ISO «GE»)."""

    number: str
    region: str


def readings(text: str) -> tuple[Reading, ...]:
    """The readings to ask the person to choose from (the Polish one first when there is one,
    then one home country's mobile); () when the number is read without asking, or not at all:
    «601 234 567» (a Polish mobile), «050 123 45 67» (Ukraine's), «+995 …», «call me»."""
    text = text.strip()
    if not _TYPED.fullmatch(text) or text.startswith("00"):
        return ()
    polish = normalise_phone(text)
    if polish is not None and not polish.startswith("+48"):
        return ()  # Ukraine's national format: read as +380, and said so
    if polish is not None and _number_type(polish) in _MOBILE:
        return ()
    home = _home_mobile(text, polish)
    if home is None:
        return ()
    return (Reading(polish, POLAND), home) if polish is not None else (home,)


def overlong_polish(text: str) -> Reading | None:
    """Bare digits, ten or eleven, whose first nine are a Polish mobile and which read as
    another country's number only with a + put before them («601 234 567 89»: +60 12-345 6789,
    Malaysia; «79161234567», +7 916 …): that reading, to ask about with the Polish number's
    digits said too many; None otherwise (a number with + or 00, «48 601 234 567», Ukraine's)."""
    text = text.strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if not _TYPED.fullmatch(text) or text.startswith("0") or len(digits) not in (10, 11):
        return None
    if ukrainian_national(text):
        return None
    polish = normalise_phone(digits[:9])
    if polish is None or _number_type(polish) not in _MOBILE:
        return None
    other = normalise_phone(text)
    if other is None or other.startswith("+48"):
        return None
    region = phonenumbers.region_code_for_number(phonenumbers.parse(other, None))
    return Reading(other, region or "")


def _home_mobile(text: str, polish: str | None) -> Reading | None:
    for region in HOME_REGIONS:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number) or number.country_code == 48:
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if e164 != polish and phonenumbers.number_type(number) in _MOBILE:
            return Reading(e164, region)
    return None


def _number_type(e164: str) -> int:
    return int(phonenumbers.number_type(phonenumbers.parse(e164, None)))


def polish_landline(text: str, e164: str) -> bool:
    """Typed without a country code and read as a Polish line that is no mobile («22 123 45
    67»): the confirmation says how it was read."""
    text = text.strip()
    return (
        e164.startswith("+48")
        and not text.startswith(("+", "00", "48"))
        and _number_type(e164) not in _MOBILE
    )


def shown(turn: Turn, reading: Reading) -> str:
    """«+995 555 12 34 56 (Georgia, mobile)», «+48 55 512 34 56 (Poland, landline)»: the
    country's name in the person's language (the locale's, as Babel's territory names are
    dropped to save memory: bot.content.i18n.UNUSED_CLDR)."""
    if reading.region != POLAND and reading.region not in HOME_REGIONS:  # no name kept for it
        return display_phone(reading.number)  # (Babel's territories are dropped: memory)
    country = turn.t(f"phone_country_{reading.region}")
    kind = turn.t("phone_kind_landline" if reading.region == POLAND else "phone_kind_mobile")
    return f"{display_phone(reading.number)} ({country}, {kind})"
