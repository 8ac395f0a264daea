"""The office's course meetings in the staff's /today and /week (Feature.agenda), beside the
duty desk's visits and the specialists' appointments: one group per meeting, headed by the day,
the course and its hours, with the place, how many are signed up and waiting, and buttons to
the attendance sheet (courses:att) and the course's card (courses:show), each naming the course
and its hour («✅ Obecność 10:00 · Język polski A2»). Names are not listed:
the card and the sheet show them, to staff who open them."""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.listings import AgendaBlock
from bot.core.messages import Button
from bot.features.courses.course import of_office, seats_now
from bot.features.courses.views import Voice
from bot.storage import enrolments as store

SHORT = 18  # a course's title on a button of /today, /week: «Język polski A2»


async def agenda(turn: Turn, first: dt.date, last: dt.date) -> list[AgendaBlock]:
    office = turn.staff_scope
    v = Voice(turn.services, turn.lang)
    meetings = [
        (course, meeting)
        for course in of_office(turn.settings, office)
        for meeting in course.meetings
        if first <= meeting.day <= last
    ]
    if not meetings:
        return []
    counts = await store.counts(turn.tx, office.id)
    t = turn.services.t
    found = []
    for course, meeting in meetings:
        hours = f"{t.time(v.lang, meeting.start)}–{t.time(v.lang, meeting.end)}"
        head = v(
            "sc_day_head",
            day=t.date(v.lang, meeting.day, "full"),
            course=markup.literal(course.title(v.lang)),
            hours=hours,
        )
        lines = [head]
        place = office.places.get(course.service.place or "")
        if place is not None:
            lines.append(f"📍 {markup.literal(place.label(v.lang))}")
        n = counts.get(course.id, {})
        lines.append(
            v(
                "sc_counts",
                enrolled=n.get("enrolled", 0),
                seats=await seats_now(turn.tx, course),
                waiting=n.get("waiting", 0),
            )
        )
        # (each button names its course and hour: two courses a day give two such pairs)
        named = {"time": t.time(v.lang, meeting.start), "course": short(course.title(v.lang))}
        rows = [
            [
                Button(
                    v("sc_btn_attendance_at", **named),
                    f"courses:att:{course.id}:{meeting.day:%Y%m%d}",
                ),
                Button(v("sc_btn_course_card_at", **named), f"courses:show:{course.id}"),
            ]
        ]
        found.append(AgendaBlock(meeting.day, meeting.start, "\n".join(lines), rows))
    return found


def short(title: str, most: int = SHORT) -> str:
    """A course's title short enough for a button beside another (Telegram's ~40 letters)."""
    return title if len(title) <= most else title[: most - 1].rstrip() + "…"
