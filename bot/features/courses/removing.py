"""Taking someone off a course's list, from its card in the staff chat: courses:remove:<id>
asks (how many places go, and that the family's other records stay), courses:remove_now:<id>
tells the person, offers the freed places and shows the card again."""

from __future__ import annotations

from dataclasses import replace

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.marks import one
from bot.core.messages import Button, Reply
from bot.core.turn import subjects_of
from bot.features.courses.course import Course
from bot.features.courses.joined import record
from bot.features.courses.staff import card, enrolment_arg
from bot.features.courses.views import person_voice, removed_reply, staff_voice, with_children
from bot.features.courses.waiting import Out, leave
from bot.storage import enrolments as store


async def ask_remove(turn: Turn) -> Outcome:
    enrolment, course = await enrolment_arg(turn)
    v = staff_voice(turn)
    if not enrolment.active:
        return stay(Reply(v("sc_removed_already")))
    same = await store.of_course(turn.tx, course.office.id, course.id)
    others = [e for e in same if e.user_id and e.id != enrolment.id and e.active and
              (e.channel, e.user_id) == (enrolment.channel, enrolment.user_id)]  # fmt: skip
    name = markup.literal(with_children(enrolment.name or "—", enrolment))
    if not enrolment.children and (enrolment.people > 1 or others):  # how many places go
        name += " · " + v("sc_party", count=enrolment.people)
    text = v("sc_remove_question", name=name, course=markup.literal(course.title(v.lang)))
    if others:  # a family's other records stay (tester 28)
        party = v("sc_party", count=sum(e.people for e in others))
        text += "\n" + v("sc_remove_others", party=party)
    rows = [
        [Button(v("sc_btn_remove_yes"), f"courses:remove_now:{enrolment.id}")],
        [Button(v("sc_btn_keep"), f"courses:show:{course.id}")],
    ]
    return stay(one(Reply(text, rows), subjects_of([enrolment])[0], record(v, course)))


async def remove(turn: Turn) -> Outcome:
    enrolment, course = await enrolment_arg(turn)
    v = staff_voice(turn)
    out = Out.of(turn)
    if not enrolment.active:  # (a second tap)
        return stay(Reply(v("sc_removed_already"), replace=True))
    # the person is told first, then a freed place offered (to the same family, perhaps)
    person = await person_voice(turn.services, turn.tx, enrolment)
    await out.send(enrolment, removed_reply(person, course, enrolment))
    offered = await leave(out, enrolment, "removed") or []
    return await removed_card(turn, course, enrolment.name, enrolment, [enrolment, *offered])


async def removed_card(
    turn: Turn,
    course: Course,
    name: str | None,
    removed: store.Enrolment,
    told: list[store.Enrolment],
) -> Outcome:
    """The course's card again under the staff's note: who was taken off (`removed`: with the
    children that went), by whom, and the places offered to the next (`told` after the first);
    it names them all, so /forget edits it away."""
    v = staff_voice(turn)
    whose = subjects_of([removed, *told[1:]])
    note = v(
        "sc_removed",
        name=markup.literal(with_children(name or "—", removed)),
        course=markup.literal(course.title(v.lang)),
        by=markup.literal(turn.incoming.sender_name or "—"),
    )
    noted = [(whose[0], note)]
    for e in told[1:]:
        until = v.deadline(e.offered_until) if e.offered_until else "—"
        offered = v("sc_seat_offered", name=markup.literal(e.name or "—"), until=until)
        noted.append((subjects_of([e])[0], offered))
        note += "\n" + offered
    shown = await card(turn, course, note, noted)
    names = subjects_of(told)
    return stay(replace(shown, shows=tuple(dict.fromkeys((*shown.shows, *names)))))
