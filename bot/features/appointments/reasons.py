"""The reasons staff give a person for deciding against their appointment: declining a request
(declining.py) and cancelling a booked appointment while keeping its time bookable
(cancel_why.py). A ready reason is a button labelled in the staff language (`sa_reason_<code>`)
and told to the person in theirs (`ap_reason_<code>`); staff's own words are passed on as
written (`ap_declined_wrote`), quoted on the staff side."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Button
from bot.features.appointments.views import Voice

DECLINE = ("not_ours", "no_time", "call_us")  # a request declined
# a booked appointment cancelled, its time kept for others: «you asked us» (by phone, at the
# desk) and «none» (no reason told) offer other times, so «no free time» is no reason here;
# «not ours» and «call us first» end the matter (an approved request is declined with it)
CANCEL = ("asked", "not_ours", "call_us", "none")
REBOOK = ("asked", "none")


def buttons(turn: Turn, codes: tuple[str, ...], payload: str) -> list[list[Button]]:
    """A button for each ready reason, in the staff language; `payload` has «{code}» in it."""
    return [[Button(turn.t(f"sa_reason_{code}"), payload.format(code=code))] for code in codes]


def for_staff(v: Voice, code: str | None, text: str | None, codes: tuple[str, ...]) -> str:
    """The reason as staff read it: a ready one's label, or the own words quoted (escaped)."""
    if code in codes:
        return v(f"sa_reason_{code}")
    return f"«{markup.literal(text or '—')}»"


def for_person(v: Voice, code: str | None, text: str | None) -> str:
    """The reason as the person reads it, in their language (`v`): a ready one, or staff's own
    words as written (escaped)."""
    if code == "none":
        return ""
    if code:
        return v(f"ap_reason_{code}", phone=markup.literal(v.office.organisation.phone))
    return v("ap_declined_wrote", text=markup.literal(text or ""))
