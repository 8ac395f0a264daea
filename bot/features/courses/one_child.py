"""One child of a family's sign-up taken off, the others staying: by the parent («✖ Take off
only Маша» in /mybookings and on the course's page, asked once more) or by staff («✖ Take off
the list only: 1. Olena — Маша» on the course's card). The child's place goes to the next
person waiting, as a whole sign-up's would; staff are told, or the parent is.

Buttons: course:leave_one:<id>:<i>:<n> (asks), course:leave_one_now:<id>:<i>:<n>; staff
courses:remove_one:<id>:<i>:<n> (asks), courses:remove_one_now:<id>:<i>:<n>. <i>: the child's
place on the sign-up, <n>: how many children it had when the button was made (an older button,
from before another child was taken off, is expired rather than taking off someone else).
"""

from __future__ import annotations

from dataclasses import replace

from bot.core import marks, markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, pending, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.turn import subjects_of
from bot.features.courses.course import Course
from bot.features.courses.free import own_enrolment
from bot.features.courses.joined import record
from bot.features.courses.mine import tell_staff
from bot.features.courses.removing import removed_card
from bot.features.courses.staff import enrolment_arg
from bot.features.courses.views import (
    mine_row,
    person_voice,
    removed_reply,
    staff_voice,
    voice,
    with_children,
)
from bot.features.courses.waiting import Out, fill, places, tell_free
from bot.features.menu import nav_row
from bot.storage import course_children, waiting_list
from bot.storage import enrolments as store


def _child(turn: Turn, e: store.Enrolment) -> int:
    """The child a button names, if the sign-up still has the children it had then."""
    index = record_id(turn.args[1]) if len(turn.args) == 3 else None
    count = record_id(turn.args[2]) if len(turn.args) == 3 else None
    if index is None or count != len(e.children) or not 0 <= index < count or count < 2:
        raise Expired("course" if turn.staff_office is None else "courses")
    return index


async def _own(turn: Turn) -> tuple[store.Enrolment, Course, int]:
    e, course = await own_enrolment(turn)
    if not e.active:
        raise Expired("course")
    return e, course, _child(turn, e)


async def take_off(
    out: Out, course: Course, e: store.Enrolment, index: int, status: str
) -> tuple[store.Enrolment, list[store.Enrolment]] | None:
    """The child off the lists; a place it held to the next person waiting (returned with the
    child's row), whoever moved up told; places a family waiting together cannot use, it is
    told of."""
    before = await places(out, e.office, e.service)
    free = await waiting_list.free_seats(out.tx, e.office, e.service)
    ended = await course_children.take_off(out.tx, out.now, e, index, status)
    if ended is None:
        return None
    offered = await fill(out, course, before)
    await tell_free(out, course, free, (e.id, e.part_of))
    return ended, offered


def _back(turn: Turn) -> list[list[Button]]:
    return [mine_row(voice(turn)), nav_row(turn, None)]


async def ask_leave(turn: Turn) -> Outcome:
    """course:leave_one:<id>:<i>:<n>: take off only this child?"""
    e, course, index = await _own(turn)
    v = voice(turn)
    if course.finished(turn.now):
        return stay(Reply(v.of(course, "co_finished"), _back(turn)))
    child = e.children[index].name
    others = ", ".join(c.name for i, c in enumerate(e.children) if i != index)
    text = v(
        "co_leave_child_question",
        child=markup.literal(child),
        others=markup.literal(others),
        course=markup.literal(course.title(v.lang)),
    )
    args = ":".join(turn.args)
    rows = [
        [Button(v("co_btn_leave_child_yes", child=child), f"course:leave_one_now:{args}")],
        [Button(turn.t("co_btn_leave_no"), "course:mine")],
    ]
    return pending(stay(Reply(text, rows, replace=True)), f"course:leave_one:{args}")


async def leave(turn: Turn) -> Outcome:
    """course:leave_one_now:<id>:<i>:<n>: the child off the list, the others stay."""
    e, course, index = await _own(turn)
    v = voice(turn)
    if course.finished(turn.now):
        return stay(Reply(v.of(course, "co_finished"), _back(turn)))
    done = await take_off(Out.of(turn), course, e, index, "left")
    if done is None:
        return stay(Reply(v.of(course, "co_left_already"), _back(turn)))
    ended, offered = done
    await tell_staff(turn, course, replace(ended, status=e.status), offered)
    text = v(
        "co_left_child",
        child=markup.literal(ended.children[0].name),
        course=markup.literal(course.title(v.lang)),
    )
    return stay(Reply(text, _back(turn), replace=True))


async def _staff_arg(turn: Turn) -> tuple[store.Enrolment, Course, int]:
    e, course = await enrolment_arg(turn)
    if not e.active:
        raise Expired("courses")
    return e, course, _child(turn, e)


async def ask_remove(turn: Turn) -> Outcome:
    """courses:remove_one:<id>:<i>:<n>: take only this child off the list?"""
    e, course, index = await _staff_arg(turn)
    v = staff_voice(turn)
    one = replace(e, children=(e.children[index],), people=1)
    text = v(
        "sc_remove_question",
        name=markup.literal(with_children(e.name or "—", one)),
        course=markup.literal(course.title(v.lang)),
    )
    rows = [
        [Button(v("sc_btn_remove_yes"), f"courses:remove_one_now:{':'.join(turn.args)}")],
        [Button(v("sc_btn_keep"), f"courses:show:{course.id}")],
    ]
    return stay(marks.one(Reply(text, rows), subjects_of([e])[0], record(v, course)))


async def remove(turn: Turn) -> Outcome:
    """courses:remove_one_now:<id>:<i>:<n>: the child off the list; the parent is told."""
    e, course, index = await _staff_arg(turn)
    v = staff_voice(turn)
    out = Out.of(turn)
    # the parent is told first, then a freed place offered (to the same family, perhaps)
    person = await person_voice(turn.services, turn.tx, e)
    one = replace(e, children=(e.children[index],), people=1)
    await out.send(e, removed_reply(person, course, one))
    done = await take_off(out, course, e, index, "removed")
    if done is None:
        return stay(Reply(v("sc_removed_already"), replace=True))
    ended, offered = done
    return await removed_card(turn, course, e.name, ended, [e, *offered])
