"""The booking draft, step by step: what each step shows and where the draft goes next.

The session holds the draft (flow "booking"): place, slot {place, key}, topic and person. Only
free, future slots are offered; the payload handlers in booking.py check every press again.
"""

from __future__ import annotations

import datetime as dt
import secrets

from bot import schedule
from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.handlers import personal
from bot.handlers.booking_views import (
    DAY_BUTTONS_PER_ROW,
    free_slots,
    slot_buttons,
    topic_ids,
    visit_lines,
    voice,
)
from bot.handlers.menu import nav_row
from bot.schedule import Slot
from bot.storage import bookings as store

FLOW = "booking"


async def offer(turn: Turn) -> tuple[list[Slot], list[store.Booking]]:
    held = await store.upcoming_for(turn.tx, turn.incoming.channel, turn.incoming.user_id, turn.now)
    return await free_slots(turn.tx, turn.settings, turn.now, held), held


def ensure_flow(turn: Turn, step: str) -> None:
    """Buttons of an earlier message still work: they (re)enter the flow, keeping its draft."""
    if turn.session.flow != FLOW:
        turn.session.start_flow(FLOW, step)
    else:
        turn.session.step = step


def limit_reply(turn: Turn, held: list[store.Booking]) -> Reply:
    v = voice(turn)
    lines = [f"• {v.when(b.starts_at)} — {markup.literal(v.place_label(b.place))}" for b in held]
    text = turn.t("bk_limit", count=turn.settings.booking.max_future_visits)
    return Reply(
        f"{text}\n" + "\n".join(lines),
        [[Button(turn.t("bk_btn_my"), "bk:my")], nav_row(turn, None)],
    )


def nothing_free_reply(turn: Turn) -> Reply:
    days = turn.services.t.plural(turn.lang, "days", turn.settings.booking.horizon_days)
    text = turn.t("bk_nothing_free", days=days)
    return Reply(
        text,
        [
            [Button(turn.t("btn_callback"), "cb")],
            [Button(turn.t("btn_hours"), "hours")],
            nav_row(turn, None),
        ],
    )


async def begin(turn: Turn) -> list[Reply]:
    free, held = await offer(turn)
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
    ensure_flow(turn, "day")
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
    ensure_flow(turn, "time")
    turn.session.data["place"] = place
    v = voice(turn)
    rows = slot_buttons(v, slots)
    rows.append(nav_row(turn, f"bk:p:{place}"))
    return Reply(turn.t("bk_choose_time", day=v.long_day(day)), rows, replace=True)


def topic_choice(turn: Turn) -> Reply:
    ensure_flow(turn, "topic")
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
            turn.t(
                "bk_person_line",
                name=markup.literal(person["name"]),
                phone=personal.display_phone(person["phone"]),
            ),
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


def taken_reply(turn: Turn, place: str, wanted: dt.datetime, free: list[Slot]) -> Reply:
    """That time is gone (taken, too late, cancelled): the nearest free ones instead."""
    ensure_flow(turn, "time")
    v = voice(turn)
    offers = schedule.nearest(free, wanted, place)
    rows = slot_buttons(v, offers, with_day=True, with_place=True)
    rows.append([Button(turn.t("bk_btn_other_times"), "bk")])
    rows.append(nav_row(turn, None))
    key = "bk_slot_gone" if offers else "bk_slot_gone_none"
    return Reply(turn.t(key, when=v.when(wanted)), rows)
