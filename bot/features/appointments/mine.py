"""The person's own appointments and open requests: their part of /mybookings (Feature.mine),
cancelling an appointment (up to the office's `booking.min_notice_minutes` before it) and
withdrawing a request (moving one: move.py). Buttons: appt:cancel:<id> asks,
appt:cancel_now:<id> cancels;
appt:withdraw:<id> asks, appt:withdraw_now:<id> withdraws. Ids are honoured for their owner
only; anything else is an expired button."""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, pending, stay
from bot.core.listings import Mine
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.features.appointments import cards
from bot.features.appointments.cancelling import edit_note
from bot.features.appointments.confirm import MINE, notice
from bot.features.appointments.offered import own_request
from bot.features.appointments.views import first_name, lines_of, office_voice, own_language_line
from bot.features.menu import nav_row
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store


async def mine(turn: Turn) -> Mine:
    """Upcoming appointments, then requests waiting for an advisor or for a choice of time."""
    channel, user = turn.incoming.channel, turn.incoming.user_id
    result = Mine()
    for a in await store.upcoming_for(turn.tx, channel, user, turn.now):
        v = office_voice(turn.services, a.office, turn.lang)
        label = turn.t("ap_btn_cancel_mine", when=v.short(a.starts_at), role=v.role(a.specialist))
        move = turn.t("ap_btn_move_mine", when=v.short(a.starts_at))
        rows = [[Button(label, f"appt:cancel:{a.id}")], [Button(move, f"appt:move:{a.id}")]]
        kind = turn.t("ap_mine_kind", id=a.id) + turn.elsewhere(a.office)
        result.add(kind + "\n" + lines_of(v, a), rows, a.starts_at)
    for r in await requests.open_for(turn.tx, channel, user):
        v = office_voice(turn.services, r.office, turn.lang)
        key = "ap_mine_offered" if r.status == "offered" else "ap_mine_pending"
        rows = []
        if r.status == "offered":
            rows.append([Button(turn.t("ap_btn_choose_for", id=r.id), f"appt:offer:{r.id}")])
        rows.append([Button(turn.t("ap_btn_withdraw_for", id=r.id), f"appt:withdraw:{r.id}")])
        text = turn.t(key, id=r.id, service=markup.literal(v.title(r.service)))
        other = own_language_line(v, r.visit_language)  # not the chat's language
        result.add("\n".join([text + turn.elsewhere(r.office), *other]), rows)
    return result


async def _own(turn: Turn) -> store.Appointment:
    number = record_id(turn.args[0]) if len(turn.args) == 1 else None
    a = await store.get(turn.tx, number) if number is not None else None
    if a is None or (a.channel, a.user_id) != (turn.incoming.channel, turn.incoming.user_id):
        raise Expired("appt:cancel")
    return a


def _rows(turn: Turn) -> list[list[Button]]:
    return [[Button(turn.t("ap_btn_mine"), MINE)], nav_row(turn, None)]


def cannot_change(turn: Turn, a: store.Appointment) -> Reply | None:
    """Why the person can no longer cancel or move it (None: they can)."""
    office = turn.settings.office(a.office)
    if not a.active:
        return Reply(turn.t("ap_cancel_already"), _rows(turn))
    if a.starts_at <= turn.now:
        return Reply(turn.t("ap_cancel_past"), _rows(turn))
    latest = a.starts_at - dt.timedelta(minutes=office.booking.min_notice_minutes)
    if turn.now > latest:
        v = office_voice(turn.services, a.office, turn.lang)
        text = turn.t(
            "ap_cancel_too_late",
            notice=notice(v, office.booking.min_notice_minutes),
            phone=markup.literal(office.organisation.phone),
        )
        return Reply(text, _rows(turn))
    return None


async def ask_cancel(turn: Turn) -> Outcome:
    a = await _own(turn)
    refusal = cannot_change(turn, a)
    if refusal:
        return stay(refusal)
    v = office_voice(turn.services, a.office, turn.lang)
    text = turn.t("ap_cancel_question") + "\n\n" + lines_of(v, a)
    rows = [
        [Button(turn.t("ap_btn_cancel_yes"), f"appt:cancel_now:{a.id}")],
        [Button(turn.t("ap_btn_keep"), MINE)],
    ]
    asked = stay(Reply(text, rows, replace=True))
    return pending(asked, f"appt:cancel:{a.id}")  # waits: asked again, not the menu


async def cancel(turn: Turn) -> Outcome:
    a = await _own(turn)
    refusal = cannot_change(turn, a)
    if refusal:
        return stay(refusal)
    if not await store.cancel(turn.tx, a.id, turn.now, "user"):
        return stay(Reply(turn.t("ap_cancel_already"), _rows(turn)))
    staff = office_voice(turn.services, a.office)
    name = first_name(a.name) if a.sensitive else (a.name or "—")
    note = staff(
        "sa_user_cancelled",
        id=a.id,
        when=staff.when(a.starts_at),
        service=markup.literal(staff.title(a.service)),
        name=markup.literal(name),
    )
    record = staff("sa_record_appointment", id=a.id)  # what /forget leaves of the note
    await turn.to_staff(Reply(note, names=record), office=staff.office)
    await edit_note(turn, a, "user")
    v = office_voice(turn.services, a.office, turn.lang)
    text = turn.t("ap_cancelled", when=v.when(a.starts_at))
    # an approved request's approval stands: another time without describing the case again
    other = f"appt:rebook:{a.id}" if a.request_id is not None else f"appt:open:{a.service}"
    rows = [[Button(turn.t("ap_btn_other_times"), other)], nav_row(turn, None)]
    return stay(Reply(text, rows, replace=True))


async def ask_withdraw(turn: Turn) -> Outcome:
    r = await own_request(turn, turn.args[0] if len(turn.args) == 1 else None)
    if not r.is_open:
        return stay(Reply(turn.t("ap_request_closed", id=r.id), _rows(turn)))
    v = office_voice(turn.services, r.office, turn.lang)
    text = turn.t("ap_withdraw_question", id=r.id, service=markup.literal(v.title(r.service)))
    rows = [
        [Button(turn.t("ap_btn_withdraw_yes"), f"appt:withdraw_now:{r.id}")],
        [Button(turn.t("ap_btn_keep"), MINE)],
    ]
    return stay(Reply(text, rows, replace=True))


async def withdraw(turn: Turn) -> Outcome:
    r = await own_request(turn, turn.args[0] if len(turn.args) == 1 else None)
    if not await requests.withdraw(turn.tx, r.id, turn.now):
        return stay(Reply(turn.t("ap_request_closed", id=r.id), _rows(turn)))
    await cards.refresh(turn, r.id)
    text = turn.t("ap_withdrawn", id=r.id) + "\n\n" + turn.t("ap_now_to_bot")
    return stay(Reply(text, [nav_row(turn, None)], replace=True))
