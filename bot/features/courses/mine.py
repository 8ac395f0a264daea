"""A person's own places on courses' lists: in /mybookings (Feature.mine), leaving (asked
first), and taking or turning down a seat offered from the waiting list.

An enrolment id in a payload is honoured only for its owner; anything else is an expired button.
"""

from __future__ import annotations

from collections import Counter

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Flow, Outcome, end, pending, stay
from bot.core.listings import Mine
from bot.core.marks import each_line
from bot.core.messages import Button, Reply
from bot.core.turn import subjects_of
from bot.features.courses import family
from bot.features.courses.course import Course, of_record
from bot.features.courses.free import free_for, own_enrolment, take_button
from bot.features.courses.joined import tell_taken
from bot.features.courses.page import own_rows, status_text
from bot.features.courses.thread import end_on_leaving
from bot.features.courses.views import (
    about,
    enrolled_text,
    held_together,
    joined,
    mine_row,
    staff_voice,
    voice,
    who_comes,
    with_children,
)
from bot.features.courses.waiting import Out
from bot.features.courses.waiting import leave as leave_lists
from bot.features.menu import nav_row
from bot.storage import enrolments as store


async def mine(turn: Turn) -> Mine:
    """/mybookings: the courses and events the person is enrolled in or waiting for."""
    held = await store.all_for(turn.tx, turn.incoming.channel, turn.incoming.user_id, active=True)
    v = voice(turn)
    result = Mine()
    records = Counter(e.course for e in held)  # more than one: a sign-up split (tester 28)
    for parts in held_together(held):  # a family given its places at two moments: one item
        enrolment = joined(parts)
        course = of_record(turn.settings, enrolment.office, enrolment.service)
        if course is None or course.finished(turn.now):
            continue
        split = records[enrolment.course] > 1
        places = sum(
            e.people for e in held if e.course == enrolment.course and e.status == "enrolled"
        )
        comes = who_comes(v, enrolment)  # the children signed up, or the places taken
        if split and enrolment.status == "waiting" and not enrolment.children:
            people = v.plural("co_people_count", enrolment.people)
            comes = [v("co_waiting_people", people=people)]  # how many of them still wait
        lines = [
            f"🎓 **{markup.literal(course.title(turn.lang))}**{turn.elsewhere(enrolment.office)} — "
            + await status_text(turn, v, enrolment),
            *comes,
        ]
        upcoming = course.upcoming(turn.now)
        if upcoming:
            lines.append(v.of(course, "co_next_meeting", when=v.meeting(upcoming[0])))
        rows = []
        free = await free_for(turn.tx, enrolment, course, turn.now)  # waiting together: take some
        if free:
            lines.append(v.plural("co_free_mine", free, people=enrolment.people))
            rows.append([take_button(v, course, enrolment, free)])
        for part in parts:  # each part may be left alone: its children named (or its places)
            rows.extend(own_rows(v, course, part, places if split else None, (*held,)))
        at = upcoming[0].start if upcoming else None  # listed by its next meeting
        result.add("\n".join(lines), rows, at)
    return result


async def on_mine(turn: Turn) -> Outcome:
    """course:mine: /mybookings (every feature's items), or the courses alone without it."""
    command = turn.registry.commands.get("mybookings")
    if command is not None and not isinstance(command, Flow):
        return await command(turn)
    own = await mine(turn)
    text = "\n\n".join([turn.t("co_my_title"), *own.blocks]) if own.items else turn.t("co_my_none")
    return end(Reply(text, [*own.rows, nav_row(turn, None)]))


def _back(turn: Turn) -> list[list[Button]]:
    return [mine_row(voice(turn)), nav_row(turn, None)]


def _name(turn: Turn, course: Course, enrolment: store.Enrolment) -> str:
    """The course, with the children of this sign-up: «Польська для дітей — Аня, Петро»."""
    return markup.literal(with_children(course.title(turn.lang), enrolment))


