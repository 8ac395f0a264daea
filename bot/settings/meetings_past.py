"""A course's meetings that are over already, as `infopoint check` names them: one written
weeks before the course's next (a wrong year or month: sign-up closed at it for the whole
course)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

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
