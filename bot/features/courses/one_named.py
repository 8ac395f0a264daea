"""A child's name typed where a children's course asks how many children («Саша» at «👧 How
many children are you signing up? (1–3)»: tester 35, item 24): one child of that name, whose
age is asked next, and the parent is told so (with «« Back» to give another number), instead
of «choose a number from 1 to 3» with the name lost."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.features import person
from bot.features.assist import Invalid, parse_number
from bot.features.courses.course import Course
from bot.features.courses.page import draft

NAME_MAX = 40  # as party.NAME_MAX


def taken(turn: Turn, course: Course, text: str) -> Reply | None:
    """`text` read as one child's name: the draft has one child of that name (their age next)
    and the line that says so; None when it is a number or no name, or the course is not for
    children."""
    text = " ".join(text.split())
    if not course.service.for_children or not text or len(text) > NAME_MAX:
        return None
    try:
        parse_number(text)
    except Invalid:
        pass
    else:
        return None  # a number: the question's own answer (or out of its range)
    reading = person.names.read(text, person.names.topic_names(turn.kb))
    if reading.kind != "name" or not any(ch.isalpha() for ch in reading.name):
        return None
    current = draft(turn)
    current.people, current.names, current.ages = 1, [reading.name], []
    return Reply(turn.t("co_one_child_named", name=markup.literal(reading.name)))
