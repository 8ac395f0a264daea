"""An optional question answered by saying the answer is not known yet (tester 29, item 4): at
a time «if you already know» (or a day), «не знаю», «ещё не знаю», «nie wiem», «jeszcze nie
wiem», «don't know», «not sure yet» skip it, said briefly; a part of the day alone at such a
time («вранці») where the time is set elsewhere (`office_hours: false`: no hours of its own to
take) is kept as a note for staff and the time skipped. At an optional note a no («ні»,
«no») skips it."""

from __future__ import annotations

from bot.core import choices, markup
from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.core.words import words
from bot.features.assist import parse
from bot.features.assist.draft import draft
from bot.settings.catalogue import FormField

# Words that only say «yet», «for now», «exactly», «the time» around a «don't know» (folded).
_AROUND = frozenset(
    "ще поки що поки-що пока еще ещё точно час время годину yet still for now exactly the time "
    "jeszcze na razie dokładnie godziny godzina czasu я i ja we ми мы my".split()
)
_UNKNOWN = frozenset(
    tuple(phrase.split())
    for phrase in (
        "не знаю",
        "не знаємо",
        "не знаем",
        "невідомо",
        "не відомо",
        "неизвестно",
        "не известно",
        "не впевнена",
        "не впевнений",
        "не уверена",
        "не уверен",
        "dont know",
        "do not know",
        "not sure",
        "im not sure",
        "no idea",
        "unknown",
        "idk",
        "nie wiem",
        "nie wiemy",
        "nie wiadomo",
        "nie jestem pewna",
        "nie jestem pewien",
    )
)


def says_unknown(text: str) -> bool:
    """«не знаю», «ещё не знаю», «nie wiem jeszcze», «don't know», «not sure yet»."""
    said = tuple(w for w in words(text) if w not in _AROUND)
    return said in _UNKNOWN


def skipped(turn: Turn, field: FormField, text: str | None) -> list[Reply] | None:
    """What is said when an optional field is skipped by its typed answer (nothing for a no
    at a note); None: the answer is read as usual."""
    if field.required or not text:
        return None
    if field.type == "text" and field.id == parse.NOTE:
        return [] if choices.yes_or_no(text) == choices.NO else None
    if field.type in ("time", "date") and says_unknown(text):
        return [Reply(turn.t(f"as_{field.type}_unknown"))]
    part = parse.part_alone(text) if field.type == "time" and not field.office_hours else None
    if part is None:
        return None
    shown = turn.t(f"part_of_day_{part}")
    current = draft(turn)  # the part kept in the person's note for staff
    current.phone_note = " · ".join(filter(None, [current.phone_note, shown]))
    return [Reply(turn.t("as_time_part_noted", part=markup.literal(shown)))]
