"""One line in the course's staff chat when someone signs up (tester 22, item 18: staff heard
of a leaver they never heard join): who (the children named), on the course or on its waiting
list with the number, through the outbox as the leaving note (mine.tell_staff)."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.core.turn import subjects_of
from bot.features.courses.course import Course
from bot.features.courses.views import staff_voice, with_children
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
    names = subjects_of([enrolment])
    await turn.to_staff(Reply(text, shows=names), about=names[0], office=course.office)
