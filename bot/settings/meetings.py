"""The meetings of courses and events, as written (`meetings:` and `series:`) and checked
against the calendar: the same meeting written twice, or two of one course overlapping on
one day, is an error (people would see it twice,
be reminded of it twice, and staff could not tell the two apart when marking attendance, which
goes by the day); a meeting on a Polish public holiday, or outside its place's `hours:`
(else the office's `opening_hours` there), is a warning (it may be meant: a celebration on a
holiday, a course in the evening). So is a weekly rule people book by (`duty:`, a
specialist's `schedule:`) on a day or at hours its place is closed.

A past meeting weeks before the course's next one (a wrong year) is a warning: sign-up closed
at it. A series whose `start` is not its `weekday` is a warning too: it begins on the first such day
after `start`, three weeks late when `start` was a typo. Only meetings from today on are
warned about. The holidays are looked up only when asked
(`infopoint check`): `infopoint run` keeps the holidays library out of its process
(bot.core.public_holidays)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.settings import meetings_past as past
from bot.settings.catalogue_model import COURSE, Meeting
from bot.settings.counted import agrees, counted
from bot.settings.schema import Checker
from bot.settings.yamldoc import Path_

if TYPE_CHECKING:  # model.py imports catalogue.py, which imports this module
    from bot.settings.model import HoursRule, Office, Place

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
Written = list[tuple[Meeting, Path_]]  # each meeting, and where it is written (below the service)
Holidays = Callable[[Iterable[int]], frozenset[dt.date]]


def of_series(series: dict[str, Any]) -> list[Meeting]:
    """`series: {weekday, from, to, start, count}`: `count` weeks from the first such weekday
    on or after `start` (its weekday is one of WEEKDAYS: the schema refused anything else)."""
    first = series["start"]
    while first.weekday() != WEEKDAYS.index(series["weekday"]):
        first += dt.timedelta(days=1)
    return [
        Meeting(first + dt.timedelta(weeks=n), series["from"], series["to"])
        for n in range(series["count"])
    ]


def written(raw: dict[str, Any]) -> Written:
    """A checked service's meetings with where each is written: `meetings[i]`, or its series."""
    found: Written = [
        (Meeting(m["date"], m["from"], m["to"]), ("meetings", i))
        for i, m in enumerate(raw.get("meetings") or ())
        if m and None not in (m["date"], m["from"], m["to"])
    ]
    series = raw.get("series")
    if series and None not in series.values():
        found += [(meeting, ("series",)) for meeting in of_series(series)]
    return found


def check(
    checker: Checker,
    data: dict[str, Any],
    offices: dict[str, Office],
    zone: ZoneInfo,
    holidays: Holidays | None = None,
) -> None:
    """Every office's courses and events (a top-level one once per office that has it: the same
    problem is named once). `holidays`: the public holidays of some years, or None: not looked
    up."""
    network = data.get("offices") or {}
    today = dt.datetime.now(zone).date()
    for office in offices.values():
        own = (network.get(office.id) or {}).get("services") or {}
        for service in office.catalogue.of_kind(COURSE):
            mine = service.id in own
            raw = (own if mine else data.get("services") or {}).get(service.id) or {}
            at: Path_ = ("services", service.id)
            at = ("offices", office.id, *at) if mine else at
            meetings = written(raw)
            _twice(checker, at, meetings)
            _overlapping(checker, at, meetings)
            past.check(checker, at, meetings, today)
            past.started(checker, at, meetings, today)
            _shifted_start(checker, at, raw.get("series"), today)
            coming = [(m, where) for m, where in meetings if m.day >= today]
            if holidays is not None and coming:
                days = holidays({m.day.year for m, _ in coming})
                _warn(checker, at, [(m, w, _holiday) for m, w in coming if m.day in days])
            place = office.places.get(service.place or "")
            if place is not None:
                late = [(m, w, _hours(office, place, m)) for m, w in coming]
                _warn(checker, at, [(m, w, why) for m, w, why in late if why])


