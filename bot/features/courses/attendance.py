"""Attendance, in the staff chat: choose a meeting, then tap each person present (again: undo).

Staff buttons: courses:meetings:<service>, courses:att:<service>:<YYYYMMDD> (the meeting's
local date), courses:mark:<enrolment>:<YYYYMMDD>. The list is edited in place. A family is one
entry (its parts given places at two moments together, as on the course's card: staff.families),
named with its children, and is marked present as one. Attendance is
marked only for meetings that have started (today's and past ones): a later meeting is listed
(⏳) and its sheet says attendance opens on the day, with nobody to tap. The sheet says whose
each name is (`Reply.shows`, `Reply.marks`: a line of someone gone, a button): /forget takes
exactly the person's away.
"""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.marks import marked
from bot.core.messages import Button, Expired, Reply, in_rows
from bot.core.turn import subjects_of
from bot.features.courses.course import Course
from bot.features.courses.staff import course_arg, enrolment_arg, families
from bot.features.courses.views import Voice, joined, staff_voice, with_children
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
    rows = in_rows(buttons, PER_ROW)
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
    # a family is one entry, whenever each child was given a place (as on the course's card)
    enrolled = families(await store.enrolled_in(turn.tx, course.office.id, course.id))
    present = await records.present(turn.tx, course.office.id, course.id, day)
    gone = await _gone(turn, enrolled, present)  # marked present, off the list since
    text = v(
        "sc_attendance_title",
        course=markup.literal(course.title(v.lang)),
        meeting=v.meeting(meeting),
        present=len([g for g in enrolled if _here(g, present)]) + len(gone),
        count=len(enrolled) + len(gone),
    )
    owned = [(subjects_of(group)[0], _gone_line(v, group)) for group in gone]
    text += "".join("\n" + line for _, line in owned)
    if not enrolled and not gone:
        text += "\n" + v("sc_nobody")
    rows = []
    if day > _today(turn):  # not yet: nobody can be marked present in advance
        course_title = markup.literal(course.title(v.lang))
        text = v("sc_attendance_head", course=course_title, meeting=v.meeting(meeting))
        text += "\n" + v("sc_attendance_later", day=v.day(day))
        enrolled = []
    acting = []
    for group in enrolled:  # the parent, with the children they signed up: «Maria — Аня, Петро»
        mark = "✅" if _here(group, present) else "⬜"
        label = f"{mark} {with_children(group[0].name or '—', joined(group))}"
        rows.append([Button(label, f"courses:mark:{group[0].id}:{day:%Y%m%d}")])
        acting.append((subjects_of(group)[0], rows[-1][0].payload))
    rows.append([Button(v("sc_btn_back_meetings"), f"courses:meetings:{course.id}")])
    shows = tuple(dict.fromkeys(who for who, _ in [*owned, *acting]))  # (/forget: whose)
    return marked(Reply(text, rows, replace=True, shows=shows), owned, acting)


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
        office = course.office.id
        group = next(
            (
                g
                for g in families(await store.enrolled_in(turn.tx, office, course.id))
                if enrolment in g
            ),
            [enrolment],
        )
        present = await records.present(turn.tx, office, course.id, day)
        here = _here(group, present)  # the whole family, marked present or not together
        for e in group:
            if (e.id in present) == here:
                await records.toggle_present(turn.tx, e.id, day, turn.now)
    return stay(await sheet(turn, course, day))


async def _gone(
    turn: Turn, enrolled: list[list[store.Enrolment]], present: set[int]
) -> list[list[store.Enrolment]]:
    """Those marked present who are no longer signed up (they left, or were taken off, later):
    a past meeting's sheet keeps them, as the office reports it."""
    listed = {e.id for group in enrolled for e in group}
    found = [await store.get(turn.tx, i) for i in sorted(present - listed)]
    return families([e for e in found if e is not None])


def _gone_line(v: Voice, group: list[store.Enrolment]) -> str:
    """«✅ Jan Nowak (wypisał(a) się 5 gru 2026)»: the parent, with the children."""
    last = group[-1]
    key = "sc_attendance_left" if last.status == "left" else "sc_attendance_removed"
    when = v.date(v.local(last.ended_at).date()) if last.ended_at else "—"
    name = markup.literal(with_children(group[0].name or "—", joined(group)))
    return v(key, name=name, day=when)


def _here(group: list[store.Enrolment], present: set[int]) -> bool:
    return any(e.id in present for e in group)
