"""/courses in the staff chats: an office's chat gets its own courses, with a button per course
(staff.overview); the network's coordinators' chat gets every office's, under each office's
name, with how many are signed up of the seats, waiting and offered a place, and each course's
state: to look at, with no buttons (a course's lists, attendance and messages belong to its
office's chat).
"""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Reply
from bot.features.courses.course import Course, of_office, seats_now
from bot.features.courses.staff import dates, overview, state
from bot.features.courses.views import Voice, staff_voice
from bot.storage import courses as records
from bot.storage import enrolments as store


async def courses(turn: Turn) -> Outcome:
    """/courses in a staff chat: the office's, or in the coordinators' chat every office's."""
    return stay(await every_office(turn) if turn.staff_all else await overview(turn))


async def every_office(turn: Turn) -> Reply:
    """Every office's courses and events, each office under its name (none: said so)."""
    v = staff_voice(turn)
    blocks = [v("sc_title_all")]
    for office in turn.settings.offices.values():
        listed = of_office(turn.settings, office)
        if not listed:
            continue
        counts = await store.counts(turn.tx, office.id)
        closed = await records.closed(turn.tx, office.id)
        blocks.append(f"🏢 **{markup.literal(office.label(v.lang))}**")
        for course in listed:
            n = counts.get(course.id, {})
            seats = await seats_now(turn.tx, course)
            blocks.append(_course(turn, v, course, n, seats, course.id in closed))
    if len(blocks) == 1:
        return Reply(v("sc_none_all"))
    blocks.append(v("sc_all_hint"))
    return Reply("\n\n".join(blocks))


def _course(
    turn: Turn, v: Voice, course: Course, n: dict[str, int], seats: int, closed: bool
) -> str:
    line = v(
        "sc_counts",
        enrolled=n.get("enrolled", 0),
        seats=seats,
        waiting=n.get("waiting", 0),
    )
    if n.get("offered"):
        line += v("sc_offered_count", offered=n["offered"])
    head = f"🎓 **{markup.literal(course.title(v.lang))}** — {dates(v, course)}"
    return "\n".join([head, line, state(v, course, closed, turn)])
