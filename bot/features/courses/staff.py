"""The staff side of courses, in an office's staff chat (in its staff language): /courses, one
course's lists, closing and reopening enrolment (taking someone off the list: removing.py).

Staff buttons (word `courses`): courses:all, courses:show:<service>; closing.py
courses:close:<service> (asks), courses:close_now:<service> and courses:reopen:<service>;
removing.py courses:remove:<id> (asks; "keep" goes back to courses:show) and
courses:remove_now:<id>; admit.py courses:admit:<id> (asks) and courses:admit_now:<id>;
attendance.py adds courses:meetings, courses:att, courses:mark; notes.py courses:write.
A course is looked up in the chat's own office (turn.staff_scope); an enrolment of another
office is refused (turn.staff_may).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.core import gone, markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.marks import marked
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.phone import display_phone
from bot.core.turn import subjects_of
from bot.features.courses.course import Course, find, of_office, of_record, seats_now
from bot.features.courses.views import (
    Voice,
    staff_voice,
    with_children,
)
from bot.storage import course_seats
from bot.storage import courses as records
from bot.storage import enrolments as store

Noted = Sequence[tuple[str, str]]  # a note's lines about one person each: (whose, line)

NAME_IN_BUTTON = 24
ACTING = ("remove", "admit", "remove_one")  # a sign-up's buttons on the card: its person's


def course_arg(turn: Turn) -> Course:
    """The course a button names, in this chat's office; another office's course is refused,
    naming that office (a button of its topic pressed here); none at all: the button expired."""
    office = turn.staff_scope
    found = find(turn.settings, office, turn.args[0]) if turn.args else None
    if found is None and turn.args:
        for other in turn.settings.offices.values():
            elsewhere = find(turn.settings, other, turn.args[0])
            if elsewhere is not None:
                turn.staff_may(other.id, markup.literal(elsewhere.title(turn.lang)))
    if found is None:
        raise Expired("courses")
    return found


def dates(v: Voice, course: Course) -> str:
    first, last = course.meetings[0].day, course.meetings[-1].day
    return v.date(first) if first == last else f"{v.date(first)} – {v.date(last)}"


def state(v: Voice, course: Course, closed: bool, turn: Turn) -> str:
    if course.finished(turn.now):
        return v("sc_finished")
    if course.started(turn.now):
        return v("sc_started")
    if closed:
        return v("sc_closed")
    return v("sc_open", until=v.deadline(course.first_start))


async def overview(turn: Turn) -> Reply:
    """The office's courses with enrolled and waiting counts, numbered (/seats 1 20 names them
    so); a button per course."""
    office = turn.staff_scope
    v = staff_voice(turn)
    courses = of_office(turn.settings, office)
    if not courses:
        return Reply(v("sc_none"))
    counts = await store.counts(turn.tx, office.id)
    closed = await records.closed(turn.tx, office.id)
    blocks = [v("sc_title")]
    rows = []
    for number, course in enumerate(courses, 1):
        n = counts.get(course.id, {})
        line = v(
            "sc_counts",
            enrolled=n.get("enrolled", 0),
            seats=await seats_now(turn.tx, course),
            waiting=n.get("waiting", 0),
        )
        if n.get("offered"):
            line += v("sc_offered_count", offered=n["offered"])
        title = markup.literal(course.title(v.lang))
        head = f"{number}. **{title}** — {dates(v, course)}"
        blocks.append("\n".join([head, line, state(v, course, course.id in closed, turn)]))
        rows.append([Button(course.title(v.lang), f"courses:show:{course.id}")])
    if any(not c.finished(turn.now) for c in courses):
        blocks.append(v("sc_seats_hint"))
    return Reply("\n\n".join(blocks), rows)


async def show_all(turn: Turn) -> Outcome:
    return stay(replace(await overview(turn), replace=True))


def _person(v: Voice, number: int, enrolment: store.Enrolment) -> str:
    line = v(
        "sc_person",
        number=number,
        name=markup.literal(enrolment.name or "—"),
        phone=display_phone(enrolment.phone),
        language=v.language_name(enrolment.language),
        channel=v(f"channel_{enrolment.channel}"),
    )
    if enrolment.people > 1 and not enrolment.children:
        line += " · " + v("sc_party", count=enrolment.people)
    if enrolment.together and enrolment.status == "waiting" and enrolment.people > 1:
        line += " · " + v("sc_together", count=enrolment.people)  # why others pass them
    if enrolment.admitted_by:  # past the seats, by whom
        line += " · " + v("sc_admitted", by=markup.literal(enrolment.admitted_by))
    if enrolment.note:  # «(sąsiadka …)» written after the name: its own line
        line += "\n   " + v("staff_field_phone_note", value=markup.literal(enrolment.note))
    if enrolment.children:  # the parent's line, then whom they signed up
        kids = ", ".join(f"{markup.literal(c.name)} ({c.age})" for c in enrolment.children)
        return f"{line}\n   {v('sc_children', children=kids)}"
    return line


def _people(enrolments: list[store.Enrolment]) -> int:
    return sum(e.people for e in enrolments)


def families(enrolments: list[store.Enrolment]) -> list[list[store.Enrolment]]:
    """One entry a sign-up: the rows of one person on the course's list (a family's children
    signed up at different times: «two now, one waiting», the rest given places later)
    together, in the order of the first."""
    groups: dict[tuple[str, str], list[store.Enrolment]] = {}
    for e in enrolments:
        groups.setdefault((e.channel, e.user_id) if e.user_id else ("", str(e.id)), []).append(e)
    return list(groups.values())


def _family(v: Voice, number: int, group: list[store.Enrolment]) -> str:
    """A family's entry: the parent once, every child (or place) of its rows."""
    first = group[0]
    kids = tuple(c for e in group for c in e.children)
    whole = replace(first, people=_people(group), children=kids, admitted_by=None)
    admitted = [e for e in group if e.admitted_by]
    by = admitted[0].admitted_by if admitted else None
    if by and len(group) > 1:  # whom of the family staff admitted past the seats
        names = ", ".join(c.name for e in admitted for c in e.children)
        by = f"{by}: {names}" if names else by
    return _person(v, number, replace(whole, admitted_by=by))


