"""A typed question that names a course («є курси польської?», «are there Polish courses?»,
«курс польської для сина 6 років») is answered first by the office's own courses that fit it,
open for sign-up, each with its level, its dates and its free places (or its waiting list),
before the knowledge base's general text about the topic (tester 30, item 5; the services
feature puts this reply first: bot.features.services).

Which fit: the courses the question names (the services feature's `matching`: by their names,
a children's course first for a question about a child), and the office's other courses of the
same subject: a word of a named course's title («польська», «Polish», «polski») that the
question has too (its first five letters, so «польську» and «polskiego» count; the words for a
course itself, «course», «kursy», are no subject), for children where the question is about a
child and for adults where it is not. A children's course says its ages, and an age the
question gives that is not among them («для сина 6 років» at 7–12); an adults' course, for a
question that says someone comes too («for me and my wife»), how they sign up (`_along`)."""

from __future__ import annotations

import re
from itertools import chain

from bot.core import children, markup
from bot.core.dispatch import Turn
from bot.core.elsewhere import not_your_town
from bot.core.messages import Button, Reply
from bot.core.words import fold, words
from bot.features.courses import companion
from bot.features.courses.course import Course, of_office, seats_now
from bot.features.courses.page import closed_text, seats
from bot.features.courses.views import meeting_span, voice
from bot.settings.catalogue import COURSE, Service

STEM = 5  # letters two words share at the start to be one subject («польська», «польську»)
MOST = 5  # courses listed at most
# words of a course's title that say it is a course, not what it is about (folded)
_GENERIC = frozenset(
    fold(w)
    for w in (
        "курс курси курсу курсів курсы курсов course courses kurs kursy kursu kursów "
        "заняття занятия zajęcia lessons classes уроки"
    ).split()
)
_AGE = re.compile(r"(\d{1,2})\s*-?\s*(?:рок|рік|річ|лет|год|year|yr|y\.?o|lat|rok|latk)")


def _stems(text: str) -> set[str]:
    return {w[:STEM] for w in words(text) if len(w) >= STEM and w not in _GENERIC}


def _subject(course: Course, asked: set[str]) -> set[str]:
    """The words of the course's titles, in any language, that the question has too."""
    titles = course.service.title.values.values()
    return set(chain.from_iterable(_stems(t) for t in titles)) & asked


async def courses_first(
    turn: Turn, named: list[Service], text: str
) -> tuple[Reply | None, set[str]]:
    """The office's courses that fit a question naming `named` (the services it names, closest
    first), as the reply to put first; and their ids (not offered again under the answer).
    None: the question names no course open for sign-up."""
    named_ids = [s.id for s in named if s.kind == COURSE]
    if not named_ids:
        return None, set()
    courses = [
        c for c in of_office(turn.settings, turn.office) if await closed_text(turn, c) is None
    ]
    by_id = {c.id: c for c in courses}
    first = [by_id[i] for i in named_ids if i in by_id]
    if not first:
        return None, set()
    for_child = children.about_a_child(fold(text)) and any(c.service.for_children for c in first)
    asked = _stems(text)
    subject = set(chain.from_iterable(_subject(c, asked) for c in first))
    more = [
        c
        for c in courses
        if c not in first and c.service.for_children == for_child and _subject(c, subject)
    ]
    shown = (first + more)[:MOST]
    v = voice(turn)
    age = _age(text) if for_child else None
    elsewhere = not_your_town(turn)  # («I live in Kraków»: the courses are in Opole)
    blocks = [*([elsewhere] if elsewhere else []), v("co_lead_title")]
    along = companion.along(text)  # «for me and my wife»: what a sign-up takes (tester 41, F7)
    for course in shown:
        blocks.append(await _course(turn, course, age) + _along(turn, course, along))
    rows = [[Button(c.title(turn.lang), f"course:open:{c.id}")] for c in shown]
    return Reply("\n\n".join(blocks), rows), {c.id for c in shown}


async def _course(turn: Turn, course: Course, age: int | None) -> str:
    v = voice(turn)
    service = course.service
    head = f"**{markup.literal(course.title(v.lang))}**"
    if service.level is not None:
        head += " — " + markup.literal(service.level.get(v.lang))
    lines = [head]
    if service.for_children:
        least, most = service.ages
        ages = f"{least}–{most}"
        if age is not None and not least <= age <= most:
            lines.append(v("co_lead_age_outside", ages=ages, age=age))
        elif service.level is None:  # (a level names the ages as a rule: «діти 7–12 років»)
            lines.append(v("co_lead_ages", ages=ages))
    lines.append(meeting_span(v, course))
    free = await seats(turn, course)
    if free.open:
        lines.append(v("co_seats_left", free=free.free, seats=await seats_now(turn.tx, course)))
    else:
        lines.append(v("co_lead_full", position=free.waiting + 1))
    return "\n".join(lines)


def _along(turn: Turn, course: Course, along: bool) -> str:
    """For a question that says someone comes too, an adults' course's line on how: each signs
    up themselves (one place a sign-up), or all counted on one sign-up (several)."""
    if not along or course.service.for_children:
        return ""
    most = course.service.max_people
    v = voice(turn)
    line = v("co_lead_companion_group", count=most) if most > 1 else v("co_lead_companion_own")
    return "\n" + line


def _age(text: str) -> int | None:
    """A child's age the question gives («для сина 6 років», «for my 6 year old», «6 lat»)."""
    found = _AGE.search(fold(text))
    return int(found.group(1)) if found else None
