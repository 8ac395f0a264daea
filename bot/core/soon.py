"""«As soon as possible» typed where a day is asked, alone or with the day it means.

Alone («jak najszybciej», «как можно скорее», «якнайшвидше», «asap», «срочно») it names no day:
bot.core.when says `asap`, and a form asks which day at the latest. Said with a day («мне
срочно, сегодня», «pilne, dzisiaj», «urgent: tomorrow», «сьогодні, терміново»), the day is the
answer (tester 40, F11): `aside` gives the message without the words that only say it is
urgent, for the day to be read in what remains.
"""

from __future__ import annotations

import re

from bot.core.words import fold

SOON = frozenset(
    fold(p.strip())
    for p in (
        "jak najszybciej, najszybciej, jak najwcześniej, pilnie, pilne, asap, as soon as possible, "
        "as soon as you can, urgently, urgent, как можно скорее, как можно быстрее, как можно "
        "раньше, поскорее, срочно, якнайшвидше, якомога швидше, якнайскоріше, терміново, "
        "kak mozhno skoree"
    ).split(",")
)
# Words that may stand before «срочно» and say nothing of the day: «мне срочно», «it's urgent»,
# «bardzo pilne», «мені дуже терміново треба»
_AROUND = frozenset(
    fold(w)
    for w in (
        "мне мені нам нужно надо треба потрібно очень дуже это це "
        "me for i we need it its is very mi nam to jest bardzo potrzebuję potrzebuje mam"
    ).split()
)
_SOON_FIRST = sorted(SOON, key=len, reverse=True)
_PHRASE = "|".join(re.escape(p) for p in _SOON_FIRST)
_AROUND_WORDS = "|".join(re.escape(w) for w in sorted(_AROUND, key=len, reverse=True))
_SAID = rf"(?:(?:{_AROUND_WORDS})\s+)*(?:{_PHRASE})(?:\s+(?:{_AROUND_WORDS}))*"
_FIRST = re.compile(rf"^{_SAID}[\s,.!:;—–-]+(.+)$")
_LAST = re.compile(rf"^(.+?)[\s,.!:;—–-]+{_SAID}[\s!.]*$")
_ALONE = re.compile(rf"^{_SAID}[\s!.]*$")


def alone(said: str) -> bool:
    """Whether `said` (folded) says only that it is urgent («срочно», «мне очень срочно»)."""
    return said in SOON or _ALONE.match(said) is not None


def aside(said: str) -> str | None:
    """`said` (folded) without the words that say it is urgent, before or after the rest
    («мне срочно, сегодня»: «сегодня»); None when it has none, or is nothing else."""
    found = _FIRST.match(said) or _LAST.match(said)
    return found.group(1).strip(" ,.!") or None if found else None
