"""What the person sees of a course: the list, a course's page with its seats or waiting list,
their own place on it, and the summary before confirming. Replies only: flow.py decides."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core import markup
from bot.core.choices import SEND, SIGN_UP
from bot.core.dispatch import Turn
from bot.core.elsewhere import not_your_town
from bot.core.messages import Button, Expired, Reply
from bot.core.phone import display_phone
from bot.core.session import Person
from bot.features.courses import family
from bot.features.courses.course import Course, find, of_office, seats_now
from bot.features.courses.free import free_for, take_button
from bot.features.courses.views import (
    Voice,
    children_lines,
    course_text,
    held_together,
    joined,
    map_row,
    meeting_span,
    mine_row,
    title,
    voice,
    who_comes,
    who_signs_up,
    with_children,
)
from bot.features.menu import nav_row
from bot.storage import courses as records
from bot.storage import enrolments as store
from bot.storage import waiting_list
from bot.storage.enrolments import Child

FLOW = "course"
ONE_CHILD = "1"  # course:enrol:<service>:1: one child said in words (sibling.py), count not asked


@dataclass
class CourseDraft:
    course: str | None = None  # the service id
    token: str | None = None  # the confirmation button's token
    person: Person | None = None  # name and phone given for this enrolment
    seat: bool = False  # the summary said there was a seat
    people: int = 0  # how many come (0: not asked yet; config `max_people`)
    names: list[str] = field(default_factory=list)  # the children's first names (`for: children`)
    ages: list[int] = field(default_factory=list)  # their ages, in the same order
    fixing: bool = False  # «Change something» from the summary: back to it afterwards
    child_at: int | None = None  # the child whose name and age are being changed
    split: int = 0  # the summary offered this many seats now, the rest on the waiting list
    # children typed in one message («Марічка 8, Андрій 15»), not yet taken: several.py
    ahead_names: list[str] = field(default_factory=list)
    ahead_ages: list[int] = field(default_factory=list)  # -1: the age not said
    adding: int | None = None  # another child joins this part of a sign-up: another_child.py
    note: str | None = None  # «(sąsiadka, ja tylko pomagam)» after the name: for staff


def draft(turn: Turn) -> CourseDraft:
    return turn.draft(CourseDraft, FLOW)


def course_arg(turn: Turn, args: tuple[str, ...] | None = None) -> Course:
    """The course a button names (`args`: its own, else the turn's): one of this person's
    office's courses, or the button expired."""
    args = turn.args if args is None else args
    found = find(turn.settings, turn.office, args[0]) if len(args) == 1 else None
    if found is None:
        raise Expired("course")
    return found


@dataclass(frozen=True)
class Seats:
    free: int
    waiting: int
    ahead: bool = False  # someone waiting would be offered a free seat first

    @property
    def open(self) -> bool:
        """A newcomer gets a seat: nobody waiting would be offered it first (a family waiting
        together for more seats than are free would not: waiting_list.blocks)."""
        return self.free > 0 and not self.ahead


async def seats(turn: Turn, course: Course) -> Seats:
    office = course.office.id
    taken, _ = await store.taken(turn.tx, office, course.id)
    free = max(await seats_now(turn.tx, course) - taken, 0)
    waiting = await store.waiting_in(turn.tx, office, course.id)
    return Seats(free, len(waiting), waiting_list.blocks(waiting, free))


async def owns(turn: Turn, course: Course) -> list[store.Enrolment]:
    """The person's places on this course's lists: one, or a family's parts (some signed up,
    the rest waiting)."""
    mine = await store.all_for(turn.tx, turn.incoming.channel, turn.incoming.user_id, active=True)
    return [e for e in mine if e.course == (course.office.id, course.id)]


async def own(turn: Turn, course: Course) -> store.Enrolment | None:
    """The person's place on this course's lists, if they have one."""
    return next(iter(await owns(turn, course)), None)


async def status_text(turn: Turn, v: Voice, enrolment: store.Enrolment) -> str:
    if enrolment.status == "enrolled":
        return v("co_status_enrolled")
    if enrolment.status == "offered" and enrolment.offered_until is not None:
        until = v.deadline(enrolment.offered_until)  # a group's: «3 places are yours if …»
        if enrolment.people > 1:
            return v.plural("co_status_offered_places", enrolment.people, until=until)
        return v("co_status_offered", until=until)
    return v("co_status_waiting", position=await store.position(turn.tx, enrolment))


def sentence(status: str) -> str:
    """A status on its own ('✅ You are signed up'), not after a course's name in a list."""
    at = next((i for i, ch in enumerate(status) if ch.isalpha()), None)
    return status if at is None else status[:at] + status[at].upper() + status[at + 1 :]


def own_rows(
    v: Voice,
    course: Course,
    enrolment: store.Enrolment,
    held: int | None = None,
    mine: tuple[store.Enrolment, ...] = (),
) -> list[list[Button]]:
    """A sign-up's buttons in /mybookings. `held`: one of several records of a sign-up split
    between places and the waiting list, whose signed-up records hold `held` places: a record
    holding some of them says how many it gives up, the waiting one that it leaves the waiting
    list (tester 28; children are named on their buttons instead). A place offered: «Take the
    place» and, as its offer has them, «Wait for places for all» where others of the sign-up
    (`mine`: the person's records) still wait, else «No, thanks» (tester 30, item 7)."""
    title = markup.shortened(course.title(v.lang), 40)  # cut at a word, with «…»
    label = with_children(title, enrolment)  # whose place: «— Аня, Петро»
    rows = []
    if enrolment.status == "offered":  # places, and which of them «No» turns down (F15)
        many = enrolment.people > 1 and not enrolment.children
        take = v("co_btn_take_all", count=enrolment.people, course=label) if many else None
        rows.append([Button(take or v("co_btn_take", course=label), f"course:take:{enrolment.id}")])
        rest = next((e for e in mine if e.id == enrolment.part_of), None)
        if rest is not None and rest.status == "waiting":  # declined: all wait together
            no = Button(v("co_btn_wait_together"), f"course:decline:{enrolment.id}")
        elif not enrolment.children and rest is not None and rest.status == "enrolled":
            keep = v("co_btn_no_thanks_keep", count=rest.people, course=label)
            no = Button(keep, f"course:decline:{enrolment.id}")
        else:  # declined: the place goes to the next person waiting
            no = Button(v("co_btn_no_thanks_for", course=label), f"course:decline:{enrolment.id}")
        return [*rows, [no], *child_rows(v, course, enrolment)]
    # an event's place: «Cancel my place» (waiting for one: «Leave»)
    leave = v("co_btn_leave", course=label)
    if held is not None and enrolment.status == "waiting":
        leave = v("co_btn_leave_waiting_list", course=label)
    elif (
        held
        and held > enrolment.people
        and enrolment.status == "enrolled"
        and not enrolment.children
    ):
        leave = v("co_btn_leave_some", count=enrolment.people, total=held, course=label)
    elif enrolment.status != "waiting":
        leave = v.of(course, "co_btn_leave", people=enrolment.people, course=label)
    rows.append([Button(leave, f"course:leave:{enrolment.id}")])
    return rows + child_rows(v, course, enrolment)


def child_rows(v: Voice, course: Course, e: store.Enrolment) -> list[list[Button]]:
    """The parent's: a button per child of a sign-up of several children."""
    if len(e.children) < 2:
        return []
    n = len(e.children)
    title = markup.shortened(course.title(v.lang), 30)
    return [
        [
            Button(
                v("co_btn_leave_child", child=c.name, course=title),
                f"course:leave_one:{e.id}:{i}:{n}",
            )
        ]
        for i, c in enumerate(e.children)
    ]


async def closed_text(turn: Turn, course: Course) -> str | None:
    """Why nobody can enrol now, or None when they can."""
    v = voice(turn)
    if course.finished(turn.now):
        return v.of(course, "co_finished")
    if course.started(turn.now):
        return v.of(course, "co_started")
    if course.id in await records.closed(turn.tx, course.office.id):
        return v.of(course, "co_closed")
    return None


async def page(turn: Turn, course: Course) -> Reply:
    """The course, and what the person can do: enrol, join the waiting list, or their place."""
    v = voice(turn)
    blocks = [course_text(v, course)]
    rows: list[list[Button]] = []
    mine = await owns(turn, course)
    refusal = await closed_text(turn, course)
    if mine and not course.finished(turn.now):
        more = refusal is None and course.service.for_children and _room(course, mine)
        for parts in held_together(mine):  # a family's parts: those signed up as one
            status = sentence(await status_text(turn, v, parts[0]))
            whole = joined(parts)
            blocks.append("\n".join([status, *(who_comes(v, whole) if len(mine) > 1 else [])]))
            can = await free_for(turn.tx, whole, course, turn.now)  # waiting together: some now
            if can:
                blocks[-1] += "\n" + v.plural("co_free_mine", can, people=whole.people)
                rows.append([take_button(v, course, whole, can)])
            rows += [row for part in parts for row in own_rows(v, course, part, mine=(*mine,))]
        if more:  # a brother or sister, on the same sign-up: another_child.py
            more_child = Button(v("co_btn_more_child"), f"course:more:{course.id}", means=SIGN_UP)
            rows.append([more_child])  # «хочу записати сина» typed next: sibling.py
    elif refusal is not None:
        blocks.append(refusal)
    else:
        blocks += who_signs_up(v, course)
        free = await seats(turn, course)
        if free.open:
            total = await seats_now(turn.tx, course)
            blocks.append(turn.t("co_seats_left", free=free.free, seats=total))
            enrol = Button(turn.t("co_btn_enrol"), f"course:enrol:{course.id}", means=SIGN_UP)
        else:
            blocks.append(turn.t("co_full", position=free.waiting + 1))
            enrol = Button(turn.t("co_btn_wait"), f"course:enrol:{course.id}", means=SIGN_UP)
        rows.append([enrol])  # a sibling's sign-up typed while it is the page seen last
    rows += map_row(v, course)
    rows.append(nav_row(turn, FLOW))
    return Reply("\n\n".join(blocks), rows, replace=True)


def _room(course: Course, mine: list[store.Enrolment]) -> bool:
    """Another child may join: someone of the family is signed up, and it has room for more."""
    kids = sum(len(e.children) for e in mine)
    return kids < course.service.max_people and any(e.status == "enrolled" for e in mine)


def course_list(turn: Turn) -> Reply:
    """The office's courses and events not yet over."""
    courses = [c for c in of_office(turn.settings, turn.office) if not c.finished(turn.now)]
    if not courses:
        return Reply(turn.t("co_list_none"), [nav_row(turn, None)], replace=True)
    rows = [[Button(c.title(turn.lang), f"course:open:{c.id}")] for c in courses]
    rows.append(nav_row(turn, "services"))
    elsewhere = not_your_town(turn)  # («I live in Kraków»: the courses are in Opole)
    title = turn.t("co_list_title")
    return Reply(f"{title}\n\n{elsewhere}" if elsewhere else title, rows, replace=True)


async def summary(turn: Turn, course: Course) -> Reply:
    """The last look before confirming (the draft has a person and a token)."""
    current = draft(turn)
    v = voice(turn)
    person = current.person or Person()
    free = await seats(turn, course)
    count = max(current.people, 1)
    current.seat = free.open and free.free >= count
    current.split = free.free if free.open and not current.seat else 0
    # who is signed up, in the buttons: me, us (a group), the child, the children
    whom = ("_children" if count > 1 else "_child") if current.names else "_group" * (count > 1)
    token = current.token
    if current.seat:
        seat = turn.t("co_summary_seat_all" if count > 1 else "co_summary_seat")
        label = turn.t(f"co_btn_confirm{whom}")
        confirms = [[Button(label, f"course:confirm:{token}", means=SEND)]]
    elif current.split:  # places left, but fewer than they are: some now, or all wait
        kids = tuple(Child(n, a) for n, a in zip(current.names, current.ages, strict=False))
        seat, confirms = family.split_choice(
            turn, course, token or "", kids, count, free.free, free.waiting + 1
        )
    else:
        seat = turn.t("co_summary_wait", position=free.waiting + 1)
        label = turn.t(f"co_btn_confirm_wait{whom}")
        confirms = [[Button(label, f"course:confirm:{token}", means=SEND)]]  # «так» typed
    who = turn.t(
        "co_parent_line" if current.names else "co_person_line",
        name=markup.literal(person.name),
        phone=display_phone(person.phone),
    )
    if current.names:
        who = f"{children_lines(v, current.names, current.ages)}\n{who}"
    elif current.people > 1:
        who = f"{who}\n{turn.t('co_people_line', count=current.people)}"
    if current.note:  # «(sąsiadka …)» after the name: for staff
        who += "\n" + turn.t("cb_phone_note", note=markup.literal(current.note))
    text = "\n\n".join(
        [
            turn.t(
                "co_summary_title_more"
                if current.adding
                else f"co_summary_title{whom}"
                if current.names
                else "co_summary_title"
            ),
            title(v, course),
            meeting_span(v, course),  # the page listed every one just before
            who,
            seat,
            turn.t("co_summary_question"),
        ]
    )
    rows = [
        *confirms,
        [Button(turn.t("btn_cb_fix"), "course:fix")],  # as a callback's and a help request's
        [Button(turn.t("co_btn_abandon"), "course:abandon", means="no")],
    ]
    return Reply(text, rows)


def already_in_reply(turn: Turn, course: Course) -> Reply:
    v = voice(turn)
    return Reply(v.of(course, "co_already_in"), [mine_row(v), nav_row(turn, None)])
