"""A person who already has an upcoming visit at this office and books again (/book, «📅 Book a
visit»): told so first («📅 You already have a visit: Tue 15 Dec, 14:00 …»), with «🕒 Move: …»
for each (move.py), «✅ Keep it» (nothing changes), and, while the office's
`booking.max_future_visits` allows another, «➕ Book another visit» (booking:another), which
goes on to the places and days as before. At the times of a day, a time typed that is their own
visit is said to be theirs («14:00 is your own visit»), not «not free». As an appointment's
service says «you already have one» (appointments: held_for).
"""

from __future__ import annotations

import datetime as dt

from bot.core import markup, when
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, end
from bot.core.messages import Button, Reply
from bot.core.turn import subject_of
from bot.features.booking.replies import FLOW, draft
from bot.features.booking.views import voice
from bot.features.menu import main_menu, nav_row
from bot.storage import bookings as store


async def here(turn: Turn) -> list[store.Booking]:
    """The person's upcoming visits at this office."""
    every = await store.upcoming_for(
        turn.tx, turn.incoming.channel, turn.incoming.user_id, turn.now
    )
    return [b for b in every if b.office == turn.office.id]


def asked_before(turn: Turn) -> bool:
    """Whether the person, told of their visit, chose to book another (kept while they go back
    and forth in this booking)."""
    return turn.session.flow == FLOW and draft(turn).another


def notice(turn: Turn, held: list[store.Booking], every: int) -> Outcome:
    """The person's visits here (of `every` they hold), each with «🕒 Move»; «➕ Book another
    visit» while they may hold one more, else the limit said."""
    v = voice(turn)
    lines = [f"• {v.when(b.starts_at)} — {markup.literal(v.place_label(b.place))}" for b in held]
    limit = turn.office.booking.max_future_visits
    one = len(held) == 1
    if every >= limit:
        head, question = turn.t("bk_limit", count=limit), ""
    else:
        head = turn.t("bk_have_visit" if one else "bk_have_visits")
        question = turn.t("bk_have_question" if one else "bk_have_question_several")
    text = "\n".join([head, *lines]) + (f"\n\n{question}" if question else "")
    rows = []
    for b in held:
        when = f"{v.day(b.starts_at.astimezone(v.zone).date())}, {v.time(b.starts_at)}"
        rows.append([Button(turn.t("bk_btn_move_visit", when=when), f"booking:move:{b.id}")])
    if every >= limit:
        rows.append([Button(turn.t("bk_btn_my"), "booking:mine")])
    else:
        rows.append(
            [Button(turn.t("bk_btn_keep_visit" if one else "bk_btn_keep_visits"), "booking:keep")]
        )
        rows.append([Button(turn.t("bk_btn_another"), "booking:another")])
    rows.append(nav_row(turn, None))
    return end(Reply(text, rows, replace=True))


async def keep(turn: Turn) -> Outcome:
    """booking:keep: nothing changes."""
    return end(main_menu(turn, turn.t("bk_kept")))


def own_time(turn: Turn, held: list[store.Booking]) -> str | None:
    """At a day's times, a time typed that is one of the person's own visits: that it is
    theirs (None: it is not)."""
    current = draft(turn)
    time = when.at(turn.incoming.text or "", hour_alone=False)
    if turn.session.step != "time" or not current.day or time is None:
        return None
    day = dt.datetime.strptime(current.day, "%Y%m%d").date()
    zone = turn.settings.timezone
    for b in held:
        local = b.starts_at.astimezone(zone)
        if b.place == current.place and local.date() == day and local.time() == time:
            return turn.t("bk_own_time", time=f"{time:%H:%M}", when=voice(turn).when(b.starts_at))
    return None


async def first(turn: Turn) -> Outcome | None:
    """Before a new booking: the person's visits at this office, if they have any and did not
    choose to book another already (None: go on)."""
    if asked_before(turn):
        return None
    every = await store.upcoming_for(
        turn.tx, turn.incoming.channel, turn.incoming.user_id, turn.now
    )
    mine = [b for b in every if b.office == turn.office.id]
    if not mine:
        return None
    return notice(turn, mine, len(every))


async def topic_of_cancelled(turn: Turn, visit: str) -> None:
    """A time taken from those offered instead of a visit of theirs staff cancelled: that
    visit's topic, description and language go with it."""
    old = await store.get(turn.tx, int(visit)) if visit.isdigit() else None
    mine = old is not None and subject_of(old.channel, old.user_id) == turn.subject
    if old is not None and mine and old.cancelled_by == "staff":
        draft(turn).topic, draft(turn).description = old.topic, old.description
        draft(turn).note = old.note  # (what they typed for staff: still about the matter)
        draft(turn).visit_language = old.visit_language  # on the summary: language.py
