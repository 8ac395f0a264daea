"""An offered time chosen in words while the request waits (tester 40, F6): «давайте краще
15-го, 8го я на роботі» typed under an offer of Tue 8 Dec and Tue 15 Dec, 10:00. The text still
goes to the advisor (nothing typed is lost), and where its first part that names a day (before a
comma; not one with a no: «не 8-го») names the day of exactly one offered time that is still
free, the person gets that time's button, «📅 Book Tue 15 Dec, 10:00?»; where it names several
(«вівторок»: both are Tuesdays), the buttons of those, to choose. A bare number («15») is no day
here: it may be an hour."""

from __future__ import annotations

import datetime as dt
import re

from bot.core import dates
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.core.words import words
from bot.features.appointments.offered import still_free
from bot.features.appointments.times import Free
from bot.features.appointments.views import office_voice
from bot.storage import appointment_requests as requests

_NO = frozenset("не ні нет nie not no".split())
_CLAUSES = re.compile(r"[,;.!?]|\s(?:а|але|но|but|ale)\s")
MOST_WORDS = 3  # a day's name in a clause: «15 грудня», «w środę 16.12», «вівторок»


async def named(turn: Turn, request_id: int, text: str) -> list[Reply]:
    """The offered time(s) `text` names, as buttons to book (none: [])."""
    r = await requests.get(turn.tx, request_id)
    if r is None or r.status != "offered" or r.offer_any or not text:
        return []
    free = await still_free(turn.services, turn.tx, r, turn.now)
    today = turn.local(turn.now).date()
    for clause in _CLAUSES.split(text):
        if _NO & set(words(clause)):
            continue
        days = _days(clause, today)
        chosen = [(i, t) for i, t in free if any(_is(d, turn.local(t.start).date()) for d in days)]
        if chosen:
            return [_offer(turn, r.id, r.office, chosen)]
    return []


def _days(clause: str, today: dt.date) -> list[dates.Day]:
    said = clause.split()
    found = []
    for size in range(1, MOST_WORDS + 1):
        for at in range(len(said) - size + 1):
            window = " ".join(said[at : at + size])
            if window.isdigit():
                continue
            day = dates.read_day(window, today)
            if day is not None and (day.day is not None or day.weekday is not None):
                found.append(day)
    return found


def _is(day: dates.Day, date: dt.date) -> bool:
    return (
        (day.day is None or day.day == date.day)
        and (day.month is None or day.month == date.month)
        and (day.weekday is None or day.weekday == date.weekday())
    )


def _offer(turn: Turn, request_id: int, office: str, chosen: list[tuple[int, Free]]) -> Reply:
    v = office_voice(turn.services, office, turn.lang)
    rows = [[Button(v.short(t.start), f"appt:take:{request_id}:{i}")] for i, t in chosen]
    if len(chosen) == 1:
        return Reply(turn.t("ap_typed_offered_one", time=v.short(chosen[0][1].start)), rows)
    return Reply(turn.t("ap_typed_offered_several"), rows)
