"""A whole duty cancelled by staff (illness), in the staff chat: duty:cancel:<place>:<YYYYMMDD>
asks, with a button for each ready reason; duty:cancel_now:<place>:<YYYYMMDD>[:<reason>]
cancels it (every visit on it: each person told in their own language, with the reason, and
offered the nearest free times; cancel_why.py), duty:reopen:<place>:<YYYYMMDD> reopens it;
duty:keep keeps everything as it was."""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Handler, Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.features.booking import cancel_why
from bot.features.booking.staff import keep_row, tell_person
from bot.features.booking.views import voice
from bot.storage import booking_reasons
from bot.storage import bookings as store


def _duty(turn: Turn) -> tuple[str, dt.date]:
    args = turn.args
    if len(args) not in (2, 3) or args[0] not in turn.staff_scope.places:
        raise Expired("duty")
    try:
        return args[0], dt.datetime.strptime(args[1], "%Y%m%d").date()
    except ValueError:
        raise Expired("duty") from None


def _people(turn: Turn, key: str, nobody: str, count: int) -> str:
    """Those booked, in the plural form `count` takes («Wiadomość dostała 1 osoba»), or that
    nobody is («Nikt nie jest zapisany na ten dyżur»)."""
    return turn.services.t.plural(turn.lang, key, count) if count else turn.t(nobody)


async def ask_cancel_duty(turn: Turn) -> Outcome:
    place, day = _duty(turn)
    visits = [b for b in await store.on_duty(turn.tx, place, day) if b.starts_at > turn.now]
    v = voice(turn)
    text = turn.t(
        "sb_duty_question",
        day=v.long_day(day),
        place=markup.literal(v.place_label(place)),
        who=_people(turn, "sb_duty_who", "sb_duty_nobody", len(visits)),
    )
    rows = cancel_why.duty_rows(turn, f"duty:cancel_now:{place}:{day:%Y%m%d}")
    if visits:  # why, for those booked: each told it in their language (cancel_why.py)
        text += "\n\n" + turn.t("sb_duty_why")
    return stay(Reply(text, [*rows, keep_row(turn)]))


async def cancel_duty(turn: Turn) -> Outcome:
    """duty:cancel_now:<place>:<YYYYMMDD>[:<reason>]: every visit on it cancelled, each person
    told (with the reason chosen, in their language: cancel_why.py)."""
    place, day = _duty(turn)
    reason = turn.args[2] if len(turn.args) == 3 and turn.args[2] in cancel_why.DUTY else None
    await store.close_duty(turn.tx, place, day, turn.now)
    visits = [b for b in await store.on_duty(turn.tx, place, day) if b.starts_at > turn.now]
    for booking in visits:  # a second tap finds none left: nobody is told twice
        if await store.cancel(turn.tx, booking.id, turn.now, "staff"):
            if reason is not None:
                await booking_reasons.give(turn.tx, booking.id, reason)
            await tell_person(turn, booking, reason=reason)
    v = voice(turn)
    text = turn.t(
        "sb_duty_cancelled",
        day=v.long_day(day),
        place=markup.literal(v.place_label(place)),
        told=_people(turn, "sb_duty_told", "sb_duty_none_told", len(visits)),
        by=markup.literal(turn.incoming.sender_name or "—"),
    )
    if reason is not None and visits:
        text += "\n" + turn.t("sb_duty_reason_told", reason=turn.t(f"sb_reason_{reason}"))
    rows = [
        [
            Button(
                turn.t("sb_btn_reopen_duty", day=v.day(day), place=v.place_label(place)),
                f"duty:reopen:{place}:{day:%Y%m%d}",
            )
        ]
    ]
    return stay(Reply(text, rows, replace=True))


async def reopen_duty(turn: Turn) -> Outcome:
    place, day = _duty(turn)
    await store.reopen_duty(turn.tx, place, day)
    v = voice(turn)
    text = turn.t(
        "sb_duty_reopened", day=v.long_day(day), place=markup.literal(v.place_label(place))
    )
    return stay(Reply(text, replace=True))


async def keep(turn: Turn) -> Outcome:
    return stay(Reply(turn.t("sb_kept"), replace=True))


BUTTONS: dict[str, Handler] = {
    "cancel": ask_cancel_duty,
    "cancel_now": cancel_duty,
    "reopen": reopen_duty,
    "keep": keep,
}
