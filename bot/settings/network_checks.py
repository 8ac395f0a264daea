"""Checks across the offices of a network (staff chats, forum topics, place ids) and of one
office's duty rules and opening hours (two at one place at once), named at the offices' own
lines."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from bot.settings import catalogue, network_mistakes
from bot.settings.model import HoursRule, Office
from bot.settings.schema import Checker
from bot.settings.yamldoc import Path_


def duty_overlaps(
    checker: Checker,
    duty: list[HoursRule | None] | None,
    at: Path_,
    what: str = "duty rules",
    place: str = "",
) -> None:
    """Two duty rules at one place at the same time: the hours page would list both and the
    visits of both would be offered. Rules at different places are different desks. `duty` as
    written (a rule refused: None), so that each is named by its own index. The same for
    `opening_hours` (`what`), and a place's own `hours:` (`place`: theirs, not written)."""
    duty = duty or []
    for i, a in enumerate(duty):
        for j, b in enumerate(duty[i + 1 :], start=i + 1):
            if a is not None and b is not None and a.place == b.place and a.overlaps(b):
                checker.error(
                    at + (j,),
                    f"two {what} at {place or a.place!r} overlap on "
                    f"{catalogue.WEEKDAYS[a.weekday]}"
                    f"{_from(a, b)} ({a.start:%H:%M}–{a.end:%H:%M} and "
                    f"{b.start:%H:%M}–{b.end:%H:%M}, the other on line "
                    f"{checker.doc.line(at + (i,))}): make them one rule, or "
                    "end the old one (valid_until) before the new one starts (valid_from)",
                )


def _one_chat(checker: Checker, chat: int, sharing: list[Office]) -> None:
    """Offices sharing a staff chat need each its own topic: one error, at the last wrong."""
    topics = [o.staff_topic_id for o in sharing]  # (a chat of one office: no problem)
    wrong = [o for o in sharing if o.staff_topic_id is None or topics.count(o.staff_topic_id) > 1]
    if len(sharing) < 2 or not wrong:
        return
    line = checker.doc.line
    names = ", ".join(f"{o.id!r} (line {line(('offices', o.id, 'staff'))})" for o in sharing)
    why = ", ".join(repr(o.id) for o in wrong)
    checker.error(
        ("offices", wrong[-1].id, "staff"),
        f"offices {names} share the staff chat {chat}, so each needs its own forum topic "
        f"(staff: topic_id), or its own chat; without one or with the same topic: {why}",
    )


def _from(a: HoursRule, b: HoursRule) -> str:
    """« from 2026-12-29»: the first day both hold, when one starts on a date ("" otherwise)."""
    return f" from {a.first_day_with(b)}" if a.valid_from or b.valid_from else ""


def network(checker: Checker, network: dict[str, Any], offices: dict[str, Office]) -> None:
    """Staff chats, forum topics and place ids, across the offices of a network."""
    by_chat: dict[int, list[Office]] = {}
    for office in offices.values():
        if office.staff_chat_id is None and _refused(checker, office.id):
            continue  # written, and refused where it is (a person's chat): said once
        if office.staff_chat_id is None:
            message = f"office {office.id!r} has no staff chat (staff: chat_id)"
            checker.error(("offices", office.id), message)
            continue
        by_chat.setdefault(office.staff_chat_id, []).append(office)
    for chat, sharing in by_chat.items():
        if not any(network_mistakes.refused_topic(checker, o.id) for o in sharing):
            _one_chat(checker, chat, sharing)
    _place_ids(checker, network, offices)


def _place_ids(checker: Checker, network: dict[str, Any], offices: dict[str, Office]) -> None:
    """One place id, two different places, one of them written by its office itself (places
    both take from the top level are one: an hours rule refused in one office, its places'
    hours left out, makes no difference between them)."""
    owners: dict[str, str] = {}
    for office in offices.values():
        for pid, place in office.places.items():
            other = owners.setdefault(pid, office.id)
            if other == office.id or offices[other].places[pid] == place:
                continue
            wrote = [o for o in (office.id, other) if pid in _own_places(network, o)]
            if wrote:
                checker.error(
                    ("offices", wrote[0], "places", pid),
                    f"place id {pid!r} is also a different place of office "
                    f"{other if wrote[0] == office.id else office.id!r}: give each its own id",
                )


def _own_places(network: dict[str, Any], office: str) -> dict[str, Any]:
    return (network.get(office) or {}).get("places") or {}


def _refused(checker: Checker, office_id: str) -> bool:
    """The office's `chat_id` (its own, or the top level's) was written and refused (or
    written beside `staff:`, not under it, or under another block: `organisation:`)."""
    own = f"offices.{office_id}."
    return any(
        p.key.endswith(".chat_id") and (p.key.startswith(own) or p.key.count(".") == 1)
        for p in checker.errors
        if not p.key.startswith("coordinators.")
    )


def ended_duty(
    checker: Checker, network: dict[str, Any], offices: dict[str, Office], zone: ZoneInfo
) -> None:
    """Duty rules that all ended (`valid_until` in the past, often a year mistyped): nothing
    can be booked, the hours page shows no duty; a warning, as for a course that is over."""
    today = dt.datetime.now(zone).date()
    for office in offices.values():
        ends = [rule.valid_until for rule in office.duty]
        if not ends or any(end is None or end >= today for end in ends):
            continue
        own = (network.get(office.id) or {}).get("duty") is not None
        whose = f" of office {office.id!r}" if network else ""
        seen = (  # (an office whose specialists still see people: «Book a visit» lists them)
            "only the specialists can be booked («Book a visit» and /book list them)"
            if office.catalogue.bookable(today)
            else "nothing can be booked (people see no «Book a visit», /book says visits cannot "
            "be booked now)"
        )
        checker.warn(
            ("offices", office.id, "duty") if own else ("duty",),
            f"every duty rule{whose} has ended (the last on {max(e for e in ends if e)}): "
            f"{seen} and /contact shows no duty hours; "
            "give the rules a valid_until still to come (the year mistyped?) or remove them",
        )


def ended_schedules(
    checker: Checker, network: dict[str, Any], offices: dict[str, Office], zone: ZoneInfo
) -> None:
    """A specialist whose schedule rules all ended (`valid_until` in the past): nobody can
    book them; said once per specialist (an id is one person across offices), at the
    `schedule:` written, naming the services that lose them."""
    today = dt.datetime.now(zone).date()
    said: set[Path_] = set()
    for office in offices.values():
        own = (network.get(office.id) or {}).get("specialists") or {}
        for sid, person in office.catalogue.specialists.items():
            ends = [rule.valid_until for rule in person.schedule]
            if not ends or any(end is None or end >= today for end in ends):
                continue
            at: Path_ = ("specialists", sid, "schedule")
            at = ("offices", office.id, *at) if sid in own else at
            if at in said:
                continue
            said.add(at)
            uses = [s.id for s in office.catalogue.services.values() if sid in s.specialists]
            named = ", ".join(repr(u) for u in uses)
            pages = "its page offers" if len(uses) == 1 else "their pages offer"
            checker.warn(
                at,
                f"every schedule rule of specialist {sid!r} has ended (the last on "
                f"{max(e for e in ends if e)}): nobody can book an appointment with them"
                + (f" ({named}: {pages} a callback instead)" if uses else "")
                + "; give the rules a valid_until still to come (the year mistyped?) or "
                "remove them",
            )
