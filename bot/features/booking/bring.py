"""«а что взять с собой на визит?», «what documents should I bring to the appointment?», typed
at any step of a booking (the consent, name and phone too): the «Please bring» list of the
topic chosen (before one is: what every visit needs), and the booking goes on at its step, the
chosen time kept (bot.core.about's kind `bring`; bot.features.person.about asks the flow)."""

from __future__ import annotations

from bot.core import about
from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.features.booking.replies import draft
from bot.features.booking.views import bring_text, voice


def answer(turn: Turn, kinds: frozenset[str]) -> Reply | None:
    """The list for «what to bring?» alone; None for any other question about the visit."""
    if kinds != {about.BRING}:
        return None
    return Reply(bring_text(voice(turn), draft(turn).topic or "other"))
