"""A course's meetings changed in the config while people are on its lists (a meeting moved,
dropped or added in the middle of a course): when the bot runs with the new config, everyone
signed up, offered a place or waiting is told, once, in their language, which meetings changed
(«🕒 Tue, 12 Jan 2027, 17:00–18:30 → Wed, 13 Jan 2027, 17:00–18:30»). A job, run at start and
then now and then: the meetings people were last told are kept per course (migration 041, in
the same transaction that queues the messages), so a restart neither repeats nor loses a
message. A course first seen (a database from before migration 041) is kept as it is, and its
people whose sign-up knew another last meeting are told the meetings ahead as they are now.
The course's staff chat is told once, in the same transaction, how many were told and what
changed (`staff_note`), so staff know what people heard before they call."""

from __future__ import annotations

import datetime as dt
import logging

from bot.core import markup
from bot.core.messages import Reply
from bot.core.services import Services
from bot.core.turn import for_staff
from bot.features.courses.course import Course, Meeting, every
from bot.features.courses.views import Voice, mine_row, person_voice
from bot.features.courses.waiting import Out
from bot.storage import Tx
from bot.storage import course_meetings as kept
from bot.storage import enrolments as store
from bot.storage import outbox as outbox_store
from bot.storage.course_meetings import Change, Span

log = logging.getLogger(__name__)


async def tell_moved(services: Services) -> None:
    """The job: every course whose meetings differ from those its people were told."""
    now = services.clock()
    async with services.db.transaction() as tx:
        out = Out(services, tx, now)
        for course in every(services.settings):
            meetings = [(m.start, m.end) for m in course.meetings]
            was = await kept.told(tx, course.office.id, course.id)
            if was == meetings:
                continue
            told: set[tuple[str, str]] = set()  # a family's parts: one message
            changed = kept.changes(was, meetings, now) if was is not None else []
            for enrolment in await _to_tell(tx, course, now):
                if was is None and enrolment.course_ends_at == course.ends_at:
                    continue  # (first seen: nothing known to have changed for them)
                who = (enrolment.channel, enrolment.user_id or f"#{enrolment.id}")
                if (was is not None and not changed) or who in told:
                    continue  # (only meetings already past changed; told as a family)
                told.add(who)
                v = await person_voice(services, tx, enrolment)
                await out.send(enrolment, reply(v, course, changed, now_ahead=was is None))
            if told:
                note = staff_note(services, course, changed, len(told), now_ahead=was is None)
                chat, note = for_staff(course.office, note)
                if chat is not None:
                    await outbox_store.enqueue(tx, now, "telegram", chat, note)
            await kept.keep(tx, course.office.id, course.id, meetings, now)
    if out.queued:
        log.info("told %d sign-up(s) of meetings changed", out.queued)
        services.outbox.wake()


async def _to_tell(tx: Tx, course: Course, now: dt.datetime) -> list[store.Enrolment]:
    """Everyone on the course's lists (signed up, offered, waiting), while it is not over."""
    if course.finished(now):
        return []
    return await store.of_course(tx, course.office.id, course.id)


def staff_note(
    services: Services, course: Course, changed: list[Change], told: int, *, now_ahead: bool
) -> Reply:
    """For the course's staff chat, in its language: which course, how many were told, and
    the meetings changed (or, `now_ahead`, that what changed is not known)."""
    v = Voice(services, course.office.staff_language)
    head = v(
        "sc_meetings_told",
        course=markup.literal(course.title(v.lang)),
        people=v.plural("sc_people", told),
    )
    if now_ahead:
        return Reply(f"{head}\n{v('sc_meetings_told_now')}")
    return Reply("\n".join([head, *(_line(v, course, change) for change in changed)]))


def reply(v: Voice, course: Course, changed: list[Change], *, now_ahead: bool) -> Reply:
    """The meetings changed, or (`now_ahead`: what changed is not known) those ahead now."""
    head = v.of(course, "co_meetings_changed", course=markup.literal(course.title(v.lang)))
    if now_ahead:
        ahead = [m for m in course.meetings if m.start > v.services.clock()]
        lines = [v("co_meetings_now"), *(f"🗓 {v.meeting(m)}" for m in ahead)]
    else:
        lines = [_line(v, course, change) for change in changed]
    hint = v.of(course, "co_meetings_changed_hint")
    return Reply("\n\n".join([head, "\n".join(lines), hint]), [mine_row(v)])


def _line(v: Voice, course: Course, change: Change) -> str:
    was, now = (_said(v, course, s) if s else "" for s in (change.was, change.now))
    if change.was and change.now:
        return v("co_meeting_moved", was=was, now=now)
    if change.was:
        return v("co_meeting_dropped", was=was)
    return v("co_meeting_added", now=now)


def _said(v: Voice, course: Course, span: Span) -> str:
    start, end = (moment.astimezone(course.zone) for moment in span)
    return markup.literal(v.meeting(Meeting(start.date(), start, end)))
