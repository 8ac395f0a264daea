"""What courses look like, in any language: shared by the person's flow, /mybookings, the staff
chat and the jobs. A staff action writes to each person in that person's own language, so
everything here speaks through an explicit `Voice`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.core.services import Services
from bot.core.turn import subject_of
from bot.features.callback import NOTE_HOURS, thread_hours
from bot.features.courses.course import Course, Meeting
from bot.storage import Tx
from bot.storage import enrolments as store
from bot.storage import sessions as session_store


@dataclass(frozen=True)
class Voice:
    """UI strings and Babel formats in one language, in the deployment's time zone."""

    services: Services
    lang: str

    def __call__(self, key: str, **values: object) -> str:
        return self.services.t(self.lang, key, **values)

    def of(self, course: Course, key: str, /, people: int = 1, **values: object) -> str:
        """`key` as this course says it: a one-day event in its own words (`<key>_event`: «the
        event», «cancel my place», not «each meeting», «leave the course») where it has them;
        for a sign-up of several `people` (a group, a family) its plural (`<key>_places`, a
        plural string: «cancel your 3 places», «3 місця ваші»), where it has one."""
        t = self.services.t
        keys = [f"{key}_places_event", f"{key}_places"] if people > 1 else []
        keys += [f"{key}_event", key]
        for found in keys:
            if found.endswith("_event") and not course.single:
                continue
            if found == key or t.has(self.lang, found):
                if found.endswith("_places") or found.endswith("_places_event"):
                    return self.plural(found, people, **values)
                return self(found, **values)
        return self(key, **values)

    def plural(self, key: str, count: int, **values: object) -> str:
        return self.services.t.plural(self.lang, key, count, **values)

    def local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self.services.settings.timezone)

    def deadline(self, moment: dt.datetime) -> str:
        """'1 грудня 2026 р., 17:00': no weekday, so it reads after 'until' in every language."""
        local = self.local(moment)
        t = self.services.t
        return f"{t.date(self.lang, local.date(), 'long')}, {t.time(self.lang, local)}"

    def date(self, day: dt.date) -> str:
        """'1 Dec 2026' / '1 груд. 2026 р.'."""
        return self.services.t.date(self.lang, day, "medium")

    def day(self, day: dt.date) -> str:
        """Short, for buttons: 'Tue 1 Dec' / 'вт, 1 груд.'."""
        return self.services.t.day(self.lang, day)

    def meeting(self, meeting: Meeting) -> str:
        """'Tue, 1 Dec 2026, 17:00–18:30'."""
        t = self.services.t
        weekday = t.weekday(self.lang, meeting.day.weekday(), "abbreviated")
        hours = f"{t.time(self.lang, meeting.start)}–{t.time(self.lang, meeting.end)}"
        return f"{weekday}, {self.date(meeting.day)}, {hours}"

    def language_name(self, code: str) -> str:
        return self.services.t.language_name(self.lang, code)


def voice(turn: Turn) -> Voice:
    return Voice(turn.services, turn.lang)


def staff_voice(turn: Turn) -> Voice:
    return Voice(turn.services, turn.office.staff_language)


async def person_voice(services: Services, tx: Tx, enrolment: store.Enrolment) -> Voice:
    """The language the person uses now (they may have switched since), else the enrolment's."""
    session = await session_store.find(tx, enrolment.channel, enrolment.user_id)
    return Voice(services, (session.language if session else None) or enrolment.language)


def title(v: Voice, course: Course) -> str:
    return f"**{markup.literal(course.title(v.lang))}**"


def place_lines(v: Voice, course: Course) -> list[str]:
    place = course.office.places.get(course.service.place or "")
    if place is None:
        return []
    lines = [f"📍 {markup.literal(place.label(v.lang))}"]
    if place.label(v.lang) != place.name:
        lines.append(markup.literal(place.name))
    desk = place.desk_in(v.lang)
    if desk:
        lines.append(markup.literal(desk))
    lines.append(markup.literal(place.address_in(v.lang)))
    return ["\n".join(lines)]


def meeting_lines(v: Voice, course: Course) -> str:
    meetings = course.meetings
    if len(meetings) == 1:
        return f"🗓 {v.meeting(meetings[0])}"
    return "\n".join([v("co_meetings_title"), *(f"• {v.meeting(m)}" for m in meetings)])


