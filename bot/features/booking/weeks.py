"""/week in the staff chat, this week and the weeks after it (tester 18, item 6): who is coming
to the office (booking/staff.py's `agenda`: every feature's Feature.agenda) seven days at a time.

    /week               this week, Monday to Sunday (on a Sunday: the coming week)
    /week next, +1      the 7 days after those (+2, +3: further on; «następny», «dalej» too)
    /week 15.12         the week of that day, Monday to Sunday (any day as people type it:
                        «15 grudnia», «wtorek»)

Anything else is refused with a hint, never ignored. Under the list, «‹» and «›» buttons
(week:from:<YYYYMMDD>) show exactly the 7 days before and after it, as a new message, within the
booking horizon (`booking.horizon_days`). The reading of the argument and the buttons are
bot.core.weeks, shared with /appointments. A duty on a day further ahead is cancelled from it
(«🤒 Odwołaj dyżur») as one within a week.
"""

from __future__ import annotations

import datetime as dt

from bot.core import markup, weeks
from bot.core.dispatch import Turn
from bot.core.flows import Handler, Outcome, stay
from bot.core.messages import Reply
from bot.features.booking import network
from bot.features.booking.staff import agenda

GROUP = "week"


async def week(turn: Turn) -> Outcome:
    """/week [next | +N | a day]: seven days of the office, or a hint for what it cannot read."""
    said = turn.incoming.args or ""
    first = weeks.first_day(said, weeks.today(turn))
    if first is None:
        days = turn.services.t.plural(turn.lang, "days", network.horizon(turn))
        why = weeks.no_such_day(turn, said)
        said = markup.literal(said.strip())
        return stay(Reply(why or turn.t("sb_week_usage", said=said, days=days)))
    return stay(await _listed(turn, first))


async def from_day(turn: Turn) -> Outcome:
    """week:from:<YYYYMMDD>: «‹» or «›» under a /week list."""
    return stay(await _listed(turn, weeks.from_payload(turn, GROUP)))


async def _listed(turn: Turn, first: dt.date) -> Reply:
    reply = await agenda(turn, first, weeks.last_day(first))
    row = weeks.paging(turn, first, network.horizon(turn), GROUP)
    if row:
        reply.buttons.append(row)
    return reply


BUTTONS: dict[str, Handler] = {"from": from_day}
