"""Booking a visit: place -> day -> time -> topic -> name and phone (shared step) -> confirm.

Payloads (all "bk:..."): p:<place>, d:<place>:<YYYYMMDD local day>, t:<place>:<UTC key>,
tp:<topic>, ok:<token>, no. Only free, future slots are ever offered; whatever is pressed is
checked again on arrival, and the database has the last word on capacity (migration 003).
/mybookings and cancelling live in booking_mine.py, the staff side in booking_staff.py.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets

from bot import markup, schedule
from bot.core import Button, Expired, Reply
from bot.dispatch import Router, Turn
from bot.handlers import booking_mine, booking_staff, personal
from bot.handlers.booking_confirm import confirmation_reply, notify_staff_new
from bot.handlers.booking_views import (
    DAY_BUTTONS_PER_ROW,
    bookable_slots,
    free_slots,
    slot_buttons,
    topic_ids,
    visit_lines,
    voice,
)
from bot.handlers.menu import main_menu, nav_row
from bot.schedule import Slot
from bot.storage import bookings as store

log = logging.getLogger(__name__)

FLOW = "booking"


async def _offer(turn: Turn) -> tuple[list[Slot], list[store.Booking]]:
    held = await store.upcoming_for(
        turn.tx, turn.incoming.channel, turn.incoming.user_id, turn.now
    )
    return await free_slots(turn.tx, turn.settings, turn.now, held), held


def _ensure_flow(turn: Turn, step: str) -> None:
    """Buttons of an earlier message still work: they (re)enter the flow, keeping its draft."""
    if turn.session.flow != FLOW:
        turn.session.start_flow(FLOW, step)
    else:
        turn.session.step = step


def limit_reply(turn: Turn, held: list[store.Booking]) -> Reply:
    v = voice(turn)
    lines = [f"• {v.when(b.starts_at)} — {markup.literal(v.place_label(b.place))}" for b in held]
    text = turn.t("bk_limit", count=turn.settings.booking.max_future_visits)
    return Reply(f"{text}\n" + "\n".join(lines), [[Button(turn.t("bk_btn_my"), "bk:my")],
                                                  nav_row(turn, None)])


def nothing_free_reply(turn: Turn) -> Reply:
    days = turn.services.t.plural(turn.lang, "days", turn.settings.booking.horizon_days)
    text = turn.t("bk_nothing_free", days=days)
    return Reply(text, [[Button(turn.t("btn_callback"), "cb")],
                        [Button(turn.t("btn_hours"), "hours")], nav_row(turn, None)])


async def begin(turn: Turn) -> list[Reply]:
    free, held = await _offer(turn)
    if len(held) >= turn.settings.booking.max_future_visits:
        turn.session.end_flow()
        return [limit_reply(turn, held)]
    if not free:
        turn.session.end_flow()
        return [nothing_free_reply(turn)]
    places = schedule.places_with_slots(free, turn.settings.places)
    turn.session.start_flow(FLOW, "place")
    if len(places) == 1:
        return [day_choice(turn, places[0], free)]
    v = voice(turn)
    rows = [[Button(v.place_label(p), f"bk:p:{p}")] for p in places]
    rows.append(nav_row(turn, None))
    return [Reply(turn.t("bk_choose_place"), rows, replace=True)]


def day_choice(turn: Turn, place: str, free: list[Slot], note: str | None = None) -> Reply:
    _ensure_flow(turn, "day")
    turn.session.data["place"] = place
    v = voice(turn)
    days = schedule.days_with_slots(free, v.zone, place)
    buttons = [Button(v.day(d), f"bk:d:{place}:{d:%Y%m%d}") for d in days]
    per_row = DAY_BUTTONS_PER_ROW
    rows = [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
    several_places = len(schedule.places_with_slots(free, turn.settings.places)) > 1
    rows.append(nav_row(turn, "bk" if several_places else None))
    text = turn.t("bk_choose_day", place=markup.literal(v.place_label(place)))
    return Reply(f"{note}\n\n{text}" if note else text, rows, replace=True)


def time_choice(turn: Turn, place: str, day: dt.date, slots: list[Slot]) -> Reply:
    _ensure_flow(turn, "time")
    turn.session.data["place"] = place
    v = voice(turn)
    rows = slot_buttons(v, slots)
    rows.append(nav_row(turn, f"bk:p:{place}"))
    return Reply(turn.t("bk_choose_time", day=v.long_day(day)), rows, replace=True)


def topic_choice(turn: Turn) -> Reply:
    _ensure_flow(turn, "topic")
    v = voice(turn)
    rows = [[Button(v.topic(t), f"bk:tp:{t}")] for t in topic_ids(turn.services.t)]
    rows.append(nav_row(turn, None))
    slot = turn.session.data["slot"]
    when = v.when(schedule.parse_key(slot["key"]) or turn.now)
    return Reply(turn.t("bk_choose_topic", when=when), rows)


def summary(turn: Turn) -> Reply:
    """The last look before confirming; the token makes a repeated confirm recognisable."""
    data = turn.session.data
    turn.session.step = "confirm"
    # A new token whenever the time changed: an older summary's button must not confirm it.
    if data.get("token_for") != data["slot"]["key"] or "token" not in data:
        data["token"], data["token_for"] = secrets.token_hex(4), data["slot"]["key"]
    v = voice(turn)
    start = schedule.parse_key(data["slot"]["key"])
    assert start is not None
    person = data["person"]
    text = "\n\n".join(
        [
            turn.t("bk_summary_title"),
            visit_lines(v, data["slot"]["place"], start, data["topic"]),
            turn.t("bk_person_line", name=markup.literal(person["name"]),
                   phone=personal.display_phone(person["phone"])),
            turn.t("bk_summary_question"),
        ]
    )
    local_day = start.astimezone(v.zone).date()
    rows = [
        [Button(turn.t("bk_btn_confirm"), f"bk:ok:{data['token']}")],
        [Button(turn.t("bk_btn_change_time"), f"bk:d:{data['slot']['place']}:{local_day:%Y%m%d}")],
        [Button(turn.t("bk_btn_abandon"), "bk:no")],
    ]
    return Reply(text, rows)


async def after_slot(turn: Turn) -> list[Reply]:
    """A slot is chosen: continue with whatever the draft still lacks."""
    data = turn.session.data
    if data.get("topic") and (data.get("person") or {}).get("phone"):
        return [summary(turn)]
    if data.get("topic"):
        turn.session.step = "topic"
        return personal.begin(turn, "booking")
    return [topic_choice(turn)]


# --- payload steps --------------------------------------------------------------------------


async def on_place(turn: Turn, args: list[str]) -> list[Reply]:
    if len(args) != 1 or args[0] not in turn.settings.places:
        raise Expired("bk:p")
    free, held = await _offer(turn)
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
    free, _ = await _offer(turn)
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
    free, held = await _offer(turn)
    slot = next((s for s in free if s.place == place and s.start == start), None)
    if slot is None:
        return [taken_reply(turn, place, start, free)]
    _ensure_flow(turn, "time")
    turn.session.data["slot"] = {"place": place, "key": slot.key}
    return await after_slot(turn)


def taken_reply(turn: Turn, place: str, wanted: dt.datetime, free: list[Slot]) -> Reply:
    """That time is gone (taken, too late, cancelled): the nearest free ones instead."""
    _ensure_flow(turn, "time")
    v = voice(turn)
    offers = schedule.nearest(free, wanted, place)
    rows = slot_buttons(v, offers, with_day=True, with_place=True)
    rows.append([Button(turn.t("bk_btn_other_times"), "bk")])
    rows.append(nav_row(turn, None))
    key = "bk_slot_gone" if offers else "bk_slot_gone_none"
    return Reply(turn.t(key, when=v.when(wanted)), rows)


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


async def confirm(turn: Turn, args: list[str]) -> list[Reply]:
    """Book it, in this turn's transaction; a second tap finds the flow already finished."""
    data = turn.session.data
    token = args[0] if len(args) == 1 else ""
    if turn.session.flow != FLOW or turn.session.step != "confirm" or data.get("token") != token:
        if token and data.get("_booked_token") == token:
            return await _already_booked(turn, int(data.get("_booked_id", 0)))
        raise Expired("bk:ok")
    place, start = data["slot"]["place"], schedule.parse_key(data["slot"]["key"])
    if start is None:
        raise Expired("bk:ok")
    free, held = await _offer(turn)
    if len(held) >= turn.settings.booking.max_future_visits:
        turn.session.end_flow()
        return [limit_reply(turn, held)]
    slot = next((s for s in await bookable_slots(turn.tx, turn.settings, turn.now)
                 if s.place == place and s.start == start), None)
    if slot is None:  # too late now, or the duty was cancelled meanwhile
        return [taken_reply(turn, place, start, free)]
    person = data["person"]
    new = store.NewBooking(
        channel=turn.incoming.channel, user_id=turn.incoming.user_id,
        chat_id=turn.session.chat_id, language=turn.lang, place=place,
        day=slot.local_day(turn.settings.timezone), starts_at=slot.start, ends_at=slot.end,
        topic=data["topic"], name=person["name"], phone=person["phone"],
    )
    try:
        booking_id = await store.create(turn.tx, turn.now, new, turn.settings.booking.capacity)
    except store.SlotFull:
        log.info("a booking lost the race for its slot")
        return [taken_reply(turn, place, start, free)]
    except store.AlreadyHeld:
        turn.session.end_flow()
        return [Reply(turn.t("bk_already_yours"), [[Button(turn.t("bk_btn_my"), "bk:my")]])]
    booking = await store.get(turn.tx, booking_id)
    assert booking is not None
    turn.session.end_flow()
    turn.session.data["_booked_token"] = token
    turn.session.data["_booked_id"] = booking_id
    await notify_staff_new(turn, booking)
    return [confirmation_reply(turn, booking)]


async def _already_booked(turn: Turn, booking_id: int) -> list[Reply]:
    booking = await store.get(turn.tx, booking_id)
    rows = [[Button(turn.t("bk_btn_my"), "bk:my")], nav_row(turn, None)]
    if booking is None or booking.user_id != turn.incoming.user_id:
        return [Reply(turn.t("bk_already_sent"), rows)]
    v = voice(turn)
    text = turn.t("bk_already_sent") + "\n\n" + visit_lines(v, booking.place, booking.starts_at,
                                                               booking.topic)
    return [Reply(text, rows)]


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
        free, _ = await _offer(turn)
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