async def ask_leave(turn: Turn) -> Outcome:
    enrolment, course = await own_enrolment(turn)
    v = voice(turn)  # a one-day event's own words: «cancel my place» (v.of)
    if not enrolment.active:
        return stay(Reply(v.of(course, "co_left_already"), _back(turn)))
    if course.finished(turn.now):
        return stay(Reply(v.of(course, "co_finished"), _back(turn)))
    key = "co_leave_question_waiting" if enrolment.status == "waiting" else "co_leave_question"
    if key == "co_leave_question" and not await store.waiting_in(turn.tx, *enrolment.course):
        key = "co_leave_question_alone"  # nobody waits for the place
    yes = (
        v.of(course, "co_btn_leave_yes", people=enrolment.people)
        if enrolment.status != "waiting"
        else v("co_btn_leave_yes")
    )
    rows = [
        [Button(yes, f"course:leave_now:{enrolment.id}")],
        [Button(turn.t("co_btn_leave_no"), "course:mine")],
    ]
    question = v.of(course, key, people=enrolment.people, course=_name(turn, course, enrolment))
    asked = stay(Reply(question, rows, replace=True))
    return pending(asked, f"course:leave:{enrolment.id}")  # waits: asked again, not the menu


async def leave(turn: Turn) -> Outcome:
    enrolment, course = await own_enrolment(turn)
    v = voice(turn)
    if course.finished(turn.now):
        return stay(Reply(v.of(course, "co_finished"), _back(turn)))
    offered = await leave_lists(Out.of(turn), enrolment, "left")
    if offered is None:
        return stay(Reply(v.of(course, "co_left_already"), _back(turn)))
    await tell_staff(turn, course, enrolment, offered)
    key = "co_left_waiting" if enrolment.status == "waiting" else "co_left"
    if key == "co_left" and not offered:
        key = "co_left_alone"  # nobody was offered the place
    text = v.of(course, key, people=enrolment.people, course=_name(turn, course, enrolment))
    if await end_on_leaving(turn, enrolment):  # its staff's day of writing ends with it
        text += "\n\n" + v("co_left_thread_ended", course=markup.literal(course.title(v.lang)))
    return stay(Reply(text, _back(turn), replace=True))


async def tell_staff(
    turn: Turn,
    course: Course,
    enrolment: store.Enrolment,
    offered: list[store.Enrolment],
    key: str | None = None,
) -> None:
    """One line in the course's staff chat: who left (the children named) or declined the
    place offered to them (`key`), and to whom the place they held was offered from the waiting
    list."""
    v = staff_voice(turn)
    title, gone = markup.literal(course.title(v.lang)), v("sc_person_removed")
    name = markup.literal(with_children(enrolment.name or "—", enrolment))
    # (a child taken off is named: «Maria — Петро wypisał(a) się»)
    kept = 0 if key or enrolment.children else await _family_kept(turn, enrolment)
    waiting = enrolment.status == "waiting"
    left_key = key or ("sc_left_waiting_note" if waiting else "sc_left_note")

    def said(who: str) -> str:
        if not kept:
            return v(left_key, name=who, course=title)
        # a place of a family whose others stay signed up: not «left the course» (tester 43)
        total, rest = enrolment.people + kept, v.plural("sc_places_kept", kept)
        return v.plural(
            "sc_left_part_note", enrolment.people, name=who, course=title, total=total, kept=rest
        )

    lines = [said(name)]  # a line each, each person's (/forget)
    owned = [(about(enrolment), said(gone))]
    for e in offered:
        until = v.deadline(e.offered_until) if e.offered_until else "—"
        lines.append(v("sc_seat_offered", name=markup.literal(e.name or "—"), until=until))
        owned.append((about(e), v("sc_seat_offered", name=gone, until=until)))
    names = subjects_of([enrolment, *offered])
    left = v("sc_record_left", course=title)  # kept on /forget
    note = each_line(Reply("\n".join(lines), shows=names, names=left), owned)
    await turn.to_staff(note, about=names[0], office=course.office)


