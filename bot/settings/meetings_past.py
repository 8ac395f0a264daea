"""A course's meetings that are over already, as `infopoint check` names them: one written
weeks before the course's next (a wrong year or month: sign-up closed at it for the whole
course), and a course running now, its first meeting over (sign-up closed, though it is
listed)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bot.settings.counted import counted
from bot.settings.schema import Checker
from bot.settings.yamldoc import Path_

if TYPE_CHECKING:
    from bot.settings.meetings import Written

PAST_GAP = dt.timedelta(weeks=4)  # a past meeting this long before the next: a typo, likely


def check(checker: Checker, at: Path_, meetings: Written, today: dt.date) -> None:
    """A meeting written under `meetings:` that is over, weeks before the course's next one
    («2026-11-02» for «2027-11-02»): sign-up closes at a course's first meeting, so it closed
    sign-up for the whole course. A warning (a course running since then is fine)."""
    days = sorted(m.day for m, _ in meetings)
    for meeting, where in meetings:
        later = [d for d in days if d > meeting.day]
        if where == ("series",) or meeting.day >= today or not later or later[0] < today:
            continue
        if later[0] - meeting.day >= PAST_GAP:
            checker.warn(
                at + where,
                f"the meeting on {meeting.day:%Y-%m-%d} is in the past, "
                f"{(later[0] - meeting.day).days} days before the next one "
                f"({later[0]:%Y-%m-%d}): sign-up for this course closed at its first "
                "meeting, so nobody can sign up; a wrong year or month? Correct the date, or "
                "remove the meeting",
            )


def started(checker: Checker, at: Path_, meetings: Written, today: dt.date) -> None:
    """A course running now: its first meeting is over and meetings are still to come (tester
    43, F7: a series from 2026-11-04, ten Wednesdays, checked in December). Sign-up closes at a
    course's first meeting, so people see it in /courses and /services, its past meetings too,
    and «sign-up is closed»: a warning at the first meeting (not where `check` named it a
    typo)."""
    if len(meetings) < 2:
        return
    first, where = min(meetings, key=lambda m: (m[0].day, m[0].start))
    coming = sorted(m.day for m, _ in meetings if m.day >= today)
    if first.day >= today or not coming:
        return
    if where != ("series",) and coming[0] - first.day >= PAST_GAP:
        return  # (said by `check`: a wrong year or month, likely)
    left = counted(len(coming), "meeting")
    how = (
        f"write the series from the next meeting (`start: {coming[0]:%Y-%m-%d}`, `count: "
        f"{len(coming)}`)"
        if where == ("series",)
        else "remove the meetings that are over"
    )
    checker.warn(
        at + where,
        f"the course's first meeting ({first.day:%Y-%m-%d}) has passed, so sign-up is closed: "
        f"people see it in /courses and /services with {left} still to come and cannot join. "
        f"If they may still join, {how}; if not, remove it when it ends",
    )
