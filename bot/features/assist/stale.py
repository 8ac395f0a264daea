"""A help form's days and times answered earlier, checked again before the summary (times.py):
a day or a place changed afterwards («Change something»), or the day passed, can leave a day
or a time that no longer holds; a part of the day («rano», «after 15») kept as its hours is
narrowed to the hours open on the form's day as it is now."""

from __future__ import annotations

import datetime as dt

from bot.core import when
from bot.core.dispatch import Turn
from bot.features.assist.draft import answer_of, set_answer
from bot.features.assist.parse import Invalid
from bot.features.assist.times import check, check_day, window
from bot.settings.catalogue import Service


def first_stale(turn: Turn, service: Service) -> tuple[int, Invalid] | None:
    """The first day or time answered that no longer holds (its day or place changed, or it has
    passed), and why; None when every one does."""
    for index, field in enumerate(service.fields):
        value = answer_of(turn, field.id) if field.type in ("date", "time") else None
        if value is None:
            continue
        try:
            if field.type == "date":
                check_day(turn, service, index, dt.date.fromisoformat(value))
            elif (part := when.read_window(value)) is not None:  # «rano»: its hours that day
                set_answer(turn, field.id, _window_again(turn, service, index, part))
            else:
                check(turn, service, index, dt.time.fromisoformat(value))
        except Invalid as wrong:
            return index, wrong
        except ValueError:
            continue
    return None


def _window_again(
    turn: Turn, service: Service, index: int, kept: tuple[str, dt.time, dt.time]
) -> str:
    """A window answered, on the form's day as it is now: its own hours where they still hold
    («after 15» kept as 15:00–16:00, not widened to the afternoon's), else its part's."""
    part, start, end = kept
    try:
        return window(turn, service, index, part, (start, end))
    except Invalid:
        return window(turn, service, index, part)
