"""«продовжити», «продолжить», «continue», «kontynuuj», a bare «далі», «дальше», «next»,
«dalej» (choice_words.yaml, go_on_words, polite words around them aside: backs.says_go_on)
typed to go on with a form after an interruption: /mydata, /contact, /help, /office's list,
/start's or a command's «leave the form?», a question about the form answered in it.

Read in one place for every form, by the dispatcher (Core._route), after a button's answer
typed (so that where a button says «✏️ Go on with the form», or a yes is the answer, that button
is pressed: «продовжити» is a yes at a consent; at a summary alone it is no «send»: the summary
again, bot.core.choices, SEND): at any form's step that has a
question, never taken for the step's answer (a name «Продовжити», a place «далі», a visit's or
an appointment's need «continue», a date), the step's question asked again (`at_step`); at an
optional question just asked, its «Skip »» pressed (`skipped`: «далі» is «next question»); a
question asked on top of the step (Session.pending: «leave the form?», «stop filling in and
answer?») is answered so, as «✏️ Go on with the form» would be, the form's own question next.
Outside a form, where the last screen offered the way back into a form left for a question
(«📞 Continue my callback request»: Button.means GO_ON, kept by choices.remember), that button
is pressed (`back_into`); elsewhere the words go where any text goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.backs import says_go_on
from bot.core.choices import GO_ON, SKIP
from bot.core.flows import Outcome, again
from bot.core.messages import Reply

if TYPE_CHECKING:
    from bot.core.flows import Step
    from bot.core.turn import Turn


def says(turn: Turn, step: Step) -> bool:
    """Whether the text typed at `step` (one with a question) only says «let's go on»."""
    return step.ask is not None and says_go_on(turn.incoming.text or "")


async def at_step(turn: Turn) -> Outcome:
    """The step's question again; a question asked on top of it answered «go on» first."""
    goes_on = (Reply(turn.t("form_goes_on")),) if turn.pending else ()
    turn.pending = None  # answered: the form's own question next
    return again(*goes_on)


def skipped(turn: Turn) -> str | None:
    """At an optional question just asked (its «Skip »» among the buttons shown), the payload
    of that button: «далі», «next», «dalej» skip it as the button does (after /contact, whose
    reply asks the question again, too); None where no «Skip »» is shown (`at_step`)."""
    return next((b.payload for b in turn.session.shown if b.means == SKIP), None)


def back_into(turn: Turn) -> str | None:
    """Outside a form: the payload of the way back into a form left for a question (the last
    screen's GO_ON button) when the text says «let's go on»; None otherwise."""
    session = turn.session
    if session.flow is not None or not says_go_on(turn.incoming.text or ""):
        return None
    return next((b.payload for b in session.shown if b.means == GO_ON), None)