Signed = dict[tuple[str, str], tuple[int, list[store.Enrolment]]]  # a person: entry, its rows


def _elsewhere(v: Voice, e: store.Enrolment, signed: Signed) -> str:
    """A waiting (or offered) part of a family whose other children are signed up: who of it
    is signed up, and which entry of the list above that is («👪 z tej rodziny już zapisano:
    Аня (nr 1 listy zapisanych)»; tester 30, item 7)."""
    found = signed.get((e.channel, e.user_id)) if e.user_id else None
    if found is None:
        return ""
    number, group = found
    alone = e.people == 1 and not e.children  # (more: `_person` counts them; tester 28)
    count = " · " + v("sc_party", count=1) if alone else ""
    kids = ", ".join(markup.literal(c.name) for g in group for c in g.children)
    if kids:
        return count + " · " + v("sc_family_signed_kids", names=kids, number=number)
    return count + " · " + v("sc_family_signed", number=number)


async def card(
    turn: Turn, course: Course, note: str | None = None, noted: Noted = (), v: Voice | None = None
) -> Reply:
    """One course: its enrolment list, seats offered, the waiting list in its order; under
    `note`, whose lines of it are whose in `noted` (a person taken off, a place offered); in
    `v`, the chat's language (a person's /forget: the course's office's, forgotten_card.py)."""
    v = v or staff_voice(turn)
    office = course.office.id
    people = await store.of_course(turn.tx, office, course.id)
    closed = course.id in await records.closed(turn.tx, office)
    enrolled = [e for e in people if e.status == "enrolled"]
    offered = [e for e in people if e.status == "offered"]
    waiting = [e for e in people if e.status == "waiting"]
    title = markup.literal(course.title(v.lang))
    number = [c.id for c in of_office(turn.settings, course.office)].index(course.id) + 1
    blocks = [f"🎓 {number}. **{title}** — {dates(v, course)}\n{state(v, course, closed, turn)}"]
    seats = await course_seats.staff_set(turn.tx, office, course.id, course.seats)
    total = seats.seats if seats is not None else course.seats
    lines = [v("sc_enrolled_title", count=_people(enrolled), seats=total)]
    if seats is not None:  # set in the chat (/seats): by whom, and the config's
        by = markup.literal(seats.by or "—")
        lines.insert(0, v("sc_seats_set_line", seats=total, by=by, config=course.seats))
    signed = families(enrolled)
    owned = [(subjects_of(g)[0], _family(v, i, g)) for i, g in enumerate(signed, 1)]
    lines += [text for _, text in owned] or [v("sc_nobody")]
    blocks.append("\n".join(lines))
    numbers = {(g[0].channel, g[0].user_id): (i, g) for i, g in enumerate(signed, 1)}
    if offered:
        lines = [v("sc_offered_title")]
        for e in offered:
            until = v.deadline(e.offered_until) if e.offered_until else "—"
            who = _person(v, len(lines), e) + _elsewhere(v, e, numbers)
            lines.append(v("sc_offered_line", person=who, until=until))
            owned.append((subjects_of([e])[0], lines[-1]))
        blocks.append("\n".join(lines))
    lines = [v("sc_waiting_title", count=_people(waiting))]
    queue = [
        (subjects_of([e])[0], _person(v, i, e) + _elsewhere(v, e, numbers))
        for i, e in enumerate(waiting, 1)
    ]
    owned += queue
    lines += [text for _, text in queue] or [v("sc_nobody")]
    blocks.append("\n".join(lines))
    if note:
        blocks.insert(0, note)
    rows = []
    if not course.started(turn.now):
        action = ("sc_btn_reopen", "reopen") if closed else ("sc_btn_close", "close")
        rows.append([Button(v(action[0]), f"courses:{action[1]}:{course.id}")])
    rows.append(
        [
            Button(v("sc_btn_attendance"), f"courses:meetings:{course.id}"),
            Button(v("sc_btn_write"), f"courses:write:{course.id}"),
        ]
    )
    if not course.finished(turn.now):
        rows += _remove_rows(v, signed, [[e] for e in offered], [[e] for e in waiting])
    rows.append([Button(v("sc_btn_all"), "courses:all")])
    card = Reply("\n\n".join(blocks), rows, replace=True, shows=subjects_of(people))
    whose = {str(e.id): subjects_of([e])[0] for e in people}  # a button acting on a sign-up
    acting = [
        (whose[p[2]], b.payload)
        for row in rows
        for b in row
        if len(p := b.payload.split(":")) > 2 and p[1] in ACTING and p[2] in whose
    ]
    return marked(card, [*noted, *owned], acting)  # /forget masks exactly the person's


