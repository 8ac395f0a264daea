"""A description typed where a language was asked («I got a letter from ZUS and I do not
understand it, it says I have to pay 2000 zl»: tester 22, item 6; «кардиолог, я не говорю
по-польски»: tester 35, item 8): not a language, but not thrown away either. It is kept as the
person's remark for staff (the draft's phone_note, on the summary and the card) and the
language asked again, briefly, saying so. The form's own questions after it are still asked:
kept as the answer to the next one (the note, «W jakiej sprawie? (krótko)»), «ukrainski (ona),
ja po polsku» stood there and that question was never asked (tester 37, F9)."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.features.assist import parse
from bot.features.assist.draft import draft

LEAST_WORDS = 4  # «I got a letter from ZUS…»; «Belarusian, please» is a language's name


def kept(turn: Turn, text: str | None) -> str | None:
    """The reason to show at the language asked again, when `text` was kept as the remark."""
    if len(parse.one_line(text).split()) < LEAST_WORDS:
        return None
    current, said = draft(turn), parse.parse_text(text)
    if said not in (current.phone_note or ""):
        current.phone_note = " · ".join(filter(None, [current.phone_note, said]))
    return turn.t("as_language_note_kept")
