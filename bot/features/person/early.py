"""A phone number typed at the name step, nothing else with it («мой номер 8 067 123 45 67»,
«601 234 567»: tester 32, item 10): neither a question nor lost. It is kept for the phone step
(the person is told which number was read), the name is asked; once the name is typed, the
number is saved with it and the phone step is not asked. A name with the number («Ramesh, 600
123 456») is both at once, as before (bot/features/person/__init__.py, `name`)."""

from __future__ import annotations

import dataclasses

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.phone import Found, display_phone
from bot.core.phone_home import readings
from bot.features.person import refused
from bot.features.person.consent import person_draft
from bot.features.person.number import ask_name, save


def kept(turn: Turn, text: str, found: Found | None) -> Outcome | None:
    """The number kept and the name asked, where `text` is a number alone (the words that say
    it is one aside: «my number is»); None otherwise, or where it is not one to call (a digit
    too many, a toll-free line: the phone step says why)."""
    if found is None or found.rest or refused.why_not(turn, text, found.number, found):
        return None
    if readings(found.typed):  # «555 12 34 56»: which country's is asked at the phone step
        return None
    person_draft(turn).early = found.number
    asked = ask_name(turn)
    said = turn.t("name_phone_kept", phone=display_phone(found.number))
    return stay(dataclasses.replace(asked, text=said))


def taken(turn: Turn) -> Outcome | None:
    """With the name just saved: the number kept from the name step saved too, or None."""
    current = person_draft(turn)
    number, current.early = current.early, None
    return save(turn, number) if number else None
