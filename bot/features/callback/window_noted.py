"""A constraint typed at «when should we call you?» that is no one time (tester 29, item 5):
«звоните после 17 в будни», «after 5 pm on weekdays», «po 17 w dni robocze». A time in a few
of its words («после 17», bot.core.note_time) chooses the window as a time alone does
(window_typed.take), the whole message kept as the note; a message with no such time that
still says when («в будни вечером», «after work», «tylko w weekend») is kept word for word as
the note for staff (the card's «🗒 Uwaga od osoby», escaped), the person told so, and the
buttons asked again; a day its month has not («30 лютого») is said not to exist. A name, a
phone number, anything else: None (the step's fallback)."""

from __future__ import annotations

from bot.core import markup, no_such_day, note_time
from bot.core.day_names import weekday_of
from bot.core.flows import Outcome, go
from bot.core.messages import Reply
from bot.core.phone import normalise_phone
from bot.core.turn import Turn
from bot.core.words import words
from bot.features import urgent
from bot.features.callback.replies import ask_window, draft, shortened, time_said

MOST_WORDS = 12  # a constraint, not a story
# Beginnings of words that say when someone can talk (folded): working days, weekends, parts
# of the day, work itself.
_WHEN = (
    "будн", "будень", "робоч", "рабоч", "вихідн", "выходн", "weekday", "weekend", "working",
    "robocz", "weekend", "wolne", "вечер", "вечір", "ввечер", "увечер", "evening", "wiecz",
    "утр", "ранк", "вранц", "зранк", "morning", "rano", "rana", "обід", "обед", "lunch", "obiad",
    "południ", "poludni", "afternoon", "night", "ноч", "ніч", "роботи", "работы", "work",
    "pracy", "prac", "тільки", "только", "only", "tylko",
)  # fmt: skip


def within(text: str) -> str | None:
    """The few words of `text` that are a time («после 17» of «звоните после 17 в будни»),
    the most that read; None: none."""
    said = text.split()
    if len(said) > MOST_WORDS:
        return None
    for size in range(min(len(said), 5), 1, -1):
        for start in range(len(said) - size + 1):
            part = " ".join(said[start : start + size]).strip(",.;!")
            if note_time.read_clause(part) is not None:
                return part
    return None


def says_when(text: str) -> bool:
    """Whether `text` says when to call, though as no one time: a digit, a weekday, a word
    of `_WHEN`; not a phone number."""
    said = words(text)
    if not said or len(said) > MOST_WORDS or normalise_phone(text) is not None:
        return False
    if any(ch.isdigit() for ch in text) and not note_time.read_clause(text):
        return any(w.isalpha() for w in said)  # «po 17 w dni robocze», not «12345»
    return any(weekday_of(w) is not None or w.startswith(_WHEN) for w in said if len(w) > 2)


def noted(turn: Turn, text: str) -> Outcome | None:
    """`text` kept as the note for staff, the window asked again; None when it says nothing
    of when (or danger words: the fallback's help lines)."""
    if urgent.detect(text) or not says_when(text):
        return None
    missing = no_such_day.found(text, turn.local(turn.now).date())
    if missing is not None:  # «30 лютого»: no such date, said so; not a note
        return go("window", Reply(no_such_day.told(turn, missing)), ask_window(turn))
    text, cut = shortened(turn, text)
    time_said(draft(turn), text, open_=True)  # the buttons again: their answer adds to it
    told = Reply(turn.t("cb_window_noted", note=markup.literal(text)))
    return go("window", *cut, told, ask_window(turn))
