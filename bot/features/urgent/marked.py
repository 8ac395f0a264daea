"""Whether a person may be in danger: danger recognised in what they typed, or the domestic
violence answer read, lately (`MARKED_FOR`), makes their next callback request urgent, sorted
first for staff; the moment is kept in the session's Memory only."""

from __future__ import annotations

import datetime as dt

from bot.core.dispatch import Turn

TOPIC = "domestic_violence"
# Danger written this long ago still makes the next callback request urgent (and shows the help
# lines first); a request days later about a PESEL is not flagged for it
MARKED_FOR = dt.timedelta(hours=12)


def mark(turn: Turn) -> None:
    turn.memory.urgent_at = turn.now.isoformat()


def marked_now(turn: Turn) -> bool:
    """Whether danger was recognised in this very turn."""
    return turn.memory.urgent_at == turn.now.isoformat()


def is_marked(turn: Turn) -> bool:
    """Danger written, or the domestic violence answer read, in the last `MARKED_FOR`."""
    memory = turn.memory
    if memory.urgent_at and _lately(turn, memory.urgent_at):
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
    turn.memory.urgent_at = None
    if turn.memory.last_topic == TOPIC:
        turn.memory.last_topic = None
