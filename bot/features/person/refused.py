"""A number found in what was typed that is not taken as the one to call, and why.

- Digits run on to it, apart only by spaces or dashes («+48 601 234 567 8», «8 601 234 567»,
  «601 234 5678»): one number with too many digits, a typo. Taking the nine digits that make a
  valid number and the rest as a note («8») would have staff call someone else.
- A leading «8», as numbers are dialled within Russia or Belarus («8 916 123 45 67», «8 600 123
  456»): the +7 / +375 form is asked for, or the Polish number without the 8 offered.
- A line nobody can be called back on: toll-free, shared-cost or premium-rate (phonenumbers'
  number type: «+48 800 …», «+48 801 …», «+48 70x …»).

The person is told which, with an example of the expected form, and asked for the number again.
"""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.phone import Found, display_phone, service_line, too_long, trunk_eight
from bot.core.phone_home import readings


def why_not(turn: Turn, typed: str, number: str | None, found: Found | None) -> str | None:
    """What to tell the person instead of taking `number` (None: it is taken, or the usual
    «not a valid number» is said). `typed`: the message ("" for a shared contact)."""
    eight = trunk_eight(found.overlong if found is not None and found.overlong else typed)
    if eight is not None:  # «8 916 …», «8 600 123 456»: dialled as in Russia or Belarus
        shown = markup.literal((found.overlong if found and found.overlong else typed).strip())
        line = turn.t("phone_eight_polish", phone=display_phone(eight)) if eight else ""
        return f"{turn.t('phone_trunk_eight', typed=shown)}{line}"
    if found is not None and found.overlong:
        return turn.t("phone_too_long", typed=markup.literal(found.overlong))
    if number is None:  # (a British «07911 123456» is a mobile at home: asked about, F10)
        long = typed and too_long(typed) and not readings(typed)
        return turn.t("phone_too_long", typed=markup.literal(typed.strip())) if long else None
    kind = service_line(number)
    if kind is None:
        return None
    line = turn.t(f"phone_line_{kind}")
    return turn.t("phone_service_line", phone=display_phone(number), line=line)
