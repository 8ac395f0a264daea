"""Attendance, in the staff chat: choose a meeting, then tap each person present (again: undo).

Staff buttons: courses:meetings:<service>, courses:att:<service>:<YYYYMMDD> (the meeting's
local date), courses:mark:<enrolment>:<YYYYMMDD>. The list is edited in place. Attendance is
marked only for meetings that have started (today's and past ones): a later meeting is listed
(⏳) and its sheet says attendance opens on the day, with nobody to tap.
"""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.features.courses.course import Course
from bot.features.courses.staff import course_arg, enrolment_arg
from bot.features.courses.views import staff_voice
from bot.storage import courses as records
from bot.storage import enrolments as store

PER_ROW = 2


def _day(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        raise Expired("courses") from None


async def meetings(turn: Turn) -> Outcome:
    """courses:meetings:<service>: a button per meeting."""
    course = course_arg(turn)
    v = staff_voice(turn)
    today = _today(turn)
    buttons = [
        Button(
            v.day(m.day) if m.day <= today else f"⏳ {v.day(m.day)}",
            f"courses:att:{course.id}:{m.day:%Y%m%d}",
        )
        for m in course.meetings
    ]
    rows = [buttons[i : i + PER_ROW] for i in range(0, len(buttons), PER_ROW)]
    rows.append([Button(v("sc_btn_back_course"), f"courses:show:{course.id}")])
    text = v("sc_meetings_title", course=markup.literal(course.title(v.lang)))
    if any(m.day > today for m in course.meetings):
        text += "\n" + v("sc_meetings_later")
    return stay(Reply(text, rows, replace=True))


def _today(turn: Turn) -> dt.date:
    return turn.local(turn.now).date()


async def sheet(turn: Turn, course: Course, day: dt.date) -> Reply:
    """Who is enrolled, and who was marked present at the meeting on `day`."""
    meeting = course.meeting_on(day)
    if meeting is None:
        raise Expired("courses")
    v = staff_voice(turn)
    enrolled = await store.enrolled_in(turn.tx, course.office.id, course.id)
    present = await records.present(turn.tx, course.office.id, course.id, day)
    text = v(
        "sc_attendance_title",
        course=markup.literal(course.title(v.lang)),
        meeting=v.meeting(meeting),
        present=len([e for e in enrolled if e.id in present]),
        count=len(enrolled),
    )
    if not enrolled:
        text += "\n" + v("sc_nobody")
    rows = []
    if day > _today(turn):  # not yet: nobody can be marked present in advance
        course_title = markup.literal(course.title(v.lang))
        text = v("sc_attendance_head", course=course_title, meeting=v.meeting(meeting))
        text += "\n" + v("sc_attendance_later", day=v.day(day))
        enrolled = []
    for e in enrolled:
        mark = "✅" if e.id in present else "⬜"
        rows.append([Button(f"{mark} {e.name or '—'}", f"courses:mark:{e.id}:{day:%Y%m%d}")])
    rows.append([Button(v("sc_btn_back_meetings"), f"courses:meetings:{course.id}")])
    return Reply(text, rows, replace=True)


async def show(turn: Turn) -> Outcome:
    """courses:att:<service>:<YYYYMMDD>."""
    if len(turn.args) != 2:
        raise Expired("courses")
    course, day = course_arg(turn), _day(turn.args[1])
    return stay(await sheet(turn, course, day))


async def mark(turn: Turn) -> Outcome:
    """courses:mark:<enrolment>:<YYYYMMDD>: present, or not any more."""
    if len(turn.args) != 2:
        raise Expired("courses")
    enrolment, course = await enrolment_arg(turn)
    day = _day(turn.args[1])
    if course.meeting_on(day) is None:
        raise Expired("courses")
    if enrolment.status == "enrolled" and day <= _today(turn):
        await records.toggle_present(turn.tx, enrolment.id, day, turn.now)
    return stay(await sheet(turn, course, day))