def _twice(checker: Checker, at: Path_, meetings: Written) -> None:
    first: dict[tuple[dt.date, dt.time], Path_] = {}
    for meeting, where in meetings:
        other = first.setdefault((meeting.day, meeting.start), where)
        if other is where:
            continue
        also = checker.doc.line(at + other)
        checker.error(
            at + where,
            f"the meeting on {meeting.day:%Y-%m-%d} at {meeting.start:%H:%M} is written twice "
            f"(also on line {also}"
            + (", by the series" if other == ("series",) else "")
            + "): people would see it twice and be reminded of it twice; keep one",
        )


def _overlapping(checker: Checker, at: Path_, meetings: Written) -> None:
    """Two meetings of one course on one day whose times overlap (not the same start: _twice):
    people would be told of two meetings at once; an error at the later one written."""
    for i, (meeting, where) in enumerate(meetings):
        for other, there in meetings[:i]:
            if other.day != meeting.day or other.start == meeting.start:
                continue
            if meeting.start < other.end and other.start < meeting.end:
                checker.error(
                    at + where,
                    f"the meeting on {meeting.day:%Y-%m-%d} {meeting.start:%H:%M}–"
                    f"{meeting.end:%H:%M} overlaps the one at {other.start:%H:%M}–"
                    f"{other.end:%H:%M} (line {checker.doc.line(at + there)}): one course "
                    "meets once at a time; correct the times or keep one",
                )
                break


def _shifted_start(checker: Checker, at: Path_, series: Any, today: dt.date) -> None:
    """A series whose `start` is not its `weekday` begins on the first such day after it, as
    documented; but it is as often a typo («2027-01-31» for «2027-01-13»): a warning, while
    the series has meetings to come."""
    if not series or None in series.values():
        return
    found = of_series(series)
    start = series["start"]
    if not found or found[0].day == start or found[-1].day < today:
        return
    first = found[0].day
    day = _day(found[0])
    checker.warn(
        at + ("series", "start"),
        f"start {start:%Y-%m-%d} is a {WEEKDAYS[start.weekday()].capitalize()}, not a {day}: "
        f"the first meeting will be on {day} {first.day} {MONTHS[first.month - 1]} "
        f"{first.year}; write the first meeting's own date as `start`",
    )


MONTHS = tuple(
    "January February March April May June July August September October November December".split()
)
_holiday = "falls on a Polish public holiday"


def _hours(office: Office, place: Place, meeting: Meeting) -> str:
    """Why the place is not open for the whole meeting ("": it is, or its hours are not
    known): its `hours:`, else the office's `opening_hours` there, as for weekly rules."""
    known, whose = place.hours, "its `hours:`"
    if not known:
        known = tuple(r for r in office.opening_hours if r.place == place.id)
        whose = "the `opening_hours` there"
    if not known:
        return ""
    rules = [r for r in known if r.applies(meeting.day)]
    name = f"place {place.id!r}"
    if not rules:
        return f"is on a {_day(meeting)}, when {name} is closed ({whose}: {_week(known)})"
    if _covered(rules, meeting.start, meeting.end):
        return ""
    open_ = ", ".join(f"{r.start:%H:%M}–{r.end:%H:%M}" for r in sorted(rules, key=_start))
    return f"is outside the hours of {name} (on {_day(meeting)}s {open_}; {whose})"


def _day(meeting: Meeting) -> str:
    return WEEKDAYS[meeting.day.weekday()].capitalize()


def _start(rule: HoursRule) -> dt.time:
    return rule.start


def _covered(rules: list[HoursRule], start: dt.time, end: dt.time) -> bool:
    """Open from `start` to `end`, across rules that follow on from each other."""
    reach = start
    for rule in sorted(rules, key=_start):
        if rule.start <= reach < rule.end:
            reach = rule.end
    return reach >= end


