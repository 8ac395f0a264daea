"""The offices of a deployment: one for a plain config.yaml, or a network's `offices:`.

Each office's keys are optional: what it leaves out it inherits from the top level (places are
merged by id, every other key is replaced as a whole). Errors name the office's own lines.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from bot.settings import (
    catalogue,
    checks,
    copied,
    inherited,
    network_checks,
    network_mistakes,
    shared,
)
from bot.settings.allowed import one_of
from bot.settings.model import (
    LANGUAGES,
    MAIN,
    RETENTION_DAYS,
    BookingSettings,
    HoursRule,
    LocalName,
    Office,
    Organisation,
    Place,
)
from bot.settings.schema import Checker, Field, did_you_mean
from bot.settings.yamldoc import Path_

PLACE_ID = re.compile(r"[a-z][a-z0-9_]{0,23}")
# an office id goes into links (t.me/<bot>?start=<id>) and buttons
OFFICE_ID = re.compile(r"[a-z][a-z0-9_]{0,23}")
OFFICE_KEYS = (
    "organisation",
    "places",
    "duty",
    "opening_hours",
    "staff",
    "local",
    "booking",
)


def _text_or(labels: Any) -> Any:
    """A text the same in every language, or a map of language -> text (checked as `labels`)."""

    def check(checker: Checker, value: Any, path: Path_) -> Any:
        if isinstance(value, dict):
            texts = labels(checker, value, path)
            if texts is not None and "pl" not in texts:
                checker.error(path, "a text per language needs at least `pl`")
            return texts
        return checker.check(value, "str", path)

    return check


def _main(value: str | dict[str, str] | None) -> str | None:
    """The one text, or the Polish one of a text per language."""
    return value.get("pl") if isinstance(value, dict) else value


def office_schema(hours: Any, labels: Any, local_name: Any, rule: Any) -> dict[str, Field]:
    """The keys an office may have (at the top level of config.yaml too): all optional here;
    whether an office ends up with what it needs is checked once they are merged."""
    return {
        "organisation": Field(
            {
                "name": Field("str"),
                "administrator": Field("str"),
                "phone": Field(checks.office_phone),
                "email": Field(checks.office_email),
                "website": Field("https", required=False),
            },
            required=False,
        ),
        "places": Field(
            (
                "map",
                {
                    "name": Field("str"),
                    # one text, or one per language (a note in Polish is no use in uk)
                    "address": Field(_text_or(labels)),
                    "desk": Field(_text_or(labels), required=False),
                    "map_url": Field("https", required=False),
                    "label": Field(labels, required=False, default={}),
                    # the place's own weekly hours, where people are accompanied there
                    "hours": Field(("list", rule), required=False, default=[]),
                },
            ),
            required=False,
        ),
        "duty": Field(("list", hours), required=False),
        # whose duty hours are booked ("Integration assistants"), per language; by default
        # the texts' "Intercultural assistant"
        "duty_title": Field(labels, required=False),
        "opening_hours": Field(("list", hours), required=False),
        "staff": Field(
            {
                "chat_id": Field(checks.group_chat, required=False),
                "topic_id": Field(network_mistakes.topic_id, required=False),
                "language": Field(one_of(*LANGUAGES), required=False),
                # how long this office's personal data of closed records is kept
                "retention_days": Field("positive_int", required=False),
            },
            required=False,
        ),
        "local": Field(("map", local_name), required=False),
        **catalogue.schema(labels, rule),
        "booking": Field(
            {
                "visit_minutes": Field("positive_int", required=False, default=15),
                "capacity": Field("positive_int", required=False, default=1),
                "horizon_days": Field("positive_int", required=False, default=21),
                "min_notice_minutes": Field("int", required=False, default=120),
                "max_future_visits": Field("positive_int", required=False, default=2),
                "closed_dates": Field(("list", "date"), required=False, default=[]),
            },
            required=False,
        ),
    }


def network_schema(hours: Any, labels: Any, local_name: Any, rule: Any) -> dict[str, Field]:
    """`offices:`, and `shared:`: what of the top level every office takes on purpose
    (inherited.py)."""
    office = {
        "name": Field("str", required=False),
        "label": Field(labels, required=False, default={}),
        "location": Field(checks.location, required=False),
        "towns": Field(("list", checks.area_town(local_name)), required=False, default=[]),
        **office_schema(hours, labels, local_name, rule),
    }
    return {
        "offices": Field(("map", office), required=False),
        "shared": Field(("list", "str"), required=False, default=[]),
    }


def build(
    checker: Checker,
    data: dict[str, Any],
    base: Path,
    content_dir: Path,
    languages: tuple[str, ...] = (),
) -> dict[str, Office]:
    """The offices, from the checked top level and `offices:` (which may be absent)."""
    network = data.get("offices") or {}
    if not network:
        shared.read(checker, data, network)  # (one office: `shared:` said to mean nothing)
        office = _office(checker, MAIN, {}, data, (), base, None, languages)
        return {MAIN: office} if office else {}
    offices: dict[str, Office] = {}
    for office_id, own in network.items():
        where: Path_ = ("offices", office_id)
        if not OFFICE_ID.fullmatch(str(office_id)):
            checker.error(
                where,
                f"office id {office_id!r}: use lower-case letters, digits and _, at most 24 "
                "characters (it goes into links such as t.me/<bot>?start=<id>)",
            )
            continue
        office_dir = content_dir / "offices" / str(office_id)
        built = _office(
            checker, str(office_id), own or {}, data, where, base, office_dir, languages
        )
        if built:
            offices[str(office_id)] = built
    network_checks.network(checker, network, offices)
    network_mistakes.check(checker, network, offices)
    copied.check(checker, network, offices)
    inherited.check(checker, data, network, offices)
    checks.one_person_per_specialist(checker, network, offices)
    return offices


def _office(
    checker: Checker,
    office_id: str,
    own: dict[str, Any],
    top: dict[str, Any],
    where: Path_,
    base: Path,
    content: Path | None,
    languages: tuple[str, ...],
) -> Office | None:
    def pick(key: str) -> tuple[Any, Path_]:
        if own.get(key) is not None:
            return own[key], where + (key,)
        return top.get(key), (key,)

    organisation, org_at = pick("organisation")
    if organisation is None:
        checker.error(where or ("organisation",), "no `organisation:` for this office")
        return None
    places_raw = {**(top.get("places") or {}), **(own.get("places") or {})}
    places = {
        pid: Place(
            pid,
            p["name"],
            _main(p["address"]) or "",
            _main(p["desk"]),
            p["map_url"],
            p["label"] or {},
            tuple(dataclasses.replace(r, place=pid) for r in p["hours"] or () if r is not None),
            p["address"] if isinstance(p["address"], dict) else {},
            p["desk"] if isinstance(p["desk"], dict) else {},
        )
        for pid, p in places_raw.items()
        if p is not None
    }
    for pid in places:
        if not PLACE_ID.fullmatch(pid):
            at = where + ("places", pid) if pid in (own.get("places") or {}) else ("places", pid)
            checker.error(
                at,
                f"place id {pid!r}: use lower-case letters, digits and _, at most 24 characters "
                "(it goes into buttons, which Telegram limits to 64 bytes)",
            )
    rules: dict[str, tuple[HoursRule, ...]] = {}
    # places whose hours have a rule refused (to before from, 8.00): their hours are left out
    # of the checks across keys, which would else call that day closed («closed on Tuesdays»)
    unsure = {pid for pid, p in places_raw.items() if None in ((p or {}).get("hours") or ())}
    for section in ("duty", "opening_hours"):
        found, at = pick(section)
        rules[section] = tuple(r for r in found or () if r is not None)
        for i, rule in enumerate(found or ()):  # a rule refused (25:00): its place as written
            place = rule.place if rule is not None else checker.doc.raw.get(at + (i, "place"))
            if rule is None and section == "opening_hours":
                unsure |= {place} if place in places else set(places)
            if place is not None and place not in places:
                checker.error(
                    at + (i, "place"),
                    f"no place {place!r} under 'places'" + did_you_mean(place, places),
                )
    network_checks.duty_overlaps(checker, *pick("duty"))
    network_checks.duty_overlaps(checker, *pick("opening_hours"), "opening_hours rules")
    for pid, p in places_raw.items():
        at = where + ("places", pid) if pid in (own.get("places") or {}) else ("places", pid)
        hours = (p or {}).get("hours")
        network_checks.duty_overlaps(checker, hours, at + ("hours",), "hours rules", pid)
    for pid in unsure:  # (an office with an error is never run: only checked)
        places[pid] = dataclasses.replace(places[pid], hours=())
    opening = tuple(r for r in rules["opening_hours"] if r.place not in unsure)
    staff = {**(top.get("staff") or {}), **_given(own.get("staff"))}
    booking = own.get("booking") or top.get("booking") or {}
    local_raw = {**(top.get("local") or {}), **(own.get("local") or {})}
    location = own.get("location")
    duty_title, _ = pick("duty_title")
    local = {k: v for k, v in local_raw.items() if isinstance(v, LocalName)}
    # an office without a name of its own (a config without `offices:`) is called what its
    # organisation is, as each language reads it (`local: org_name`), not the bare Polish name
    own_org = local.get("org_name") if not own.get("name") and not own.get("label") else None
    return Office(
        id=office_id,
        name=own.get("name") or (own_org.name if own_org else organisation["name"]),
        labels=own.get("label") or (dict(own_org.labels) if own_org else {}),
        organisation=Organisation(**organisation),
        places=places,
        duty=rules["duty"],
        opening_hours=opening,
        staff_chat_id=staff.get("chat_id"),
        staff_topic_id=staff.get("topic_id"),
        staff_language=staff.get("language") or "pl",
        retention_days=staff.get("retention_days") or RETENTION_DAYS,
        booking=BookingSettings(
            visit_minutes=booking.get("visit_minutes", 15),
            capacity=booking.get("capacity", 1),
            horizon_days=booking.get("horizon_days", 21),
            min_notice_minutes=booking.get("min_notice_minutes", 120),
            max_future_visits=booking.get("max_future_visits", 2),
            closed_dates=tuple(booking.get("closed_dates") or ()),
        ),
        local=local,
        location=(location["lat"], location["lon"]) if location else None,
        towns=tuple(town for town in own.get("towns") or () if town is not None),
        duty_titles=dict(duty_title or {}),
        content_dir=content,
        catalogue=catalogue.build(checker, own, top, where, set(places), languages),
        local_at=_local_at(
            checker, where + ("local",) if own.get("local") else where or ("local",)
        ),
    )


def _local_at(checker: Checker, at: Path_) -> tuple[int | None, str]:
    return checker.doc.line(at), ".".join(str(part) for part in at)


def _given(section: dict[str, Any] | None) -> dict[str, Any]:
    """The keys an office wrote itself (a key it left out inherits the top level's)."""
    return {k: v for k, v in (section or {}).items() if v is not None}
