"""A course or event of an office's catalogue, in time: its meetings as moments, when enrolment
is open, how long a freed seat is held for the next person waiting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.settings.catalogue import COURSE, Service
from bot.settings.config import Office, Settings
from bot.storage import Tx, course_seats


@dataclass(frozen=True)
class Meeting:
    day: dt.date  # local
    start: dt.datetime  # aware
    end: dt.datetime


NIGHT_FROM, MORNING = 21, 8  # an offer's deadline in these hours moves to 09:00 (offer_until)


@dataclass(frozen=True)
class Course:
    service: Service
    office: Office
    zone: ZoneInfo

    @property
    def id(self) -> str:
        return self.service.id

    @property
    def seats(self) -> int:
        """The config's `seats:`; the seats now (staff may have set others): `seats_now`."""
        return self.service.seats

    def title(self, lang: str) -> str:
        return self.service.title.get(lang)

    @property
    def meetings(self) -> list[Meeting]:
        return [
            Meeting(
                m.day,
                dt.datetime.combine(m.day, m.start, tzinfo=self.zone),
                dt.datetime.combine(m.day, m.end, tzinfo=self.zone),
            )
            for m in self.service.meetings
        ]

    @property
    def single(self) -> bool:
        """A one-day event: one meeting (its texts say «the event», «cancel my place»)."""
        return len(self.service.meetings) == 1

    @property
    def first_start(self) -> dt.datetime:
        return self.meetings[0].start

    @property
    def last_start(self) -> dt.datetime:
        return self.meetings[-1].start

    @property
    def ends_at(self) -> dt.datetime:
        return self.meetings[-1].end

    def finished(self, now: dt.datetime) -> bool:
        """Its last meeting is over: it is not offered any more."""
        return now >= self.ends_at

    def started(self, now: dt.datetime) -> bool:
        """Enrolment closes when the first meeting starts."""
        return now >= self.first_start

    def upcoming(self, now: dt.datetime) -> list[Meeting]:
        return [m for m in self.meetings if m.start > now]

    def meeting_on(self, day: dt.date) -> Meeting | None:
        return next((m for m in self.meetings if m.day == day), None)

    def offers_seats(self, now: dt.datetime) -> bool:
        """A freed seat is offered to the next person waiting until the last meeting starts."""
        return now < self.last_start

    def offer_until(self, now: dt.datetime) -> dt.datetime:
        """When a freed place offered now stops being the person's: `confirm_hours` on, but
        never in the night (tester 38, F15: «23:37»): one that would end between 21:00 and
        08:00 ends at 09:00 of the morning after (more time, never less); and never after
        the last meeting starts."""
        until = (now + dt.timedelta(hours=self.service.confirm_hours)).astimezone(self.zone)
        if until.hour >= NIGHT_FROM or until.hour < MORNING:
            morning = until.date() + dt.timedelta(days=1 if until.hour >= NIGHT_FROM else 0)
            until = dt.datetime.combine(morning, dt.time(MORNING + 1), tzinfo=self.zone)
        return min(until, self.last_start)


def of_office(settings: Settings, office: Office) -> list[Course]:
    """The office's courses and events, in catalogue order."""
    return [
        Course(s, office, settings.timezone)
        for s in office.catalogue.services.values()
        if s.kind == COURSE and s.meetings
    ]


def find(settings: Settings, office: Office, service_id: str) -> Course | None:
    return next((c for c in of_office(settings, office) if c.id == service_id), None)


def every(settings: Settings) -> list[Course]:
    """Every office's courses (for the jobs)."""
    return [c for office in settings.offices.values() for c in of_office(settings, office)]


def of_record(settings: Settings, office_id: str, service_id: str) -> Course | None:
    """The course an enrolment is for, if its office still lists it."""
    office = settings.offices.get(office_id)
    return find(settings, office, service_id) if office is not None else None


async def seats_now(tx: Tx, course: Course) -> int:
    """The course's seats now: the config's, or those staff set over them (/seats) while the
    config still says what it said then (bot.storage.course_seats)."""
    return await course_seats.now(tx, course.office.id, course.id, course.seats)
