"""Enrolling in a course or event: its page -> consent, name and phone (the person sub-flow) ->
the summary -> confirm: enrolled, or on the waiting list with the number told. The whole flow
is the table COURSE at the bottom.

Buttons: course (the list), course:open:<service>, course:enrol:<service>,
course:confirm:<token> (a family offered some seats now: course:confirm:<token>:split or
:together, family.py), course:abandon; a person's own places (mine.py): course:mine,
course:leave:<id>, course:leave_now:<id>, course:take:<id>, course:decline:<id>; places free
now for some of a family waiting together (free.py): course:free:<id>, course:free_now:<id>.
They work from older messages too; whatever is pressed is checked again on arrival, and the
database has the last word on seats (migration 011).
"""

from __future__ import annotations

import logging
import secrets

from bot.core import choices
from bot.core.dispatch import Turn
from bot.core.flows import Flow, Outcome, Step, call, end, go, prefixed, stay
from bot.core.messages import Expired, Reply
from bot.features import person
from bot.features.courses import (
    about,
    another_child,
    choose,
    companion,
    family,
    fix,
    free,
    joined,
    mine,
    more_typed,
    one_child,
    party,
    several,
)
from bot.features.courses.course import find
from bot.features.courses.page import (
    FLOW,
    ONE_CHILD,
    CourseDraft,
    already_in_reply,
    closed_text,
    course_arg,
    course_list,
    draft,
    own,
    page,
    summary,
)
from bot.features.courses.views import enrolled_text, mine_row, voice, waiting_text
from bot.features.menu import main_menu, nav_row
from bot.storage import enrolments as store

log = logging.getLogger(__name__)


async def start(turn: Turn) -> Outcome:
    return stay(course_list(turn))


async def open_course(turn: Turn) -> Outcome:
    """course:open:<service>, the "Enrol" button of the course in /services."""
    return stay(await page(turn, course_arg(turn)))


async def enrol(turn: Turn) -> Outcome:
    """course:enrol:<service>; course:enrol:<service>:1: one child said in words on its page
    («хочу записати сина»: sibling.py), so how many is not asked."""
    one = turn.args[1:] == (ONE_CHILD,)
    course = course_arg(turn, turn.args[:1] if one else None)
    if await own(turn, course) is not None or await closed_text(turn, course) is not None:
        return stay(await page(turn, course))  # their place, or why not now
    people = 1 if one and course.service.for_children else 0
    turn.new_draft(CourseDraft(course=course.id, token=secrets.token_hex(4), people=people), FLOW)
    return call("person", "person")


async def after_person(turn: Turn) -> Outcome:
    current = draft(turn)
    current.person = turn.memory.person
    course = find(turn.settings, turn.office, current.course or "")
    if course is None:  # the office changed half-way, or the course left the catalogue
        return end(course_list(turn))
    said = []  # «Halyna (sąsiadka …)»: the bracket the sign-up's note for staff, as a visit's
    if aside := person.take_aside(turn):
        current.note, said = aside, [person.aside_kept(turn, aside)]
        along = await companion.named(turn, course, aside)  # «Андрей и жена Ольга»
        if along is not None:
            return along
    return prefixed(await party.next_step(turn, course), *said)  # who comes, the summary


async def confirm(turn: Turn) -> Outcome:
    """Enrol, in this turn's transaction; a second tap finds the flow already finished."""
    current = draft(turn)
    token = turn.args[0] if len(turn.args) in (1, 2) else ""
    how = turn.args[1] if len(turn.args) == 2 else ""  # a family: "split" or "together"
    in_step = turn.session.flow == FLOW and turn.session.step == "confirm"
    if not in_step or current.token != token:
        done = token and await store.by_token(
            turn.tx, turn.incoming.channel, turn.incoming.user_id, token
        )
        if done:
            rows = [mine_row(voice(turn)), nav_row(turn, None)]
            return stay(Reply(turn.t("co_already_sent"), rows))
        raise Expired("course:confirm")
    course = find(turn.settings, turn.office, current.course or "")
    person = current.person
    if course is None or person is None:
        raise Expired("course:confirm")
    refusal = await closed_text(turn, course)
    if refusal is not None:
        return end(Reply(refusal, [nav_row(turn, None)]))
    if current.adding:  # a brother or sister joins the family's sign-up
        return await another_child.add(turn, course, current)
    new = store.NewEnrolment(
        office=course.office.id,
        service=course.id,
        channel=turn.incoming.channel,
        user_id=turn.incoming.user_id,
        chat_id=turn.session.chat_id,
        language=turn.lang,
        name=person.name,
        phone=person.phone or "",
        token=token,
        course_ends_at=course.ends_at,
        people=party.seats_asked(current),
        children=party.children(current),
        together=how == "together",  # waits for seats for all of them at once
        note=current.note,
    )
    expected = current.seat or how == "split"  # the summary said there were seats
    try:
        if how == "split" and 0 < current.split < new.people:
            split = await family.sign_up_split(turn, course, new, current.split)
            if split is not None:
                return split  # else the seats went meanwhile: all of them wait
        enrolment = await store.enrol(turn.tx, turn.now, new, course.seats)
    except store.EnrolmentClosed:
        return end(Reply(voice(turn).of(course, "co_closed"), [nav_row(turn, None)]))
    except store.AlreadyEnrolled:
        return end(already_in_reply(turn, course))
    await joined.tell_staff(turn, course, enrolment)  # staff hear of it as of a leaver
    v = voice(turn)
    rows = [mine_row(v), nav_row(turn, None)]
    if enrolment.status == "enrolled":
        kids = len(enrolment.children)
        key = "co_enrolled" + ("_children" if kids > 1 else "_child" if kids else "")
        return end(Reply(enrolled_text(v, course, key, enrolment), rows))
    if expected:
        log.info("an enrolment lost the race for the last seat")
    position = await store.position(turn.tx, enrolment)
    text = waiting_text(v, course, position)
    if expected:
        text = f"{turn.t('co_filled_meanwhile')}\n{text}"
    return end(Reply(text, rows))


