"""A number typed as it is dialled at home, without a country code (bot.core.phone_home): the
person is told how it can be read and taps the right reading, never saved on a guess.

- «555 12 34 56» (a Georgian mobile, or a Polish landline +48 55 512 34 56): both offered,
  Polish first (person:use_first, person:use_offered).
- «8029 123 45 67» (Belarus's domestic format, no Polish number): «Is it +375 29 123-45-67
  (Belarus, mobile)?» with that number as a button (person:use_offered).
- «601 234 567 89» (a Polish mobile with two digits more, read with a + as Malaysia's +60):
  said to have more digits than a Polish mobile, to be typed again, with the other country's
  reading as a button should it really be one (person:use_offered); never saved as +60 unasked.

Typing the number again, with its country code, answers it too (the phone step goes on). What
was written beside the number («after 5pm») is kept for the reading chosen (PersonDraft.beside).
"""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, go
from bot.core.messages import Button, Reply
from bot.core.phone_home import overlong_polish, readings, shown
from bot.features.person.consent import person_draft


def asked(turn: Turn, typed: str, beside: str = "") -> Outcome | None:
    """The readings of `typed` to choose from (None: it is read without asking)."""
    found = readings(typed)
    other = None if found else overlong_polish(typed)
    if not found and other is None:
        return None
    current = person_draft(turn)
    current.beside = beside
    as_typed = markup.literal(" ".join(typed.split()))
    if other is not None:  # «601 234 567 89»: a typo, or a number typed without its +
        current.first, current.offered = None, other.number
        rows = [[Button(shown(turn, other), "person:use_offered")]]
        text = turn.t("phone_polish_overlong", typed=as_typed, phone=shown(turn, other))
        return go("phone", Reply(text, rows))
    if len(found) == 1:
        current.first, current.offered = None, found[0].number
        rows = [[Button(shown(turn, found[0]), "person:use_offered")]]
        text = turn.t("phone_read_home", typed=as_typed, phone=shown(turn, found[0]))
        return go("phone", Reply(text, rows))
    first, second = found
    current.first, current.offered = first.number, second.number
    rows = [
        [Button(shown(turn, first), "person:use_first")],
        [Button(shown(turn, second), "person:use_offered")],
    ]
    text = turn.t(
        "phone_read_two", typed=as_typed, first=shown(turn, first), second=shown(turn, second)
    )
    return go("phone", Reply(text, rows))


def taken_beside(turn: Turn) -> str:
    """What was written beside the number asked about, once a reading is chosen (then gone)."""
    current = person_draft(turn)
    beside, current.beside = current.beside, ""
    return beside
