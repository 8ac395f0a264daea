"""What a staff member typed in reply, as it may go to a person (a reply to a record's message,
a decline's reason in their own words, a course's message to everyone): the text as typed,
without the spaces and invisible marks around it, and never a command. A channel reads a
command before it is a reply («/requests» answered to a card is that command, the list), so
what starts with «/» here came some other way (after an invisible mark, a client sending it as
text, the terminal's `/reply 5 /requests`): staff are told, the person gets nothing. What goes
is escaped by the caller (`markup.literal`), shown exactly as typed on Telegram and Viber."""

from __future__ import annotations

import unicodedata


def _invisible(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) == "Cf"  # a zero-width space, a mark


def typed(text: str | None) -> str:
    """`text` without the spaces and invisible marks around it ("" when nothing else)."""
    text = text or ""
    start, end = 0, len(text)
    while start < end and _invisible(text[start]):
        start += 1
    while end > start and _invisible(text[end - 1]):
        end -= 1
    return text[start:end]


def command_like(text: str) -> bool:
    """Whether `text` (as `typed` gives it) starts as a command does: not for a person."""
    return text.startswith("/")
