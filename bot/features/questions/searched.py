"""What a typed question is searched as: the matter beside a threat, without the words of
moving (the early search asks the same: Feature.searched, bot.core.ahead)."""

from __future__ import annotations

import functools

from bot.features import urgent
from bot.features.office import unmoved


@functools.lru_cache(maxsize=16)  # (asked twice a message: the early search, then the answer)
def searched_as(question: str) -> str:
    """What a typed question is searched as (the early search's too: Feature.searched).
    Kept for the last texts: a 4,000-character message cost 4–6 ms on the event loop a call."""
    matter = urgent.kinds.matter(question)  # (beside a threat: the matter, not the threat)
    return unmoved(matter)  # («я переїхала до Гдині, де …»: the «where», not the move)
