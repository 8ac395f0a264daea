"""The language a visit or an appointment is to be in, as its summary offers it first."""

from __future__ import annotations

from bot.core.dispatch import Turn


def visit_language(turn: Turn, chosen: str | None) -> str:
    """`chosen` on the summary, else the language the person last asked staff to speak with
    them (a callback's «language of the call», an earlier visit's), else their own."""
    code = chosen or turn.memory.talk_language
    return code if code in turn.settings.languages else turn.lang
