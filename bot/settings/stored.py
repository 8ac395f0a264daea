"""The configuration against what the database already holds, before the bot starts.

An office id or a course id is the key of its records: renamed (or removed) in config.yaml,
the records of the old id belong to nothing, and nobody sees them (staff's /requests, the
person's /mybookings). `infopoint check` (when the database file exists) and `infopoint run`
name each such id, with how many open records of each kind and people it has, at the line of
the offices' (or the courses') mapping. Open records are an error (`run` refuses to start: a
deployer who renamed an office by mistake loses nothing); people alone, whose office is gone,
a warning (they are asked to choose their office again). A course with people signed up whose
meetings changed since they were told (every meeting moved, dropped or added: migration 041)
is a warning too (`check` only): the bot tells them once it runs with the config
(bot/features/courses/moved.py). Read only (bot.storage.held)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from pathlib import Path

from bot.settings import yamldoc
from bot.settings.catalogue_model import COURSE
from bot.settings.counted import counted
from bot.settings.model import MAIN, Office, Settings
from bot.settings.yamldoc import Problem
from bot.storage import held as held_store
from bot.storage.course_meetings import Change, Span, changes
from bot.storage.held import PEOPLE, SIGN_UPS, Held, Upcoming

LISTED = 20  # visits and appointments still to come named one by one (the soonest)
RECORDS = (
    held_store.REQUESTS,
    held_store.VISITS,
    held_store.APPOINTMENTS,
    held_store.APPOINTMENT_REQUESTS,
    SIGN_UPS,
)


def problems(settings: Settings, config: Path, *, moved: bool = True) -> list[Problem]:
    """What the database holds that this config lost; `moved`: also the courses whose last
    meeting moved since people signed up. Nothing when the database file does not exist."""
    path = settings.storage_path
    if not path.is_file():
        return []
    now = dt.datetime.now(dt.UTC)
    doc = yamldoc.load(config)
    try:
        found = held_store.read(path, now)
    except sqlite3.Error as exc:
        return [Problem(str(path), None, "", f"the database could not be read ({exc})", True)]
    where = _Where(doc, settings, path)
    ahead = [u for u in held_store.upcoming(path, now) if u.office not in settings.offices]
    out = [*_offices(where, found, ahead), *_courses(where, found)]
    if moved:
        out += _moved(where, found, now)
    return out


class _Where:
    def __init__(self, doc: yamldoc.Document, settings: Settings, database: Path) -> None:
        self.doc, self.settings, self.database = doc, settings, database

    def problem(self, path: tuple[str, ...], message: str, warning: bool) -> Problem:
        while path and path not in self.doc.lines:
            path = path[:-1]
        line = self.doc.lines.get(path)
        return Problem(self.doc.file, line, ".".join(path), message, warning)

    def offices_at(self) -> tuple[str, ...]:
        return ("offices",)

    def courses_at(self, office: Office) -> tuple[str, ...]:
        own = ("offices", office.id, "services")
        return own if own in self.doc.lines else ("services",)


def _offices(where: _Where, found: list[Held], ahead: list[Upcoming]) -> list[Problem]:
    known = where.settings.offices
    gone: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for held in found:
        if held.office not in known and held.count:
            gone[held.office][held.kind] += held.count
    out = []
    names = ", ".join(repr(o) for o in known)
    for office, kinds in sorted(gone.items()):
        records = sum(n for kind, n in kinds.items() if kind != PEOPLE)
        what = _counts(kinds)
        was = (
            " (the one office of a config without `offices:`)"
            if office == MAIN and where.settings.network
            else ""
        )
        head = (
            f"the database ({where.database}) holds {what} of office {office!r}{was}, which "
            f"this config no longer has (its offices: {names})"
        )
        if records:
            message = (
                f"{head}: staff would not see those records and the people would lose them"
                f"{_listed(where, [u for u in ahead if u.office == office])}. "
                f"If the office was renamed, give it back the id {office!r}; to close the "
                "office, keep it in the config until its records are closed or cancelled, "
                "then remove it: in its staff chat, cancel each visit and appointment still "
                "to come (/request D4, then “✖ Cancel this visit” or “✖ Cancel this "
                "appointment”: the person is told, in their language, that it is cancelled), "
                "close its requests (/requests) and its appointment requests (/appointments), "
                "and take the people off its courses' lists (/courses). `infopoint run` does "
                "not start until then"
            )
        else:
            message = (
                f"{head}: they will be asked to choose their office again. If the office "
                f"was renamed, give it back the id {office!r}"
            )
        out.append(where.problem(where.offices_at(), message, warning=not records))
    return out


def _listed(where: _Where, ahead: list[Upcoming]) -> str:
    """«; its visits and appointments still to come, whose people expect them: D4 (2026-12-10
    10:00), S2 (…)» (numbers and times only: no personal data in the deployer's terminal)."""
    if not ahead:
        return ""
    zone = where.settings.timezone
    each = [f"{u.letter}{u.number} ({u.starts_at.astimezone(zone):%Y-%m-%d %H:%M})" for u in ahead]
    more = f", and {len(each) - LISTED} more" if len(each) > LISTED else ""
    return (
        f"; its {counted(len(ahead), 'visit or appointment', 'visits and appointments')} "
        "still to come, whose people expect "
        f"them: {', '.join(each[:LISTED])}{more}"
    )


def _courses(where: _Where, found: list[Held]) -> list[Problem]:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for held in found:
        office = where.settings.offices.get(held.office)
        if held.kind == SIGN_UPS and office is not None:
            if held.course not in _course_ids(office):
                counts[(held.office, held.course)] += held.count
    out = []
    for (office_id, course), n in sorted(counts.items()):
        office = where.settings.offices[office_id]
        ids = ", ".join(repr(c) for c in _course_ids(office)) or "none"
        of = f" of office {office_id!r}" if where.settings.network else ""
        out.append(
            where.problem(
                where.courses_at(office),
                f"the database ({where.database}) holds {counted(n, 'sign-up')} (signed up or "
                "waiting) for "
                f"course {course!r}{of}, which this config no longer has (its courses: "
                f"{ids}): they would not see it in /mybookings, nor staff in /courses. If the "
                f"course was renamed, give it back the id {course!r}; to drop it, keep it "
                "until its last meeting is over, or until staff took everyone off its lists "
                "(/courses). `infopoint run` does not start until then",
                warning=False,
            )
        )
    return out


def _moved(where: _Where, found: list[Held], now: dt.datetime) -> list[Problem]:
    """Courses with people signed up whose meetings changed since they were told (migration
    041: every meeting moved, dropped or added), or, a course the bot has not yet kept the
    meetings of, since they signed up (its last meeting only)."""
    out = []
    zone = where.settings.timezone
    told = held_store.told(where.database)
    by_course: dict[tuple[str, str], dict[dt.datetime, int]] = defaultdict(dict)
    for held in found:
        if held.kind == SIGN_UPS and held.ends_at is not None:
            by_course[(held.office, held.course)][held.ends_at] = held.count
    for (office_id, course_id), ends in sorted(by_course.items()):
        office = where.settings.offices.get(office_id)
        service = office.catalogue.services.get(course_id) if office else None
        if office is None or service is None or not service.meetings:
            continue
        meetings = [
            (dt.datetime.combine(m.day, m.start, zone), dt.datetime.combine(m.day, m.end, zone))
            for m in service.meetings  # (sorted) as bot.features.courses.course
        ]
        of = f"course {course_id!r}" + (
            f" of office {office_id!r}" if where.settings.network else ""
        )
        kept = told.get((office_id, course_id))
        if kept is not None:
            changed = changes(kept, meetings, now)
            if not changed:
                continue
            message = (
                f"{of} has {counted(sum(ends.values()), 'sign-up')} (signed up or waiting), and "
                f"{len(changed)} of its meetings changed since they were told: "
                f"{'; '.join(_change(c, zone) for c in changed)}. When the bot starts with this "
                "config, it tells each of them once, in their language, which meetings changed"
            )
        else:
            last = meetings[-1][1]  # as bot.features.courses.course: ends_at
            before = {e: n for e, n in ends.items() if e != last}
            if not before:
                continue
            was = ", ".join(f"{e.astimezone(zone):%Y-%m-%d %H:%M}" for e in sorted(before))
            message = (
                f"{of} has {counted(sum(before.values()), 'sign-up')} (signed up or waiting) made "
                "when "
                f"its last meeting ended {was}; it now ends {last:%Y-%m-%d %H:%M}: its meetings "
                "changed since they signed up. When the bot starts with this config, it tells "
                "each of them once, in their language, the meetings ahead"
            )
        out.append(where.problem((*where.courses_at(office), course_id), message, warning=True))
    return out


def _change(change: Change, zone: dt.tzinfo) -> str:
    """«2030-01-15 17:00–18:30 moved to 2030-01-16 17:00–18:30», «… dropped», «… added»."""
    was, now = (_span(s, zone) if s else "" for s in (change.was, change.now))
    if was and now:
        return f"{was} moved to {now}"
    return f"{was} dropped" if was else f"{now} added"


def _span(span: Span, zone: dt.tzinfo) -> str:
    start, end = (moment.astimezone(zone) for moment in span)
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"


def _course_ids(office: Office) -> list[str]:
    return [s.id for s in office.catalogue.of_kind(COURSE)]


def _counts(kinds: dict[str, int]) -> str:
    order = [*RECORDS, PEOPLE]
    return ", ".join(f"{kinds[k]} {_kind(k, kinds[k])}" for k in order if kinds.get(k))


def _kind(kind: str, n: int) -> str:
    if kind == PEOPLE:
        return "person" if n == 1 else "people"
    if kind == SIGN_UPS:
        return "sign-up" if n == 1 else "sign-ups"
    return f"open {kind[:-1]}" if n == 1 else f"open {kind}"