SPELLED_OUT = 3  # meetings listed one by one where the page listed them just before; more: a span


def meeting_span(v: Voice, course: Course) -> str:
    """The meetings after the page showed them all: up to SPELLED_OUT each, more as their number,
    the first and the last ('🗓 15 meetings: the first on Wed, 13 Jan 2027, 16:15–17:45, ...')."""
    meetings = course.meetings
    if len(meetings) <= SPELLED_OUT:
        return meeting_lines(v, course)
    count = v.plural("co_meetings_count", len(meetings))
    return v(
        "co_meetings_span", count=count, first=v.meeting(meetings[0]), last=v.meeting(meetings[-1])
    )


def course_text(v: Voice, course: Course, *, description: bool = True, spelled: bool = True) -> str:
    """Title, description, level or group, place and every meeting."""
    service = course.service
    head = [title(v, course)]
    if description:
        head.append(markup.literal(service.description.get(v.lang)))
    if service.level is not None:
        head.append(v("co_level", level=markup.literal(service.level.get(v.lang))))
    when = meeting_lines(v, course) if spelled else meeting_span(v, course)
    return "\n\n".join(["\n".join(head), *place_lines(v, course), when])


def map_row(v: Voice, course: Course) -> list[list[Button]]:
    place = course.office.places.get(course.service.place or "")
    if place is None or not place.map_url:
        return []
    return [[Button(v("co_btn_map"), url=place.map_url)]]


def mine_row(v: Voice) -> list[Button]:
    return [Button(v("co_btn_my"), "course:mine")]


def who_signs_up(v: Voice, course: Course) -> list[str]:
    """The page says who signs up, where the course asks it (config `for`, `max_people`)."""
    service = course.service
    if service.for_children:
        key = "co_for_children_n" if service.max_people > 1 else "co_for_children"
        least, most = service.ages
        return [v(key, most=service.max_people, ages=f"{least}–{most}")]
    if service.max_people > 1:
        return [v("co_for_group", most=service.max_people)]
    return []


def who_comes(v: Voice, enrolment: store.Enrolment) -> list[str]:
    """Whom one sign-up brings, under it: each child ('👧 Аня, 8 років'), or the places taken."""
    kids = enrolment.children
    if kids:
        return [children_lines(v, [c.name for c in kids], [c.age for c in kids])]
    if enrolment.people > 1:
        return [v("co_people_line", count=enrolment.people)]
    return []


def joined(parts: list[store.Enrolment]) -> store.Enrolment:
    """One family's rows as one sign-up: the first, bringing every part's people and children
    (a family given its places at two moments: one entry, as on the staff's card)."""
    first = parts[0]
    kids = tuple(c for e in parts for c in e.children)
    return replace(first, people=sum(e.people for e in parts), children=kids)


def held_together(held: list[store.Enrolment]) -> list[list[store.Enrolment]]:
    """A person's places, those signed up on one course together (whenever each was given):
    one item a course and status signed up; a part waiting or offered stays an item of its own
    (its own number, or its own deadline to take it)."""
    items: list[list[store.Enrolment]] = []
    for e in held:
        same = next(
            (g for g in items if e.status == "enrolled" == g[0].status and g[0].course == e.course),
            None,
        )
        if same is None:
            items.append([e])
        else:
            same.append(e)
    return items


def with_children(label: str, enrolment: store.Enrolment, width: int = 40) -> str:
    """A course or a parent named with the children signed up ('Польська для дітей — Аня,
    Петро'), as typed: plain text, for buttons (and markup.literal in a message)."""
    names = ", ".join(c.name for c in enrolment.children)
    if len(names) > width:
        names = names[: width - 1] + "…"
    return f"{label} — {names}" if names else label


def children_lines(v: Voice, names: list[str], ages: list[int]) -> str:
    return "\n".join(
        v("co_child_line", name=markup.literal(n), age=v.plural("co_years", a))
        for n, a in zip(names, ages, strict=False)
    )


