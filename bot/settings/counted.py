"""Numbers in `infopoint check`'s English, as an English reader writes them (tester 43, F16:
«expire in 24 day(s)», «5 meeting(s) of the series is outside …»): «1 day», «24 days»,
«1 meeting … falls», «5 meetings … fall». The check speaks English only (the bot's own texts
have their plurals in four languages, bot/content/i18n.py), so a plain rule is enough: the
singular for 1, else the plural (en_GB: «0 warnings»)."""

from __future__ import annotations

_VERBS = {"is": "are", "was": "were", "has": "have"}  # (else the verb's -s dropped: falls -> fall)


def counted(count: int, noun: str, plural: str = "") -> str:
    """«1 day», «24 days», «2 visits and appointments» (`plural` where -s is not it)."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def agrees(count: int, phrase: str) -> str:
    """`phrase`, written for one («is outside the hours», «falls on a holiday»), its first word
    made plural for more: «are outside the hours», «fall on a holiday»."""
    if count == 1:
        return phrase
    verb, _, rest = phrase.partition(" ")
    verb = _VERBS.get(verb, verb[:-1] if verb.endswith("s") else verb)
    return f"{verb} {rest}" if rest else verb
