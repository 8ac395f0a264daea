"""The catalogue's model: services and specialists, as bot.settings.catalogue reads them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # model.py imports this module
    from bot.settings.model import HoursRule

SERVICE_ID = re.compile(r"[a-z][a-z0-9_]{0,23}")  # goes into buttons (64 bytes)
APPOINTMENT, COURSE, HELP = "appointment", "course", "help"
KINDS = (APPOINTMENT, COURSE, HELP)
REMOTE = ("phone", "online")
# What a help request's form may ask; each type is parsed and validated (bot.features.assist).
FIELD_TYPES = ("text", "date", "time", "phone", "language", "choice", "number")


@dataclass(frozen=True)
class Texts:
    """One text in several languages; `get` falls back to Polish, then to any."""

    values: dict[str, str] = field(default_factory=dict)

    def get(self, lang: str) -> str:
        return (
            self.values.get(lang) or self.values.get("pl") or next(iter(self.values.values()), "")
        )


@dataclass(frozen=True)
class Specialist:
    """Someone people book: a lawyer, a psychologist, the intercultural assistant."""

    id: str
    name: str  # for staff
    role: Texts  # for people: "Lawyer", "Психолог"
    place: str | None  # None: by phone or online (`remote`)
    remote: str | None
    visit_minutes: int
    capacity: int
    schedule: tuple[HoursRule, ...]
    closed_dates: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class Meeting:
    """One meeting of a course or an event."""

    day: dt.date
    start: dt.time
    end: dt.time


@dataclass(frozen=True)
class FormField:
    id: str
    type: str  # one of FIELD_TYPES
    label: Texts
    required: bool = True
    options: tuple[tuple[str, Texts], ...] = ()  # for "choice": (value, label)
    # for "date" and "time": within the office's opening days and hours (staff are there then);
    # False: a day or time set elsewhere (a deadline, a doctor's appointment at 7:30)
    office_hours: bool = True
    # for "number": the smallest and largest answer taken (config `min`, default 1: a number
    # of people, pages, children; `min: 0` where none is an answer) and `max` (None: any)
    least: int = 1
    most: int | None = None
    # how the staff card names the answer («Język osoby»), where the person's question
    # («W jakim języku Ci wygodnie?») reads oddly there; None: the label
    staff_label: Texts | None = None
    # asked only when an earlier choice (this id) has one of these options; None: always
    only_if: tuple[str, tuple[str, ...]] | None = None
    # for "choice": option key -> the place the help goes to (config `place:` in the option);
    # an option whose key is a place's id goes there without it
    places: tuple[tuple[str, str], ...] = ()
    # for "language": the language the person is to be talked to in (config `spoken: true`),
    # the request's language of the call; not a document's (tester 38, F16)
    spoken: bool = False

    def place_of(self, key: str) -> str:
        """The id of the place option `key` goes to: its `place:`, else the key itself."""
        return dict(self.places).get(key, key)


@dataclass(frozen=True)
class Service:
    id: str
    kind: str  # APPOINTMENT, COURSE or HELP
    title: Texts
    description: Texts
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)  # what people type
    # appointments
    specialists: tuple[str, ...] = ()
    qualification: bool = False  # an advisor approves the need before slots are offered
    sensitive: bool = False  # the staff chat sees no description of the need (psychology)
    # courses and events
    place: str | None = None
    level: Texts | None = None  # "A1", "dla dzieci 7–10 lat"
    # an appointment request's example of a need («my CV gets no answers»), asked with it
    example: Texts | None = None
    # what to bring to an appointment («your passport, the letter you got»): told when asked
    # after booking (appointments/bring_asked.py)
    bring: Texts | None = None
    # the languages it serves in (its documents', its interpreter's: uk; none: any), said on its
    # page; not offered for a question naming another (services/doc_languages.py)
    languages: tuple[str, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    seats: int = 0
    confirm_hours: int = 24  # an offered seat is kept this long for the person to confirm
    for_children: bool = False  # a parent signs up their child: its first name and age asked
    ages: tuple[int, int] = (0, 17)  # a child's age taken, from..to
    max_people: int = 1  # more: the sign-up asks how many (children, or people), each a seat
    # help requests
    fields: tuple[FormField, ...] = ()
    # the same help in every office that gives it this key, under its own id and title: a form
    # begun at one office goes on at the other's after a change of office (assist/carry.py)
    key: str | None = None


@dataclass(frozen=True)
class Catalogue:
    specialists: dict[str, Specialist] = field(default_factory=dict)
    services: dict[str, Service] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[Service]:
        return [s for s in self.services.values() if s.kind == kind]

    def bookable(self, day: dt.date) -> list[Service]:
        """Its appointment services with a specialist whose schedule holds on `day` or later:
        one can still ask for or book an appointment there."""
        return [
            s
            for s in self.of_kind(APPOINTMENT)
            if any(
                rule.valid_until is None or rule.valid_until >= day
                for sid in s.specialists
                if sid in self.specialists
                for rule in self.specialists[sid].schedule
            )
        ]
