"""A callback request left for a question typed in it (tester 33, item 5): «скільки коштує
мельдунек?» at «Як вас звати?», «stop filling in and answer?», yes. The question is answered
as outside a form, and under the answer a «📞 Continue my callback request» button
(callback:resume) takes the person back to the step they left, with what they had given
(README «Known gaps», Forms: the name was asked again): the person feature keeps where the
form was and its drafts (Memory.form_kept, person/typed.mark_left); nothing had been sent. An
older button with nothing kept (or another form left since) starts the request again, as
before: consent is kept, so the name is asked at once. The answer's own «📞 Request a callback»
is taken away under it (tester 37, F16: both were offered). The person feature marks the form left
(Memory.form_left); this text step, the first of the pipeline, reads the mark in that same
turn and clears it whatever answers. Another form left so (a visit's day picker: «а можна в
пʼятницю?», tester 42, F5) gets «↩️ Back to the form» the same way."""

from __future__ import annotations

from dataclasses import replace

from bot.core.choices import GO_ON
from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, Replay, again, then
from bot.core.messages import Button, Expired, Reply
from bot.features.callback import capture
from bot.features.callback.replies import FLOW

START = "callback"  # the payload of every «📞 Request a callback» button
RESUME = "callback:resume"


async def route(turn: Turn, next_: Next) -> Outcome:
    """capture.route, then the way back to the callback left for this question, if it was."""
    left, turn.memory.form_left = turn.memory.form_left, None
    outcome = await capture.route(turn, next_)
    if left is None or turn.session.flow is not None or not outcome.replies:
        return outcome
    ours = left == FLOW
    if ours:
        for reply in outcome.replies:  # «📞 Request a callback» beside it: one way (F16)
            rows = [[b for b in row if b.payload != START] for row in reply.buttons]
            reply.buttons = [row for row in rows if row]
    last = outcome.replies[-1]
    label = "btn_cb_continue" if ours else "btn_form_continue"
    payload = RESUME if ours else f"{RESUME}:form"
    row = [Button(turn.t(label), payload, means=GO_ON)]  # («продовжити» typed)
    if last.buttons and not last.replace:
        last.buttons = [row, *last.buttons]
        return outcome
    back = Reply(turn.t("cb_continue_offer" if ours else "form_continue_offer"), [row])
    return replace(outcome, replies=(*outcome.replies, back))


async def resume(turn: Turn) -> Outcome:
    """callback:resume[:form]: back where the form was left, its question asked again; nothing
    kept for a callback (or a form open now): the request from its start; for another form,
    the main menu, saying the button is old."""
    kept, turn.memory.form_kept = turn.memory.form_kept, None
    root = (kept.callers[0].flow if kept.callers else kept.flow) if kept else None
    other = bool(turn.args)  # «↩️ Back to the form»: another form than a callback
    if kept is None or (root == FLOW) == other or turn.session.flow is not None:
        if other:
            raise Expired(RESUME)
        return then(Replay(payload=START))
    session = turn.session  # (as person/corrected.py puts the person at a step)
    session.drafts = dict(kept.drafts)
    session.callers = list(kept.callers)
    session.flow, session.step = kept.flow, kept.step
    return again()
