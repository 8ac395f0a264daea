"""One line in the course's staff chat when someone signs up (tester 22, item 18: staff heard
of a leaver they never heard join): who (the children named), on the course or on its waiting
list with the number, through the outbox as the leaving note (mine.tell_staff); a family
signed up split (some now, the rest waiting) and a child added to a sign-up too (tester 25)."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.core.turn import subjects_of
from bot.features.courses.course import Course
from bot.features.courses.views import Voice, staff_voice, with_children
from bot.storage import enrolments as store


async def tell_staff(turn: Turn, course: Course, enrolment: store.Enrolment) -> None:
    v = staff_voice(turn)
    name = markup.literal(with_children(enrolment.name or "—", enrolment))
    title = markup.literal(course.title(v.lang))
    if enrolment.status == "waiting":
        position = await store.position(turn.tx, enrolment)
        text = v("sc_joined_waiting_note", name=name, course=title, position=position)
    else:
        text = v("sc_joined_note", name=name, course=title)
    text += note_line(v, enrolment)
    names = subjects_of([enrolment])
    await turn.to_staff(
        Reply(text, shows=names, names=record(v, course)), about=names[0], office=course.office
    )


async def tell_split(
    turn: Turn, course: Course, seated: store.Enrolment, rest: store.Enrolment
) -> None:
    """A family signed up split: those given places now, those waiting and their number."""
    v = staff_voice(turn)
    position = await store.position(turn.tx, rest)
    text = v(
        "sc_joined_split_note",
        name=markup.literal(seated.name or "—"),
        course=markup.literal(course.title(v.lang)),
        now=who(v, seated),
        rest=who(v, rest),
        position=position,
    )
    text += note_line(v, seated)
    names = subjects_of([seated])
    await turn.to_staff(
        Reply(text, shows=names, names=record(v, course)), about=names[0], office=course.office
    )


async def tell_added(turn: Turn, course: Course, added: store.Enrolment) -> None:
    """A brother or sister added to a family's sign-up (another_child.py): signed up with it,
    or on the waiting list with the number."""
    v = staff_voice(turn)
    said = {
        "name": markup.literal(added.name or "—"),
        "course": markup.literal(course.title(v.lang)),
        "kids": who(v, added),
    }
    count = max(len(added.children), 1)
    if added.status == "waiting":
        position = await store.position(turn.tx, added)
        text = v.plural("sc_added_waiting_note", count, position=position, **said)
    else:
        text = v.plural("sc_added_note", count, **said)
    names = subjects_of([added])
    await turn.to_staff(
        Reply(text, shows=names, names=record(v, course)), about=names[0], office=course.office
    )


async def tell_taken(
    turn: Turn, course: Course, part: store.Enrolment, rest: store.Enrolment | None
) -> None:
    """A place offered from the waiting list was taken (mine.take, free.take; tester 30, item 6):
    who (the children named), and those of the sign-up still waiting with their number."""
    v = staff_voice(turn)
    name = markup.literal(with_children(part.name or "—", part))
    text = v("sc_taken_note", name=name, course=markup.literal(course.title(v.lang)))
    if rest is not None and rest.status == "waiting":
        position = await store.position(turn.tx, rest)
        text += " " + v("sc_taken_rest", position=position, rest=who(v, rest))
    names = subjects_of([part])
    await turn.to_staff(
        Reply(text, shows=names, names=record(v, course)), about=names[0], office=course.office
    )


def note_line(v: Voice, enrolment: store.Enrolment) -> str:
    """The sign-up's note for staff («🗒 Uwaga od osoby: …», escaped) on a line of its own."""
    if not enrolment.note:
        return ""
    return "\n" + v("staff_field_phone_note", value=markup.literal(enrolment.note))


def record(v: Voice, course: Course) -> str:
    """What /forget leaves of a sign-up's note: which course it was, nobody named."""
    return v("sc_record_joined", course=markup.literal(course.title(v.lang)))


def who(v: Voice, enrolment: store.Enrolment) -> str:
    """The children by name (escaped), else how many (as family.who, which imports this)."""
    if enrolment.children:
        return ", ".join(markup.literal(c.name) for c in enrolment.children)
    return v.plural("co_people_count", enrolment.people)
