"""A question about the course typed while signing up for it («а це безкоштовно?», «а де це?»,
«коли заняття?», «для кого це?»: bot.core.about), answered from the course's own page (the
COURSE flow's `about`); the sign-up goes on at the step it was at (bot.features.person.about).
Only what the page says: a price only where the description speaks of one («Безкоштовні …»),
the place and its address, the meetings, the level and the ages taken; else None, and the
person is offered an answer outside the form, as for any other question."""

from __future__ import annotations

from bot.core import about, markup
from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.features.courses.course import Course, find
from bot.features.courses.page import draft
from bot.features.courses.views import (
    Voice,
    map_row,
    meeting_span,
    place_lines,
    title,
    voice,
    who_signs_up,
)


def answer(turn: Turn, kinds: frozenset[str]) -> Reply | None:
    """The page's lines for every kind asked (None if it has none for one of them)."""
    course = find(turn.settings, turn.office, draft(turn).course or "")
    if course is None or not kinds <= set(about.KINDS):  # («what to bring?»: not its page's)
        return None
    v = voice(turn)
    parts = []
    for kind in (k for k in about.KINDS if k in kinds):
        part = _part(v, course, kind)
        if not part:
            return None
        parts.append(part)
    rows = map_row(v, course) if "place" in kinds else []
    return Reply("\n\n".join([title(v, course), *parts]), rows)


def _part(v: Voice, course: Course, kind: str) -> str:
    service = course.service
    if kind == "price":
        description = service.description.get(v.lang)
        return markup.literal(description) if about.speaks_of(description, "price") else ""
    if kind == "place":
        return "\n".join(place_lines(v, course))
    if kind == "time":
        return meeting_span(v, course)
    levels = [] if service.level is None else [markup.literal(service.level.get(v.lang))]
    return "\n".join([*(v("co_level", level=x) for x in levels), *who_signs_up(v, course)])