def _remove_rows(v: Voice, *lists: list[list[store.Enrolment]]) -> list[list[Button]]:
    """A button per sign-up (a family's rows: one each, under the family's number), with their
    number on the card's list, and which list: two people of one first name (one signed up, one
    waiting) are told apart."""
    rows = []
    for key, groups in zip(
        ("sc_btn_remove", "sc_btn_remove_offered", "sc_btn_remove_waiting"), lists, strict=True
    ):
        for number, e in ((n, e) for n, group in enumerate(groups, 1) for e in group):
            name = with_children((e.name or "—")[:NAME_IN_BUTTON], e)  # «Maria — Аня, Петро»
            if not e.children and (e.people > 1 or len(groups[number - 1]) > 1):
                name += " · " + v("sc_party", count=e.people)  # a family's records told apart
            label = v(key, number=number, name=name)
            row = [Button(label, f"courses:remove:{e.id}")]
            if e.status == "waiting":  # beside it: admit them anyway, past the seats
                admit = v("sc_btn_admit", number=number, name=name)
                row.append(Button(admit, f"courses:admit:{e.id}"))
            rows.append(row)
            rows += _child_rows(v, number, e)  # one child of a family alone: one_child.py
    return rows


def _child_rows(v: Voice, number: int, e: store.Enrolment) -> list[list[Button]]:
    """Staff's: a button per child of a sign-up of several children, beside the family's."""
    if len(e.children) < 2:
        return []
    n, name = len(e.children), (e.name or "—")[:NAME_IN_BUTTON]
    return [
        [
            Button(
                v("sc_btn_remove_child", number=number, name=name, child=c.name),
                f"courses:remove_one:{e.id}:{i}:{n}",
            )
        ]
        for i, c in enumerate(e.children)
    ]


async def show(turn: Turn) -> Outcome:
    return stay(await card(turn, course_arg(turn)))


async def enrolment_arg(turn: Turn) -> tuple[store.Enrolment, Course]:
    number = record_id(turn.args[0]) if turn.args else None
    enrolment = await store.get(turn.tx, number) if number is not None else None
    if enrolment is None:
        raise Expired("courses")
    course = of_record(turn.settings, enrolment.office, enrolment.service)
    title = (
        course.title(turn.lang)
        if course
        else gone.service_label(turn.services, turn.lang, course=True)
    )
    turn.staff_may(enrolment.office, markup.literal(title))
    if course is None:
        raise Expired("courses")
    return enrolment, course