async def _family_kept(turn: Turn, enrolment: store.Enrolment) -> int:
    """The places the rest of `enrolment`'s family still holds on the course (its other
    sign-ups: the places taken at once and those taken from the waiting list); 0: none."""
    if enrolment.status == "waiting":
        return 0
    family = {enrolment.id, *([enrolment.part_of] if enrolment.part_of else [])}
    theirs = await store.all_for(turn.tx, enrolment.channel, enrolment.user_id, active=True)
    return sum(
        e.people
        for e in theirs
        if e.id != enrolment.id
        and e.course == enrolment.course
        and e.status == "enrolled"
        and (e.id in family or e.part_of in family)
    )


async def take(turn: Turn) -> Outcome:
    """course:take:<id>: the seat offered from the waiting list, before its deadline (seats for
    the first people of a family: the rest keep waiting, and are named)."""
    enrolment, course = await own_enrolment(turn)
    v = voice(turn)
    if enrolment.status == "enrolled":
        return stay(Reply(turn.t("co_already_sent"), _back(turn)))
    if not await store.take(turn.tx, turn.now, enrolment.id):
        if enrolment.status == "offered":  # too late: the job has not lapsed it yet
            await leave_lists(Out.of(turn), enrolment, "lapsed")
        kept = await _kept(turn, course, enrolment, "co_part_lapsed")
        if kept is not None:  # seats for some of a family: all of them wait on together
            return stay(kept)
        if enrolment.status not in ("offered", "lapsed"):
            return stay(Reply(v.of(course, "co_left_already"), _back(turn)))
        until = enrolment.offered_until
        when = v.deadline(until) if until else "—"
        return stay(Reply(turn.t("co_offer_gone", until=when), _back(turn)))
    blocks = [enrolled_text(v, course, "co_taken", enrolment)]
    rest = await store.get(turn.tx, enrolment.part_of) if enrolment.part_of else None
    await tell_taken(turn, course, enrolment, rest)  # staff hear of it as of a sign-up
    if rest is not None and rest.status == "waiting":  # the rest of the family
        blocks.insert(1, family.rest_line(v, rest, await store.position(turn.tx, rest)))
    return stay(Reply("\n\n".join(blocks), _back(turn), replace=True))


async def _kept(turn: Turn, course: Course, part: store.Enrolment, key: str) -> Reply | None:
    """Seats offered for some of a family, no longer theirs: all of them wait together (the
    family's sign-up), and at which number; None when `part` was not such an offer."""
    if part.part_of is None:
        return None
    now = await store.get(turn.tx, part.id)
    rest = await store.get(turn.tx, part.part_of)
    if now is None or now.active or rest is None or rest.status != "waiting":
        return None
    position = await store.position(turn.tx, rest)
    text = family.kept_text(voice(turn), course, rest, position, key)
    return Reply(text, _back(turn), replace=True)


async def decline(turn: Turn) -> Outcome:
    """course:decline:<id>: "No, thanks" to an offered seat: it goes to the next person (seats
    for some of a family: «Wait for places for all», all of them keep waiting together)."""
    enrolment, course = await own_enrolment(turn)
    offered = None
    if enrolment.status == "offered":
        offered = await leave_lists(Out.of(turn), enrolment, "declined")
    if offered is None:
        kept = await _kept(turn, course, enrolment, "co_part_kept")
        return stay(kept or Reply(voice(turn).of(course, "co_left_already"), _back(turn)))
    # staff who read «czekamy na potwierdzenie» learn it is over (tester 36, F8)
    await tell_staff(turn, course, enrolment, offered, "sc_declined_note")
    kept = await _kept(turn, course, enrolment, "co_part_kept")
    if kept is not None:
        return stay(kept)
    text = turn.t("co_declined", course=_name(turn, course, enrolment))
    return stay(Reply(text, _back(turn), replace=True))
