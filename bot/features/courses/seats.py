"""/seats in an office's staff chat: a course's seats set at once (a bigger room, more seats),
`/seats <course> <seats>`, the course by its number in /courses (catalogue order, as listed
there), its id in the configuration, or a part of its title only it has, «/seats 1 20»,
«/seats A1 20». More seats move the waiting list up at
once, as a place that frees does (waiting.more_seats: the same offer and time to confirm, a
family waiting together held or told of places it cannot use whole); fewer never take anyone
off (staff are told so). Kept in SQLite (bot.storage.course_seats, migration 038): staff's
number holds over the config's, after a restart too, until the config says another number.

Staff of an office set their own office's courses only: a course id of another office only is
refused naming that office (as a button of its card would be); the coordinators' chat is told
to use the office's chat.
"""

from __future__ import annotations

import re

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Button, Reply
from bot.core.numbers import record_id
from bot.core.turn import subjects_of
from bot.features.courses.course import Course, find, of_office, seats_now
from bot.features.courses.staff import card
from bot.features.courses.views import Voice, staff_voice
from bot.features.courses.waiting import Out, more_seats
from bot.settings.model import LANGUAGES
from bot.storage import course_seats
from bot.storage import enrolments as store

MOST = 1000  # seats: a typo beyond this («/seats 1 200000») is refused
_NUMBER = re.compile(r"(?:#|№|nr\.?)?\s*([0-9]{1,4})\.?", re.IGNORECASE)


async def listing(turn: Turn, v: Voice) -> str:
    """The office's courses as /seats names them: «1. Język polski A1 — miejsc: 12»."""
    lines = []
    for number, course in enumerate(of_office(turn.settings, turn.staff_scope), 1):
        title = markup.literal(course.title(v.lang))
        seats = await seats_now(turn.tx, course)
        lines.append(v("sc_seats_course_line", number=number, course=title, seats=seats))
    return "\n".join(lines)


def _course(turn: Turn, typed: str) -> Course | None:
    """The course typed: its number in /courses, or its id; another office's id: refused."""
    courses = of_office(turn.settings, turn.staff_scope)
    found = _NUMBER.fullmatch(typed)
    if found is not None:
        number = int(found.group(1))
        return courses[number - 1] if 0 < number <= len(courses) else None
    course = find(turn.settings, turn.staff_scope, typed.lower()) or _titled(courses, typed)
    if course is None:
        for other in turn.settings.offices.values():
            elsewhere = find(turn.settings, other, typed.lower())
            if elsewhere is not None:
                turn.staff_may(other.id, markup.literal(elsewhere.title(turn.lang)))
    return course


def _titled(courses: list[Course], typed: str) -> Course | None:
    """The one course whose title, in any language, holds what was typed («A1», «piknik»)."""
    words = " ".join(typed.lower().split())
    found = [c for c in courses if any(words in c.title(lang).lower() for lang in LANGUAGES)]
    return found[0] if len(found) == 1 else None


async def set_seats(turn: Turn) -> Outcome:
    """/seats <course> <seats>: the course's seats now; the waiting list moves up."""
    v = staff_voice(turn)
    words = (turn.incoming.args or "").split()
    typed = [" ".join(words[:-1]), words[-1]] if len(words) >= 2 else words  # a title, seats
    course = _course(turn, typed[0]) if len(typed) == 2 else None  # (another office's: refused)
    if not of_office(turn.settings, turn.staff_scope):  # (the coordinators' chat: refused)
        return stay(Reply(v("sc_none")))
    if len(typed) != 2:
        return stay(Reply(v("sc_seats_usage", courses=await listing(turn, v))))
    if course is None:
        courses = await listing(turn, v)
        return stay(Reply(v("sc_seats_no_course", typed=markup.literal(typed[0]), courses=courses)))
    seats = record_id(typed[1])
    if seats == 0:  # no more sign-ups: the card's «🔒 Close sign-up» does it (tester 39, F12)
        said = (
            f"{v('sc_seats_bad_number', most=MOST)}\n{v('sc_seats_zero', button=v('sc_btn_close'))}"
        )
        return stay(Reply(said, [[Button(course.title(v.lang), f"courses:show:{course.id}")]]))
    if seats is None or not 0 < seats <= MOST:
        return stay(Reply(v("sc_seats_bad_number", most=MOST)))
    title = markup.literal(course.title(v.lang))
    if course.finished(turn.now):
        return stay(Reply(v("sc_seats_finished", course=title)))
    before = await seats_now(turn.tx, course)
    if seats == before:
        return stay(await card(turn, course, v("sc_seats_same", course=title, seats=seats)))
    return stay(await _changed(turn, v, course, before, seats))


async def _changed(turn: Turn, v: Voice, course: Course, before: int, seats: int) -> Reply:
    """The seats written, the waiting list moved up; the card, with what happened above it."""
    office, by = course.office.id, turn.incoming.sender_name
    offered_before = await _offered(turn, course)
    await store.set_seats(turn.tx, office, course.id, course.seats)  # the seats before, as now
    await course_seats.set_seats(turn.tx, turn.now, office, course.id, seats, course.seats, by)
    await more_seats(Out.of(turn), course)  # as when a place frees: offered, or held, or told
    await store.set_seats(turn.tx, office, course.id, course.seats)  # (once no offers are made)
    title = markup.literal(course.title(v.lang))
    lines = [
        v("sc_seats_done", course=title, seats=seats, before=before, by=markup.literal(by or "—")),
        v("sc_seats_rule", config=course.seats)
        if seats != course.seats
        else v("sc_seats_rule_config"),
    ]
    taken, _ = await store.taken(turn.tx, office, course.id)
    noted: list[tuple[str, str]] = []  # a line naming whom a place was offered to: theirs
    if taken > seats:
        lines.append(v("sc_seats_below", count=taken, seats=seats))
    elif seats > before and not course.offers_seats(turn.now):
        lines.append(v("sc_seats_no_offers"))
    elif seats > before:
        noted = await _moved(turn, course, offered_before)
        lines += [line for _, line in noted]
    return await card(turn, course, "\n".join(lines), noted)


async def _offered(turn: Turn, course: Course) -> set[int]:
    people = await store.of_course(turn.tx, course.office.id, course.id)
    return {e.id for e in people if e.status == "offered"}


async def _moved(turn: Turn, course: Course, offered_before: set[int]) -> list[tuple[str, str]]:
    """Whom the new seats were offered to (or held for), with their deadline: each line with
    whose it is."""
    v = staff_voice(turn)
    people = await store.of_course(turn.tx, course.office.id, course.id)
    lines = []
    for e in people:
        if e.status == "offered" and e.id not in offered_before:
            until = v.deadline(e.offered_until) if e.offered_until else "—"
            said = v("sc_seat_offered", name=markup.literal(e.name or "—"), until=until)
            lines.append((subjects_of([e])[0], said))
    return lines
