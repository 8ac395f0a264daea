"""A callback request left for a question typed in it (tester 33, item 5): «скільки коштує
мельдунек?» at «Як вас звати?», «stop filling in and answer?», yes. The question is answered
as outside a form, and under the answer a «📞 Continue my callback request» button starts the
request again: consent is kept (Memory.consent), so the name is asked at once, or the name and
phone saved are offered; nothing had been sent. The person feature marks the form left
(Memory.form_left, person/typed.answer_now); this text step, the first of the pipeline, reads
the mark in that same turn and clears it whatever answers."""

from __future__ import annotations

from dataclasses import replace

from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome
from bot.core.messages import Button, Reply
from bot.features.callback import capture
from bot.features.callback.replies import FLOW

START = "callback"  # the payload of every «📞 Request a callback» button


async def route(turn: Turn, next_: Next) -> Outcome:
    """capture.route, then the way back to the callback left for this question, if it was."""
    left, turn.memory.form_left = turn.memory.form_left, None
    outcome = await capture.route(turn, next_)
    if left != FLOW or turn.session.flow is not None or not outcome.replies:
        return outcome
    last = outcome.replies[-1]
    row = [Button(turn.t("btn_cb_continue"), START)]
    if last.buttons and not last.replace:
        last.buttons = [row, *last.buttons]
        return outcome
    back = Reply(turn.t("cb_continue_offer"), [row])
    return replace(outcome, replies=(*outcome.replies, back))
