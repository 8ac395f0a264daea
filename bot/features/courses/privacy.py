"""Courses in /mydata and /forget, and the retention job that forgets names and phones.

/forget deletes the person's enrolments (with their attendance): a seat they held goes to the
next person waiting, at once, and whoever moves up the waiting list is told; the course's staff
chat is told that a sign-up left by /forget (nobody named) and to whom its place was offered;
places left free that a family waiting together cannot use whole, it is told of (free.py).
Retention: an enrolment loses name, phone and the person's ids `staff.retention_days` after
its course finished, or after the person left the lists.
"""

from __future__ import annotations

import logging

from bot.core import gone, markup
from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.core.phone import display_phone
from bot.core.services import Services
from bot.core.turn import subjects_of
from bot.features.courses.course import Course, every, of_record
from bot.features.courses.forgotten_card import cards_again
from bot.features.courses.views import Voice, voice
from bot.features.courses.waiting import Out, passed_on, places, tell_free
from bot.storage import courses as records
from bot.storage import enrolment_privacy, waiting_list
from bot.storage import enrolments as store

log = logging.getLogger(__name__)


async def show(turn: Turn) -> str | None:
    mine = await store.all_for(turn.tx, turn.incoming.channel, turn.incoming.user_id)
    if not mine:
        return None
    v = voice(turn)
    lines = [turn.t("privacy_co_title")]
    for enrolment in mine:
        course = of_record(turn.settings, enrolment.office, enrolment.service)
        name = (
            course.title(turn.lang)
            if course
            else gone.service_label(turn.services, turn.lang, course=True)
        )
        status = turn.t(f"privacy_co_{enrolment.status}")
        if course is not None and enrolment.active and course.finished(turn.now):
            status = turn.t("privacy_co_finished")
        lines.append(turn.t("privacy_co_line", course=markup.literal(name), status=status))
        if enrolment.name or enrolment.phone:
            phone = display_phone(enrolment.phone)
            lines.append(
                turn.t("privacy_co_person", name=markup.literal(enrolment.name or "—"), phone=phone)
            )
        if enrolment.note:  # the bracket written after the name, for staff
            lines.append(turn.t("cb_phone_note", note=markup.literal(enrolment.note)))
        if enrolment.children:
            kids = ", ".join(f"{markup.literal(c.name)} ({c.age})" for c in enrolment.children)
            lines.append(turn.t("privacy_co_children", children=kids))
        elif enrolment.people > 1:
            lines.append(turn.t("privacy_co_people", count=enrolment.people))
        days = await records.attended(turn.tx, enrolment.id)
        if days:
            dates = ", ".join(v.date(day) for day in days)
            lines.append(turn.t("privacy_co_attended", dates=dates))
    return "\n".join(lines)


async def forget(turn: Turn) -> None:
    held = await store.all_for(turn.tx, turn.incoming.channel, turn.incoming.user_id, active=True)
    out = Out.of(turn)
    before = {e.course: await places(out, e.office, e.service) for e in held}
    free = {e.course: await waiting_list.free_seats(turn.tx, *e.course) for e in held}
    await enrolment_privacy.forget_person(turn.tx, turn.incoming.channel, turn.incoming.user_id)
    for enrolment in held:
        course = of_record(turn.settings, enrolment.office, enrolment.service)
        if course is not None:  # a seat they held goes to the next person waiting
            offered = await passed_on(out, course, enrolment.status, before[enrolment.course])
            await _tell_staff(turn, course, enrolment, offered)
    for (office, service), seats in free.items():  # what nobody could take whole, told of
        course = of_record(turn.settings, office, service)
        if course is not None:
            await tell_free(out, course, seats, ())
    await cards_again(turn)  # a card opened earlier: the lists as they are now


async def _tell_staff(
    turn: Turn, course: Course, enrolment: store.Enrolment, offered: list[store.Enrolment]
) -> None:
    """The course's staff chat told that someone left its list by /forget (nobody named: the
    person asked for their data to go), and to whom the place was offered from the waiting
    list."""
    v = Voice(turn.services, course.office.staff_language)
    waiting = enrolment.status == "waiting"
    key = "sc_forgot_waiting_note" if waiting else "sc_forgot_note"
    people = v.plural("sc_people", enrolment.people)
    text = v(key, course=markup.literal(course.title(v.lang)), people=people)
    for e in offered:
        until = v.deadline(e.offered_until) if e.offered_until else "—"
        text += " " + v("sc_seat_offered", name=markup.literal(e.name or "—"), until=until)
    names = subjects_of(offered)
    await turn.to_staff(
        Reply(text, shows=names), about=names[0] if names else None, office=course.office
    )


async def retention(services: Services) -> None:
    """Hourly: names and phones of finished courses (and of people off the lists) go."""
    now = services.clock()
    cutoffs = services.retention_cutoffs(now)  # each office's own retention_days
    ends = {(c.office.id, c.id): c.ends_at for c in every(services.settings)}
    async with services.db.transaction() as tx:
        forgotten = await enrolment_privacy.forget_finished(tx, ends, cutoffs)
    if forgotten:
        log.info("forgot the personal data of %d enrolment(s)", forgotten)
