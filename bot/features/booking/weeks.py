"""/week in the staff chat, this week and the weeks after it (tester 18, item 6): who is coming
to the office (booking/staff.py's `agenda`: every feature's Feature.agenda) seven days at a time.

    /week               today and the 6 days after it
    /week next, +1      the 7 days after those (+2, +3: further on; «następny», «dalej» too)
    /week 15.12         7 days from that day (any day as people type it: «15 grudnia», «wtorek»)

Anything else is refused with a hint, never ignored. Under the list, «‹» and «›» buttons
(week:from:<YYYYMMDD>) show the 7 days before and after it, as a new message: «›» while those
days start within the booking horizon (`booking.horizon_days`: nothing can be booked later),
«‹» while the list does not start today. A duty on a day further ahead is cancelled from it
(«🤒 Odwołaj dyżur») as one within a week.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.core import dates, markup
from bot.core.dispatch import Turn
from bot.core.flows import Handler, Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.words import fold
from bot.features.booking.staff import agenda

WEEK_DAYS = 7
# «/week next» in the staff language and in English (folded): the 7 days after this week's
NEXT_WORDS = frozenset(
    {"next", "nastepny", "nastepne", "nastepna", "kolejny", "kolejne", "dalej", "pozniej"}
)
_AHEAD = re.compile(r"\+\s*(\d{1,2})")  # «+1», «+2»: weeks ahead
_PAYLOAD_DAY = "%Y%m%d"


def _today(turn: Turn) -> dt.date:
    return turn.local(turn.now).date()


def first_day(text: str, today: dt.date) -> dt.date | None:
    """The first of the 7 days `/week <text>` asks for; None: not a week staff can mean."""
    said = " ".join(text.split())
    if not said:
        return today
    folded = fold(said).strip(" .!")
    if folded in NEXT_WORDS:
        return today + dt.timedelta(days=WEEK_DAYS)
    ahead = _AHEAD.fullmatch(folded)
    if ahead:
        return today + dt.timedelta(days=WEEK_DAYS * int(ahead.group(1)))
    day = dates.read_day(said, today)
    return dates.resolve(day, today) if day is not None else None


async def week(turn: Turn) -> Outcome:
    """/week [next | +N | a day]: seven days of the office, or a hint for what it cannot read."""
    said = turn.incoming.args or ""
    today = _today(turn)
    first = first_day(said, today)
    if first is None:
        days = turn.services.t.plural(turn.lang, "days", turn.staff_scope.booking.horizon_days)
        return stay(Reply(turn.t("sb_week_usage", said=markup.literal(said.strip()), days=days)))
    return stay(await _listed(turn, first))


async def from_day(turn: Turn) -> Outcome:
    """week:from:<YYYYMMDD>: «‹» or «›» under a /week list."""
    if len(turn.args) != 1:
        raise Expired("week")
    try:
        first = dt.datetime.strptime(turn.args[0], _PAYLOAD_DAY).date()
    except ValueError:
        raise Expired("week") from None
    return stay(await _listed(turn, first))


async def _listed(turn: Turn, first: dt.date) -> Reply:
    last = first + dt.timedelta(days=WEEK_DAYS - 1)
    reply = await agenda(turn, first, last)
    today = _today(turn)
    step = dt.timedelta(days=WEEK_DAYS)
    row = []
    if first > today:  # (never before today: a week back from a later list)
        back = max(today, first - step)
        row.append(_button(turn, "sb_btn_week_back", back))
    horizon = today + dt.timedelta(days=turn.staff_scope.booking.horizon_days)
    if first + step <= horizon:
        row.append(_button(turn, "sb_btn_week_next", first + step))
    if row:
        reply.buttons.append(row)
    return reply


def _button(turn: Turn, key: str, first: dt.date) -> Button:
    last = first + dt.timedelta(days=WEEK_DAYS - 1)
    fmt = turn.services.t
    label = turn.t(
        key, first=fmt.date(turn.lang, first, "d.MM"), last=fmt.date(turn.lang, last, "d.MM")
    )
    return Button(label, f"week:from:{first:{_PAYLOAD_DAY}}")


BUTTONS: dict[str, Handler] = {"from": from_day}
