"""The language of an appointment, asked on its summary (tester 16, item 10, as a visit's:
bot/features/booking/language.py): «🗣 Language of the appointment: Polish», and for someone
who speaks another, a button for each other language of the office (`appt:language:<code>`,
or its name typed in any form), then the summary again: a direct booking's, or a request's
(kept with the request, migration 036, and with the appointment booked from it). Staff read it
on the request's card and the appointment's note, beside the language of the chat.
"""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Outcome
from bot.core.messages import Expired
from bot.features.appointments import qualify
from bot.features.appointments.picker import to_summary
from bot.features.appointments.replies import FLOW, draft, service_of


async def on_language(turn: Turn) -> Outcome:
    """appt:language:<code>: the appointment is to be in that language; its summary again."""
    current = draft(turn)
    code = turn.args[0] if len(turn.args) == 1 else None
    step = turn.session.step if turn.session.flow == FLOW else None
    if code not in turn.settings.languages or step not in ("confirm", "send"):
        raise Expired("appt:language")
    if current.person is None or (step == "confirm" and not current.key):
        raise Expired("appt:language")
    current.visit_language = code
    service = service_of(turn, current.service)
    return qualify.to_summary(turn, service) if step == "send" else to_summary(turn, service)
