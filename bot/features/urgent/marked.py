"""Whether a person may be in danger: danger recognised in what they typed, a medical emergency
typed outside a form (`mark_medical`), or the domestic violence answer read, lately
(`MARKED_FOR`), makes their next callback request urgent, sorted first for staff; the moment (and
the kind of danger: `reason`, for the staff card) is kept in the session's Memory only."""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.features.urgent import kinds
from bot.features.urgent.words import MEDICAL, detect

TOPIC = "domestic_violence"
# Danger written this long ago still makes the next callback request urgent (and shows the help
# lines first); a request days later about a PESEL is not flagged for it
MARKED_FOR = dt.timedelta(hours=12)
MEDICAL_WHY = "medical"  # the reason a medical emergency leaves (`mark_medical`)
SAID_MOST = 400  # characters of the message kept for an urgent request's card (`keep_said`)


def mark(turn: Turn) -> None:
    turn.memory.urgent_at = turn.now.isoformat()
    found = kinds.kinds(turn.incoming.text or "")
    turn.memory.urgent_why = found[0] if found else turn.memory.urgent_why
    keep_said(turn)


def keep_said(turn: Turn) -> None:
    """The message itself, shortened, for the card of the urgent request asked for next (the
    person sees it quoted first and may keep it off: bot.features.callback.urgent_form)."""
    said = " ".join((turn.incoming.text or "").split())
    turn.memory.urgent_said = markup.shortened(said, SAID_MOST) if said else None


def mark_medical(turn: Turn) -> None:
    """A medical emergency typed outside a form («мама впала і не встає»): the next callback
    request is urgent, its card says why; danger written lately stays the reason (and the moment
    the help lines were shown stays theirs)."""
    if is_marked(turn, medical=False):
        return
    turn.memory.urgent_at = turn.now.isoformat()
    turn.memory.urgent_why = MEDICAL_WHY
    keep_said(turn)


def reason(
    turn: Turn, text: str | None = None, topic: str | None = None, *, medical: bool = False
) -> str:
    """Why a request is urgent, as its staff card says it (a kind of kinds.py, "medical", the
    domestic-violence "topic", or "danger"): the danger `text` (what the request says) speaks of,
    else the one written lately, else a medical emergency (in `text`, or typed in the form:
    `medical`), else the domestic-violence answer read or chosen (the request's `topic`). Never
    the words themselves (tester 37, F19)."""
    found = kinds.kinds(text or "")
    if found:
        return found[0]
    memory = turn.memory
    if memory.urgent_at and _lately(turn, memory.urgent_at):
        return memory.urgent_why or "danger"
    if medical or (text and detect(text, MEDICAL)):
        return MEDICAL_WHY
    return "topic" if TOPIC in (memory.last_topic, topic) else "danger"


def medical_lately(turn: Turn) -> bool:
    """Whether what marked the person lately was a medical emergency (`mark_medical`)."""
    memory = turn.memory
    at = memory.urgent_at
    return memory.urgent_why == MEDICAL_WHY and bool(at) and _lately(turn, at)


def marked_now(turn: Turn) -> bool:
    """Whether danger was recognised in this very turn."""
    return turn.memory.urgent_at == turn.now.isoformat()


def is_marked(turn: Turn, *, medical: bool = True) -> bool:
    """Danger written, or the domestic violence answer read, in the last `MARKED_FOR` (or a
    medical emergency typed: unless `medical` is False, where what counts is that the help
    lines were shown)."""
    memory = turn.memory
    if memory.urgent_at and _lately(turn, memory.urgent_at):
        if medical or memory.urgent_why != MEDICAL_WHY:
            return True
    # (a session saved before the moment was kept has none: read lately, for all we know)
    return memory.last_topic == TOPIC and _lately(turn, memory.last_topic_at)


def _lately(turn: Turn, moment: str | None) -> bool:
    if not moment:
        return True
    try:
        at = dt.datetime.fromisoformat(moment)
    except ValueError:  # (not ours to doubt: danger was recognised)
        return True
    return turn.now - at < MARKED_FOR


def clear(turn: Turn) -> None:
    """After an urgent request: the next one is urgent only if danger comes up again."""
    turn.memory.urgent_at = turn.memory.urgent_why = turn.memory.urgent_said = None
    if turn.memory.last_topic == TOPIC:
        turn.memory.last_topic = None