async def abandon(turn: Turn) -> Outcome:
    return end(main_menu(turn, turn.t("co_abandoned")))


async def typed(turn: Turn) -> Outcome:
    """Text where a button was expected: danger words bring the help lines first; a question is
    offered an answer; another child asked for at the summary, the number of children again
    (more_typed.py); anything else is told to use the buttons, and the step is shown again."""
    course = find(turn.settings, turn.office, draft(turn).course or "")
    more = await more_typed.typed(turn, course) or await companion.typed(turn, course)
    if more is not None:
        return more
    danger, offer = person.typed_in_form(turn)
    if offer is None and not danger:  # «my landlord wont return deposit» (tester 41, F10)
        offer = await person.problem_stated(turn)
    hint = Reply(choices.hint(turn, turn.t("co_use_buttons")))
    return offer or prefixed(await ask_again(turn), *danger, hint)


async def ask_again(turn: Turn) -> Outcome:
    """The current step once more, as it is now (after a language change)."""
    current = draft(turn)
    course = find(turn.settings, turn.office, current.course or "")
    if course is None:
        return end(course_list(turn))
    if turn.session.step == "confirm" and current.person is not None:
        return go("confirm", await summary(turn, course))
    if turn.session.step == "fix" and current.person is not None:
        return await fix.ask_again(turn, course)
    if turn.session.step in party.STEPS and current.person is not None:
        return await party.ask_again(turn, course)
    return end(await page(turn, course))


COURSE = Flow(
    FLOW,
    start=start,
    steps={
        "person": Step(text=typed, ask=ask_again),  # where the person sub-flow returns to
        "confirm": Step(text=typed, ask=ask_again, choose=True),  # a button typed presses it
        "fix": Step(text=typed, ask=ask_again, choose=True),  # «Change something»: what
        "people": Step(text=several.people_typed, ask=ask_again, choose=True),
        "child_name": Step(text=several.name_typed, ask=ask_again, labels=True),
        "child_age": Step(text=several.age_typed, ask=ask_again, labels=True),
    },
    buttons={
        "open": open_course,
        "enrol": enrol,
        "confirm": confirm,
        "people": party.people_button,
        "only": party.only_others,  # a child the course does not take left out
        "back": party.back,  # one question back from how many, a child's name or age
        "fix": fix.fix,  # from the summary, the menu, and back from the question changed
        "abandon": abandon,
        "mine": mine.on_mine,
        "leave": mine.ask_leave,
        "leave_now": mine.leave,
        "more": another_child.start,  # a brother or sister, on the family's sign-up
        "leave_one": one_child.ask_leave,  # one child of a family's sign-up
        "leave_one_now": one_child.leave,
        "take": mine.take,
        "first": choose.first,  # which children get the places now (the summary) …
        "swap": choose.swap,  # … or the places offered for some of a family
        "decline": mine.decline,
        "free": free.choose,  # places free now, for some of a family waiting together
        "free_now": free.take,
    },
    resume=after_person,
    offered=lambda turn: find(turn.settings, turn.office, draft(turn).course or "") is not None,
    about=about.answer,  # «а це безкоштовно?» in the sign-up: the page's answer, the step again
    children=lambda turn: (c := party.course_of(turn)) is not None and c.service.for_children,
)
