"""Booking a visit: place -> day -> time -> topic -> name and phone (shared step) -> confirm.

Payloads (all "bk:..."): p:<place>, d:<place>:<YYYYMMDD local day>, t:<place>:<UTC key>,
tp:<topic>, ok:<token>, no. Only free, future slots are ever offered; whatever is pressed is
checked again on arrival, and the database has the last word on capacity (migration 003).
What each step shows is in booking_flow.py, confirming in booking_confirm.py, /mybookings and
cancelling in booking_mine.py, the staff side in booking_staff.py.
"""

from __future__ import annotations

import datetime as dt

from bot import schedule
from bot.core.dispatch import Router, Turn
from bot.core.messages import Expired, Reply
from bot.handlers import booking_mine, booking_staff, personal
from bot.handlers.booking_confirm import confirm
from bot.handlers.booking_flow import (
    FLOW,
    after_slot,
    begin,
    day_choice,
    ensure_flow,
    offer,
    summary,
    taken_reply,
    time_choice,
    topic_choice,
)
from bot.handlers.booking_views import topic_ids
from bot.handlers.menu import main_menu

# --- payload steps --------------------------------------------------------------------------


async def on_place(turn: Turn, args: list[str]) -> list[Reply]:
    if len(args) != 1 or args[0] not in turn.settings.places:
        raise Expired("bk:p")
    free, held = await offer(turn)
    if not any(s.place == args[0] for s in free):
        return await begin(turn)  # full meanwhile: show what is still free
    return [day_choice(turn, args[0], free)]


def _day_arg(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        raise Expired(text) from None


async def on_day(turn: Turn, args: list[str]) -> list[Reply]:
    if len(args) != 2 or args[0] not in turn.settings.places:
        raise Expired("bk:d")
    place, day = args[0], _day_arg(args[1])
    free, _ = await offer(turn)
    zone = turn.settings.timezone
    slots = [s for s in free if s.place == place and s.local_day(zone) == day]
    if not slots:
        if not any(s.place == place for s in free):
            return await begin(turn)
        return [day_choice(turn, place, free, turn.t("bk_day_full"))]
    return [time_choice(turn, place, day, slots)]


async def on_time(turn: Turn, args: list[str]) -> list[Reply]:
    start = schedule.parse_key(args[1]) if len(args) == 2 else None
    if start is None or args[0] not in turn.settings.places:
        raise Expired("bk:t")
    place = args[0]
    free, held = await offer(turn)
    slot = next((s for s in free if s.place == place and s.start == start), None)
    if slot is None:
        return [taken_reply(turn, place, start, free)]
    ensure_flow(turn, "time")
    turn.session.data["slot"] = {"place": place, "key": slot.key}
    return await after_slot(turn)


async def on_topic(turn: Turn, args: list[str]) -> list[Reply]:
    data = turn.session.data
    if (
        len(args) != 1
        or args[0] not in topic_ids(turn.services.t)
        or turn.session.flow != FLOW
        or "slot" not in data
    ):
        raise Expired("bk:tp")
    data["topic"] = args[0]
    if (data.get("person") or {}).get("phone"):
        return [summary(turn)]
    return personal.begin(turn, "booking")


async def on_abandon(turn: Turn, args: list[str]) -> list[Reply]:
    turn.session.end_flow()
    return [main_menu(turn, turn.t("bk_abandoned"))]


STEPS = {
    "p": on_place,
    "d": on_day,
    "t": on_time,
    "tp": on_topic,
    "ok": confirm,
    "no": on_abandon,
}


async def on_book(turn: Turn, args: list[str]) -> list[Reply]:
    if not args:
        return await begin(turn)
    step = STEPS.get(args[0]) or booking_mine.STEPS.get(args[0])
    if step is None:
        raise Expired("bk")
    return await step(turn, args[1:])


async def on_input(turn: Turn) -> list[Reply]:
    """Typed text or a shared contact while booking: the details step, else the buttons again."""
    step = turn.session.step or ""
    if step.startswith("person:"):
        replies, done = await personal.handle(turn)
        return replies + [summary(turn)] if done else replies
    return [Reply(turn.t("bk_use_buttons"))] + await _repeat_step(turn)


async def _repeat_step(turn: Turn) -> list[Reply]:
    data = turn.session.data
    if turn.session.step == "confirm":
        return [summary(turn)]
    if turn.session.step == "topic" and "slot" in data:
        return [topic_choice(turn)]
    if data.get("place") in turn.settings.places:
        free, _ = await offer(turn)
        if any(s.place == data["place"] for s in free):
            return [day_choice(turn, data["place"], free)]
    return await begin(turn)


async def book_command(turn: Turn) -> list[Reply]:
    return await begin(turn)


def register(router: Router) -> None:
    router.commands["book"] = book_command
    router.payloads["bk"] = on_book
    router.flows[FLOW] = on_input
    booking_mine.register(router)
    booking_staff.register(router)