def _warn(checker: Checker, at: Path_, found: list[tuple[Meeting, Path_, str]]) -> None:
    """One warning for each meeting of `meetings:`, one for all those of a series."""
    series: dict[str, list[Meeting]] = {}
    for meeting, where, why in found:
        if where == ("series",):
            series.setdefault(why, []).append(meeting)
            continue
        checker.warn(
            at + where,
            f"the meeting on {_when(meeting)} {why}: people may find the door closed; move "
            "it, or keep it if that is meant",
        )
    for why, meetings in series.items():
        checker.warn(
            at + ("series",),
            f"{counted(len(meetings), 'meeting')} of the series {agrees(len(meetings), why)}: "
            + ", ".join(_when(m) for m in meetings)
            + "; to move or leave out one, write the meetings one by one under `meetings:` "
            "instead",
        )


def _when(meeting: Meeting) -> str:
    return f"{_day(meeting)[:3]} {meeting.day:%Y-%m-%d} {meeting.start:%H:%M}–{meeting.end:%H:%M}"


def weekly(
    checker: Checker, data: dict[str, Any], offices: dict[str, Office], zone: ZoneInfo
) -> None:
    """Duty rules and specialists' schedule rules (not over yet) against their place's hours,
    each named where it is written (a top-level one once: the same warning is kept once)."""
    network = data.get("offices") or {}
    today = dt.datetime.now(zone).date()
    for office in offices.values():
        own = network.get(office.id) or {}
        where: Path_ = ("offices", office.id) if network else ()
        mine = own.get("duty") is not None
        at: Path_ = where + ("duty",) if mine else ("duty",)
        for i, rule in enumerate((own if mine else data).get("duty") or ()):
            if rule is not None:
                _rule(checker, at + (i,), rule, office, "duty rule", "visits", today)
        for sid, specialist in office.catalogue.specialists.items():
            mine = sid in (own.get("specialists") or {})
            raw = ((own if mine else data).get("specialists") or {}).get(sid) or {}
            at = (where if mine else ()) + ("specialists", sid, "schedule")
            what = f"schedule rule of {sid!r}"
            for i, rule in enumerate(raw.get("schedule") or ()):
                if rule is not None and (rule.place or specialist.place):
                    rule = dataclasses.replace(rule, place=rule.place or specialist.place)
                    _rule(checker, at + (i,), rule, office, what, "appointments", today)


def _rule(
    checker: Checker,
    at: Path_,
    rule: HoursRule,
    office: Office,
    what: str,
    booked: str,
    today: dt.date,
) -> None:
    place = office.places.get(rule.place)
    if place is None or (rule.valid_until is not None and rule.valid_until < today):
        return
    known, whose = place.hours, "its `hours:`"
    if not known:
        known = tuple(r for r in office.opening_hours if r.place == place.id)
        whose = "the `opening_hours` there"
    if not known:
        return
    rules = [r for r in known if r.weekday == rule.weekday and _meet(r, rule)]
    day = WEEKDAYS[rule.weekday].capitalize()
    if not rules:
        why = f"is on {day}s, when place {place.id!r} is closed"
    elif _covered(rules, rule.start, rule.end):
        return
    else:
        why = f"is outside the hours of place {place.id!r} on {day}s"
    week = _week(known)
    checker.warn(
        at,
        f"the {what} {day} {rule.start:%H:%M}–{rule.end:%H:%M} {why} ({whose}: {week}): "
        f"people could book {booked} when the door is closed; move the rule, or keep it if "
        "that is meant",
    )


def _week(known: tuple[HoursRule, ...]) -> str:
    """«Mon 08:00–16:00, Wed 08:00–18:00»: a place's week (every rule, whatever its dates)."""
    return ", ".join(
        f"{WEEKDAYS[r.weekday][:3].capitalize()} {r.start:%H:%M}–{r.end:%H:%M}"
        for r in sorted(known, key=lambda r: (r.weekday, r.start))
    )


def _meet(a: HoursRule, b: HoursRule) -> bool:
    """The two rules' validity dates meet."""
    near, far = dt.date.min, dt.date.max
    return (a.valid_from or near) <= (b.valid_until or far) and (b.valid_from or near) <= (
        a.valid_until or far
    )
