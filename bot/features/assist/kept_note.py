"""A description typed where a language was asked («I got a letter from ZUS and I do not
understand it, it says I have to pay 2000 zl»: tester 22, item 6): not a language, but not
thrown away either. When the form has a note (its field `note`, later on), the text is kept as
the note (not asked again: `passed_over`) and the language asked again, briefly, saying so.
A form with no note («кардиолог, я не говорю по-польски» at a doctor's visit: tester 35, item
8) keeps it as the person's note for staff (the draft's phone_note, on the summary and the
card)."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.features.assist import parse
from bot.features.assist.draft import answer_of, draft, set_answer
from bot.settings.catalogue import Service

LEAST_WORDS = 4  # «I got a letter from ZUS…»; «Belarusian, please» is a language's name


def kept(turn: Turn, service: Service, text: str | None) -> str | None:
    """The reason to show at the language asked again, when `text` was kept as the note."""
    later = service.fields[draft(turn).at + 1 :]
    note = next((f for f in later if f.id == parse.NOTE and f.type == "text"), None)
    words = parse.one_line(text).split()
    if len(words) < LEAST_WORDS:
        return None
    if note is None:
        current, said = draft(turn), parse.parse_text(text)
        if said not in (current.phone_note or ""):
            current.phone_note = " · ".join(filter(None, [current.phone_note, said]))
        return turn.t("as_language_note_kept")
    if answer_of(turn, note.id) is not None:
        return None
    set_answer(turn, note.id, parse.parse_text(text))
    draft(turn).kept = note.id
    return turn.t("as_language_note_kept")
