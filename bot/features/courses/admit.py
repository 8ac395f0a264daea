"""Staff admit someone on the waiting list anyway, past the course's seats (a bigger room, a
family that has waited long): «➕ Admit anyway» beside each person waiting on a course's card,
asked once more with how many will then be signed up; the person is told in their language,
and whoever moves up the waiting list is told their new number. The seat triggers let such a
row through (`admitted_by`, migration 019); it holds its seats as any other, so a seat freed
later is offered only once the course is within its seats again.

Staff buttons: courses:admit:<id> (asks), courses:admit_now:<id>.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.marks import one
from bot.core.messages import Button, Reply
from bot.core.turn import subjects_of
from bot.features.courses.course import Course, seats_now
from bot.features.courses.joined import record
from bot.features.courses.staff import card, enrolment_arg
from bot.features.courses.views import (
    Voice,
    course_text,
    mine_row,
    person_voice,
    staff_voice,
    who_comes,
    with_children,
)
from bot.features.courses.waiting import Out, places, tell_moved_up
from bot.storage import enrolments as store
from bot.storage import waiting_list


async def ask(turn: Turn) -> Outcome:
    """courses:admit:<id>: admit them past the seats? (with how many will then be signed up)"""
    enrolment, course = await enrolment_arg(turn)
    v = staff_voice(turn)
    if enrolment.status != "waiting":
        return stay(Reply(v("sc_admit_gone")))
    held, _ = await store.taken(turn.tx, *enrolment.course)
    text = v(
        "sc_admit_question",
        name=markup.literal(with_children(enrolment.name or "—", enrolment)),
        course=markup.literal(course.title(v.lang)),
        count=held + enrolment.people,
        seats=await seats_now(turn.tx, course),
    )
    rows = [
        [Button(v("sc_btn_admit_yes"), f"courses:admit_now:{enrolment.id}")],
        [Button(v("sc_btn_back_course"), f"courses:show:{course.id}")],
    ]
    return stay(one(Reply(text, rows), subjects_of([enrolment])[0], record(v, course)))


async def admit(turn: Turn) -> Outcome:
    """courses:admit_now:<id>: signed up, past the seats; told; the others move up."""
    enrolment, course = await enrolment_arg(turn)
    v = staff_voice(turn)
    out = Out.of(turn)
    before = await places(out, *enrolment.course)
    by = turn.incoming.sender_name or "—"
    if not await waiting_list.admit(turn.tx, turn.now, enrolment.id, by):
        return stay(Reply(v("sc_admit_gone"), replace=True))
    person = await person_voice(turn.services, turn.tx, enrolment)
    await out.send(enrolment, admitted_reply(person, course, enrolment))
    await tell_moved_up(out, course, before)
    note = v(
        "sc_admit_done",
        name=markup.literal(with_children(enrolment.name or "—", enrolment)),
        course=markup.literal(course.title(v.lang)),
        by=markup.literal(by),
    )
    names = subjects_of([enrolment])
    shown = await card(turn, course, note, [(names[0], note)])  # /forget: exactly its lines
    return stay(replace(shown, shows=tuple(dict.fromkeys((*shown.shows, *names)))))


def admitted_reply(v: Voice, course: Course, enrolment: store.Enrolment) -> Reply:
    """The person (a parent: with the children) is signed up after all."""
    text = "\n\n".join(
        [
            v("co_admitted", course=markup.literal(course.title(v.lang))),
            *who_comes(v, enrolment),
            course_text(v, course, description=False, spelled=False),
        ]
    )
    return Reply(text, [mine_row(v)])
