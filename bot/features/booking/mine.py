"""A person's own visits: /mybookings, and cancelling one up to `min_notice_minutes` before it.

Buttons: booking:mine, booking:cancel:<id> (asks), booking:cancel_now:<id> (cancels);
booking:move:<id> moves it (move.py). A booking
id in a payload is only
honoured for its owner; anything else is an expired button.
"""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, end, pending, stay
from bot.core.listings import Mine
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.turn import subject_of
from bot.features.booking.views import (
    Voice,
    booking_lines,
    booking_voice,
    notice,
    staff_cancelled_view,
    voice,
)
from bot.features.menu import book_button, nav_row
from bot.storage import bookings as store


async def my_bookings(turn: Turn) -> Outcome:
    """/mybookings: the person's visits and what every other feature holds for them
    (appointments, courses, help requests: Feature.mine), each with its cancel button, in the
    order they happen (the next first; requests, which have no time, last)."""
    own = await mine(turn)
    others = [await section(turn) for section in turn.registry.mine if section is not mine]
    every = Mine.in_time([own, *others])  # by time, the next first, whatever its kind
    blocks, rows = every.blocks, every.rows
    held = len(own.blocks)
    if held < turn.office.booking.max_future_visits and book_button(turn):
        rows.append(book_button(turn))
    services = bool(turn.office.catalogue.services)  # then it is more than visits
    if services:  # the way to book those too, as in the main menu
        rows.append([Button(turn.t("btn_services"), "services")])
    rows.append(nav_row(turn, None))
    if not blocks:
        return end(Reply(turn.t("bk_mine_none_all" if services else "bk_mine_none"), rows))
    title = turn.t("bk_mine_title_all" if services else "bk_mine_title")
    return end(Reply("\n\n".join([title, *blocks]), rows))


async def mine(turn: Turn) -> Mine:
    """The person's upcoming visits at the duty desk."""
    held = await store.upcoming_for(turn.tx, turn.incoming.channel, turn.incoming.user_id, turn.now)
    result = Mine()
    for booking in held:
        v = booking_voice(turn.services, booking, turn.lang)  # its office's places
        kind = v.duty("bk_mine_kind", id=booking.id) + turn.elsewhere(
            booking.office
        )  # as /book names it
        text = kind + "\n" + booking_lines(v, booking)  # its kind, then when
        cancel = turn.t("bk_btn_cancel_visit", when=_short(v, booking.starts_at))
        move = turn.t("bk_btn_move_visit", when=_short(v, booking.starts_at))  # move.py
        rows = [
            [Button(cancel, f"booking:cancel:{booking.id}")],
            [Button(move, f"booking:move:{booking.id}")],
        ]
        result.add(text, rows, booking.starts_at)
    return result


def _short(v: Voice, moment: dt.datetime) -> str:
    return f"{v.day(moment.astimezone(v.zone).date())}, {v.time(moment)}"


async def _own(turn: Turn) -> store.Booking:
    number = record_id(turn.args[0]) if len(turn.args) == 1 else None
    if number is None:
        raise Expired("booking:cancel")
    booking = await store.get(turn.tx, number)
    if (
        booking is None
        or booking.channel != turn.incoming.channel
        or booking.user_id != turn.incoming.user_id
    ):
        raise Expired("booking:cancel")
    return booking


def cannot_change(turn: Turn, booking: store.Booking) -> Reply | None:
    """Why the person can no longer cancel or move it (None: they can)."""
    rows = [[Button(turn.t("bk_btn_my"), "booking:mine")], nav_row(turn, None)]
    if not booking.active:
        return Reply(turn.t("bk_cancel_already"), rows)
    if booking.starts_at <= turn.now:
        return Reply(turn.t("bk_cancel_past"), rows)
    latest = booking.starts_at - dt.timedelta(minutes=turn.office.booking.min_notice_minutes)
    if turn.now > latest:
        text = turn.t(
            "bk_cancel_too_late",
            notice=notice(voice(turn), turn.office.booking.min_notice_minutes),
            phone=markup.literal(turn.office.organisation.phone),
        )
        return Reply(text, rows)
    return None


async def ask_cancel(turn: Turn) -> Outcome:
    booking = await _own(turn)
    refusal = cannot_change(turn, booking)
    if refusal:
        return stay(refusal)
    v = voice(turn)
    text = turn.t("bk_cancel_question") + "\n\n" + booking_lines(v, booking)
    rows = [
        [Button(turn.t("bk_btn_cancel_yes"), f"booking:cancel_now:{booking.id}")],
        [Button(turn.t("bk_btn_cancel_no"), "booking:mine")],
    ]
    asked = stay(Reply(text, rows, replace=True))
    return pending(asked, f"booking:cancel:{booking.id}")  # waits: asked again, not the menu


async def cancel(turn: Turn) -> Outcome:
    booking = await _own(turn)
    refusal = cannot_change(turn, booking)
    if refusal:
        return stay(refusal)
    if not await store.cancel(turn.tx, booking.id, turn.now, "user"):
        return stay(Reply(turn.t("bk_cancel_already"), [nav_row(turn, None)]))
    await notify_staff_cancelled(turn, booking)
    v = voice(turn)
    text = turn.t("bk_cancelled", when=v.when(booking.starts_at))
    rows = [[Button(turn.t("bk_btn_other_times"), "booking")], nav_row(turn, None)]
    return stay(Reply(text, rows, replace=True))


async def notify_staff_cancelled(turn: Turn, booking: store.Booking) -> None:
    """A new line in the staff chat, and the original booking message marked cancelled."""
    staff = Voice(turn.services, turn.office.staff_language, turn.office)
    text = staff(
        "sb_user_cancelled",
        id=booking.id,
        when=staff.when(booking.starts_at),
        place=markup.literal(staff.place_label(booking.place)),
        name=markup.literal(booking.name or "—"),
    )
    await turn.to_staff(Reply(text, names=staff("sb_record_visit", id=booking.id)))
    await turn.edit_card(  # the card, and every copy of it shown again
        staff_cancelled_view(staff, booking, "user"),
        turn.office,
        (store.REF, booking.id),
        (store.REF_LOOK, booking.id),
        subject_of(booking.channel, booking.user_id),
    )


async def on_mine(turn: Turn) -> Outcome:
    return await my_bookings(turn)
