"""«а что взять с собой на визит?», «what documents should I bring to the appointment?», typed
at any step of a booking (the consent, name and phone too): the «Please bring» list of the
topic chosen (before one is: what every visit needs), and the booking goes on at its step, the
chosen time kept (bot.core.about's kind `bring`; bot.features.person.about asks the flow).
«How long will it take, and do I bring my passport?» gets the list and how often visits start."""

from __future__ import annotations

from bot.core import about
from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.features.booking.replies import draft
from bot.features.booking.views import bring_text, voice


def answer(turn: Turn, kinds: frozenset[str]) -> Reply | None:
    """The list for «what to bring?» (with «how long will it take?»: how often visits start,
    tester 39, F6); None for any other question about the visit."""
    if about.BRING not in kinds or not kinds <= {about.BRING, "time"}:
        return None
    text = bring_text(voice(turn), draft(turn).topic or "other")
    if "time" in kinds:
        text += "\n\n" + turn.t("bk_visit_length", minutes=turn.office.booking.visit_minutes)
    return Reply(text)