def enrolled_text(
    v: Voice, course: Course, key: str = "co_enrolled", enrolment: store.Enrolment | None = None
) -> str:
    who = who_comes(v, enrolment) if enrolment is not None else []
    # several places taken (a group; children taken off the waiting list): said in the plural
    people = enrolment.people if enrolment is not None and key in ("co_enrolled", "co_taken") else 1
    return "\n\n".join(
        [
            v.of(course, key, people=people, course=markup.literal(course.title(v.lang))),
            *who,
            course_text(v, course, description=False, spelled=False),
        ]
    )


def waiting_text(v: Voice, course: Course, position: int) -> str:
    hours = v.plural("co_hours", course.service.confirm_hours)
    return v(
        "co_waiting", course=markup.literal(course.title(v.lang)), position=position, hours=hours
    )


# --- messages to a person outside their own turn --------------------------------------------


def offer_reply(v: Voice, course: Course, enrolment: store.Enrolment) -> Reply:
    assert enrolment.offered_until is not None
    text = v(
        "co_offer",  # whose place, when children are signed up: «Польська для дітей — Соня»
        course=markup.literal(with_children(course.title(v.lang), enrolment)),
        until=v.deadline(enrolment.offered_until),
    )
    if enrolment.part_of is not None and not enrolment.children:  # the rest of a sign-up
        rest = v.plural("co_people_count", enrolment.people)
        text = f"{text}\n{v('co_offer_rest', rest=rest)}"
    rows = [
        [Button(v("co_btn_take_seat"), f"course:take:{enrolment.id}")],
        [Button(v("co_btn_no_thanks"), f"course:decline:{enrolment.id}")],
    ]
    return Reply(f"{text}\n\n{course_text(v, course, description=False)}", rows)


def lapsed_reply(v: Voice, course: Course, now: dt.datetime, free: bool) -> Reply:
    """An offer not taken in time; `free`: nobody else took the place, a tap signs them up."""
    free = free and not course.started(now)
    text = v("co_lapsed_free" if free else "co_lapsed", course=markup.literal(course.title(v.lang)))
    if course.started(now):
        return Reply(text)
    if free:
        return Reply(text, [[Button(v("co_btn_enrol"), f"course:enrol:{course.id}")]])
    return Reply(text, [[Button(v("co_btn_join_again"), f"course:open:{course.id}")]])


def moved_up_reply(v: Voice, course: Course, position: int) -> Reply:
    """Someone ahead on the waiting list left it or was offered a seat: their new number."""
    text = v("co_moved_up", course=markup.literal(course.title(v.lang)), position=position)
    return Reply(text, [mine_row(v)])


def removed_reply(v: Voice, course: Course, enrolment: store.Enrolment) -> Reply:
    """Taken off the list by staff; a family hears which children («Аня, Петро»)."""
    kids = ", ".join(markup.literal(c.name) for c in enrolment.children)
    text = v(
        "co_removed_children" if kids else "co_removed",
        course=markup.literal(course.title(v.lang)),
        phone=markup.literal(course.office.organisation.phone),
        children=kids,
    )
    return Reply(text)


def reminder_reply(v: Voice, course: Course, meeting: Meeting) -> Reply:
    text = "\n\n".join(
        [
            v.of(course, "co_reminder", course=markup.literal(course.title(v.lang))),
            f"🗓 **{v.meeting(meeting)}**",
            *place_lines(v, course),
            v.of(course, "co_reminder_leave_hint"),
        ]
    )
    return Reply(text, [*map_row(v, course), mine_row(v)])


def note_reply(v: Voice, course: Course, text: str, *, waiting: bool = False) -> Reply:
    """A message to everyone signed up (`waiting`: to those on the waiting list); a reply to
    it, or their first answer shortly after, reaches staff."""
    header = v(
        "co_note_waiting" if waiting else "co_note",
        org=markup.literal(course.office.org_name(v.lang)),
        course=markup.literal(course.title(v.lang)),
    )
    hint = v("co_note_reply_hint", hours=thread_hours(v.services, v.lang, NOTE_HOURS))
    return Reply(f"{header}\n\n{markup.literal(text)}\n\n{hint}")


def about(enrolment: store.Enrolment) -> str:
    """How messages to this person are marked (/forget finds them)."""
    return subject_of(enrolment.channel, enrolment.user_id)
