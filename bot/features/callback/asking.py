"""A callback request's steps between them: the question each step asks (`ASKS`), where an
answer goes next (the next question, or back to the summary when one field is corrected), danger
typed at a step (`screen`: the help lines once, the request urgent) and text where a button was
expected (`reask`: the same question again, or a question offered an answer)."""

from __future__ import annotations

from collections.abc import Callable

from bot.core import choices
from bot.core.dispatch import Turn
from bot.core.flows import Handler, Outcome, go, stay
from bot.core.messages import Reply
from bot.features import person, urgent
from bot.features.callback import after_hours
from bot.features.callback.replies import (
    ask_language,
    ask_reach,
    ask_topic,
    ask_window,
    draft,
    fix_menu,
    summary,
)

ASKS: dict[str, Callable[[Turn], Reply]] = {  # the question each step asks
    "topic": ask_topic,
    "language": ask_language,
    "window": ask_window,
    "confirm": summary,
    "fix": fix_menu,
    "reach": ask_reach,  # an urgent request's short path (urgent_form.py)
}


def ask(turn: Turn, step: str) -> Outcome:
    return go(step, ASKS[step](turn))


def next_step(turn: Turn, step: str) -> Outcome:
    """After a step: back to the summary when correcting one field, else the next question."""
    return to_summary(turn) if draft(turn).fixing else ask(turn, step)


def to_summary(turn: Turn, *before: Reply) -> Outcome:
    draft(turn).fixing = False
    return go("confirm", *before, summary(turn))


def screen(turn: Turn) -> list[Reply]:
    """Danger words typed in the form: the help lines at once, and the request is urgent; a
    medical emergency or a doctor needed tonight («дитина хворіє, висока температура»): 112 and
    night care at once (again when it is sent: sending.py), and the request is urgent."""
    text = turn.incoming.text or ""
    if text and not urgent.detect(text) and urgent.emergency(text):
        shown, draft(turn).medical = draft(turn).medical, True
        draft(turn).urgent = True
        return [] if shown else [Reply(turn.t("urgent_medical"))]
    if not text or not urgent.detect(text):
        return []
    lines = after_hours.lines_once(turn)
    urgent.mark(turn)
    draft(turn).urgent = True
    return lines


def reask(step: str) -> Handler:
    """Text where a button was expected: the same question again."""

    async def handler(turn: Turn) -> Outcome:
        before = screen(turn)
        typed = None if before else person.typed_in_form(turn)[1]
        if typed is not None:  # a question: offered an answer
            return typed
        reply = ASKS[step](turn)
        reply.text = f"{choices.hint(turn, turn.t('cb_use_buttons'))}\n\n{reply.text}"
        return go(step, *before, reply)

    return handler


def again_asked(question: Callable[[Turn], Reply]) -> Handler:
    """The step's question once more, as it is now (after a language change)."""

    async def handler(turn: Turn) -> Outcome:
        return stay(question(turn))

    return handler
