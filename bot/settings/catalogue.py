"""An office's catalogue of services (config `specialists:` and `services:`): appointments with
a specialist, courses and events, and help requests that staff handle.

A single-office config has one catalogue at the top level; in a network each office inherits the
top level's services and specialists (merged by id) and adds or overrides its own.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from bot.settings.allowed import one_of
from bot.settings.catalogue_checks import check
from bot.settings.form_rules import check_only_if, only_if, option, option_places
from bot.settings.meetings import WEEKDAYS, written
from bot.settings.schema import Checker, Field, did_you_mean
from bot.settings.service_rules import ages, number_range, served_in, service_texts, twice
from bot.settings.yamldoc import Path_

if TYPE_CHECKING:  # model.py imports this module
    from bot.settings.model import HoursRule

from bot.settings.catalogue_model import (
    APPOINTMENT,
    COURSE,
    FIELD_TYPES,
    HELP,
    KINDS,
    REMOTE,
    SERVICE_ID,
    Catalogue,
    FormField,
    Meeting,
    Service,
    Specialist,
    Texts,
)

__all__ = [
    "APPOINTMENT",
    "COURSE",
    "HELP",
    "KINDS",
    "Catalogue",
    "FormField",
    "Meeting",
    "Service",
    "Specialist",
    "WEEKDAYS",
    "Texts",
    "build",
    "schema",
]


def schema(labels: Any, rule: Any) -> dict[str, Field]:
    """The `specialists:` and `services:` keys (of the top level, or of an office). `rule`: a
    weekly hours rule whose place may be left out (the specialist's own)."""
    specialist = {
        "name": Field("str"),
        "role": Field(labels),
        "place": Field("str", required=False),
        "remote": Field(one_of(*REMOTE), required=False),
        "visit_minutes": Field("positive_int", required=False, default=30),
        "capacity": Field("positive_int", required=False, default=1),
        "schedule": Field(("list", rule)),
        "closed_dates": Field(("list", "date"), required=False, default=[]),
    }
    form_field = {
        "id": Field("str"),
        "type": Field(one_of(*FIELD_TYPES)),
        "label": Field(labels),
        "required": Field("bool", required=False, default=True),
        "options": Field(("map", option(labels)), required=False, default={}),
        "office_hours": Field("bool", required=False),
        "min": Field("int", required=False),
        "max": Field("int", required=False),
        "staff_label": Field(labels, required=False),
        "spoken": Field("bool", required=False, default=False),  # a language to talk in
        "only_if": Field(only_if, required=False),  # asked after one option of a choice
    }
    meeting = {"date": Field("date"), "from": Field("time"), "to": Field("time")}
    series = {
        "weekday": Field(one_of(*WEEKDAYS)),
        "from": Field("time"),
        "to": Field("time"),
        "start": Field("date"),
        "count": Field("positive_int"),
    }
    service = {
        "kind": Field(one_of(*KINDS)),
        "title": Field(labels),
        "description": Field(labels),
        "keywords": Field(("map", ("list", "str")), required=False, default={}),
        "specialists": Field(("list", "str"), required=False, default=[]),
        "qualification": Field("bool", required=False, default=False),
        "sensitive": Field("bool", required=False, default=False),
        "place": Field("str", required=False),
        "level": Field(labels, required=False),
        "example": Field(labels, required=False),  # an appointment request's «for example»
        "bring": Field(labels, required=False),  # what to bring to an appointment
        "languages": Field(("list", "str"), required=False, default=[]),  # served in (none: any)
        "meetings": Field(("list", meeting), required=False, default=[]),
        "series": Field(series, required=False),
        "seats": Field("positive_int", required=False),
        "confirm_hours": Field("positive_int", required=False, default=24),
        # who signs up (a course or event): a parent their `children` (name and age asked, ages
        # within `min_age`..`max_age`), and up to `max_people` on one sign-up (asked how many)
        "for": Field(one_of("adults", "children"), required=False, default="adults"),
        "min_age": Field("int", required=False),
        "max_age": Field("int", required=False),
        "max_people": Field("positive_int", required=False, default=1),
        "fields": Field(("list", form_field), required=False, default=[]),
        "key": Field("str", required=False),
    }
    return {
        "specialists": Field(("map", specialist), required=False),
        "services": Field(("map", service), required=False),
    }


def build(
    checker: Checker,
    own: dict[str, Any],
    top: dict[str, Any],
    where: Path_,
    places: set[str],
    languages: tuple[str, ...],
) -> Catalogue:
    """An office's catalogue: the top level's, with the office's own merged in by id."""
    specialists: dict[str, Specialist] = {}
    services: dict[str, Service] = {}
    for source, at in ((top, ()), (own, where)):
        for sid, raw in (source.get("specialists") or {}).items():
            if raw is not None:
                specialists[sid] = _specialist(checker, at + ("specialists", sid), sid, raw, places)
        for sid, raw in (source.get("services") or {}).items():
            if raw is not None:
                services[sid] = _service(checker, at + ("services", sid), sid, raw, places)
    catalogue = Catalogue(specialists, services)
    check(checker, catalogue, own, where, languages)
    return catalogue


def _specialist(
    checker: Checker, at: Path_, sid: str, raw: dict[str, Any], places: set[str]
) -> Specialist:
    _check_id(checker, at, sid, "specialist")
    place, remote = raw["place"], raw["remote"]
    if place is None and remote is None:
        checker.error(at, "a specialist needs a `place` or `remote: phone` / `remote: online`")
    if place is not None and place not in places:
        checker.error(
            at + ("place",), f"no place {place!r} under 'places'" + did_you_mean(place, places)
        )
    schedule = []
    for i, rule in enumerate(raw["schedule"] or ()):
        if rule is None:
            continue
        if rule.place and rule.place not in places:
            checker.error(
                at + ("schedule", i, "place"),
                f"no place {rule.place!r} under 'places'" + did_you_mean(rule.place, places),
            )
        schedule.append(rule if rule.place else _with_place(rule, place or ""))
    return Specialist(
        sid,
        raw["name"],
        Texts(raw["role"] or {}),
        place,
        remote,
        raw["visit_minutes"],
        raw["capacity"],
        tuple(schedule),
        tuple(raw["closed_dates"] or ()),
    )


def _with_place(rule: HoursRule, place: str) -> HoursRule:
    return dataclasses.replace(rule, place=place)


def _service(
    checker: Checker, at: Path_, sid: str, raw: dict[str, Any], places: set[str]
) -> Service:
    _check_id(checker, at, sid, "service")
    kind = raw["kind"]
    if raw["place"] is not None and raw["place"] not in places:
        checker.error(
            at + ("place",),
            f"no place {raw['place']!r} under 'places'" + did_you_mean(raw["place"], places),
        )
    # a meeting with a value refused above is left out: the rest is checked all the same
    found = written(raw)
    for meeting, where in found:
        if meeting.start >= meeting.end:
            checker.error(at + where, "a meeting's 'to' must be after its 'from'")
    meetings = [meeting for meeting, _ in found]
    if kind == COURSE:
        if not raw["meetings"] and not raw["series"]:
            checker.error(at, "a course or event needs `meetings:` (dates) or a `series:`")
        if not raw["seats"] and at + ("seats",) not in checker.doc.lines:  # else refused above
            checker.error(at, "a course or event needs `seats:`")
    years = ages(checker, at, raw, kind)
    service_texts(checker, at, raw)
    if (raw["max_people"] or 1) > 1 and kind != COURSE:
        checker.error(at + ("max_people",), "only a course or event has `max_people`")
    if kind == APPOINTMENT and not raw["specialists"]:
        checker.error(at, "an appointment needs `specialists:` (who sees people)")
    if kind == HELP and not raw["fields"]:
        checker.error(at, "a help request needs a form: `fields:`")
    if raw["key"] is not None and (kind != HELP or not SERVICE_ID.fullmatch(raw["key"])):
        checker.error(
            at + ("key",),
            "`key` is a help request's (the same help in other offices): lower-case letters, "
            "digits and _, at most 24 characters",
        )
    fields = []
    for i, spec in enumerate(raw["fields"] or ()):
        if spec is None:
            continue
        if spec["type"] == "choice" and not spec["options"]:
            checker.error(at + ("fields", i, "options"), "a choice needs `options:`")
        options = tuple((key, Texts(dict(labels or {}))) for key, labels in spec["options"].items())
        goes_to = option_places(checker, at + ("fields", i, "options"), spec["options"], places)
        hours = spec["office_hours"]
        # a type refused (`type: hour`) is said at its line: nothing more about it
        if hours is not None and spec["type"] not in ("date", "time", None):
            checker.error(
                at + ("fields", i, "office_hours"), "only a `date` or a `time` has `office_hours`"
            )
        least, most = number_range(checker, at + ("fields", i), spec)
        if spec["spoken"] and spec["type"] not in ("language", None):
            checker.error(at + ("fields", i, "spoken"), "only a `language` is `spoken`")
        fields.append(
            FormField(
                spec["id"],
                spec["type"],
                Texts(spec["label"] or {}),
                spec["required"],
                options,
                office_hours=hours is not False,
                least=least,
                most=most,
                staff_label=Texts(spec["staff_label"]) if spec["staff_label"] else None,
                only_if=spec["only_if"],
                places=tuple(goes_to.items()),
                spoken=spec["spoken"] is True,
            )
        )
        check_only_if(checker, at + ("fields", i), fields[-1], fields[:-1])
    twice(checker, at, raw["fields"] or ())
    return Service(
        id=sid,
        kind=kind,
        title=Texts(raw["title"] or {}),
        description=Texts(raw["description"] or {}),
        keywords={lang: tuple(words) for lang, words in (raw["keywords"] or {}).items()},
        specialists=tuple(raw["specialists"] or ()),
        qualification=raw["qualification"],
        sensitive=raw["sensitive"],
        place=raw["place"],
        level=Texts(raw["level"]) if raw["level"] else None,
        example=Texts(raw["example"]) if raw["example"] else None,
        bring=Texts(raw["bring"]) if raw["bring"] else None,
        languages=served_in(checker, at, raw["languages"] or ()),
        meetings=tuple(sorted(meetings, key=lambda m: (m.day, m.start))),
        seats=raw["seats"] or 0,
        confirm_hours=raw["confirm_hours"],
        for_children=raw["for"] == "children",
        ages=years,
        max_people=raw["max_people"],
        fields=tuple(fields),
        key=raw["key"] if kind == HELP else None,
    )


def _check_id(checker: Checker, at: Path_, sid: str, what: str) -> None:
    if not SERVICE_ID.fullmatch(sid):
        checker.error(
            at,
            f"{what} id {sid!r}: use lower-case letters, digits and _, at most 24 characters "
            "(it goes into buttons)",
        )
