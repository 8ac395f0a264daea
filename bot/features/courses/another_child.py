"""A brother or sister added later to a family's sign-up of a children's course: «➕ Sign up
another child» on the course's page (while sign-up is open, the family has a child signed up
and fewer children than `max_people`) asks the child's first name and age as a sign-up does
(party.py), shows the summary, and on «Yes» signs the child up as a part of the family's
sign-up (`part_of` the part signed up: one entry on the staff's card and in /mybookings) if a
place is free and nobody waiting would be offered it first; else the child joins the end of
the waiting list, as a new sign-up would. A name or phone changed at the summary («Change
something») is the whole sign-up's from then on (as it is the person's saved one).

Buttons: course:more:<service>; then the COURSE flow's child_name, child_age and confirm steps
(CourseDraft.adding: the part the child joins).
"""

from __future__ import annotations

import secrets
import sqlite3

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, end, stay
from bot.core.messages import Expired, Reply
from bot.core.session import Person
from bot.features.courses import joined, party
from bot.features.courses.course import Course
from bot.features.courses.page import (
    FLOW,
    CourseDraft,
    closed_text,
    course_arg,
    owns,
    page,
    seats,
)
from bot.features.courses.views import enrolled_text, mine_row, voice, waiting_text
from bot.features.menu import nav_row
from bot.storage import course_children
from bot.storage import enrolments as store


async def joins(turn: Turn, course: Course) -> store.Enrolment | None:
    """The part of the person's sign-up another child would join; None when none may be
    added now (not a children's course, sign-up closed, nobody signed up, or no room on it)."""
    service = course.service
    if not service.for_children or await closed_text(turn, course) is not None:
        return None
    mine = await owns(turn, course)
    signed = [e for e in mine if e.status == "enrolled" and e.children]
    if not signed or sum(len(e.children) for e in mine) >= service.max_people:
        return None
    return signed[0]


async def start(turn: Turn) -> Outcome:
    """course:more:<service>: the child's first name, then age, then the summary."""
    course = course_arg(turn)
    part = await joins(turn, course)
    if part is None:
        return stay(await page(turn, course))
    person = Person(part.name or "", part.phone)
    token = secrets.token_hex(4)
    new = CourseDraft(course=course.id, token=token, person=person, people=1, adding=part.id)
    turn.new_draft(new, FLOW)
    return await party.next_step(turn, course)


async def add(turn: Turn, course: Course, current: CourseDraft) -> Outcome:
    """«Yes» on the summary: the child signed up with the family, or at the end of the waiting
    list."""
    part = await store.get(turn.tx, current.adding or 0)
    mine = await owns(turn, course)
    if part is None or part not in mine or part.status != "enrolled":
        raise Expired("course:confirm")
    v = voice(turn)
    rows = [mine_row(v), nav_row(turn, None)]
    kids = party.children(current)
    if sum(len(e.children) for e in mine) + len(kids) > course.service.max_people:
        text = v("co_more_too_many", count=course.service.max_people)
        return end(Reply(text, rows))
    name, phone = await _parent(turn, part, current.person)
    new = store.NewEnrolment(
        office=course.office.id,
        service=course.id,
        channel=part.channel,
        user_id=part.user_id,
        chat_id=turn.session.chat_id,
        language=turn.lang,
        name=name,
        phone=phone,
        token=current.token,
        course_ends_at=course.ends_at,
        people=len(kids),
        children=kids,
        part_of=part.id,  # one sign-up with the family's
    )
    free = await seats(turn, course)  # a part is checked for seats only: nobody waiting first
    status = "enrolled" if free.open and free.free >= len(kids) else "waiting"
    await store.set_seats(turn.tx, course.office.id, course.id, course.seats)
    try:
        row = await store.insert(turn.tx, turn.now, new, status)
    except sqlite3.IntegrityError as exc:
        if "no seat left" not in str(exc):
            raise
        row = await store.insert(turn.tx, turn.now, new, "waiting")
    added = await store.get(turn.tx, row)
    assert added is not None
    await joined.tell_added(turn, course, added)  # staff hear of it as of any sign-up
    if added.status == "enrolled":
        key = "co_enrolled_children" if len(kids) > 1 else "co_enrolled_child"
        return end(Reply(enrolled_text(v, course, key, added), rows))
    position = await store.position(turn.tx, added)
    return end(Reply(waiting_text(v, course, position), rows))


async def _parent(turn: Turn, part: store.Enrolment, person: Person | None) -> tuple[str, str]:
    """The parent's name and phone: as the sign-up has them, or as changed at the summary
    («Change something»), then written on the whole family's sign-up too."""
    name, phone = part.name or "", part.phone or ""
    if person is None or (person.name, person.phone or "") == (name, phone):
        return name, phone
    name, phone = person.name or name, person.phone or phone
    await course_children.set_person(turn.tx, part, name, phone)
    return name, phone
