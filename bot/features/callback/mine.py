"""A person's open requests in /mybookings, callback and help requests alike (one table), and
withdrawing one; a help request's day and time shown, and one staff have arranged («✅ Done»)
kept there until its day has passed.

Buttons: callback:withdraw:<id> (asks), callback:withdraw_now:<id> (withdraws); assist:withdraw
and assist:withdraw_now, on messages sent before callback requests were listed too, do the same.
A request id in a payload is only honoured for its owner; anything else is an expired button.
Withdrawing edits the request's message in the staff chat (status "withdrawn") and says so under
it, so nobody calls.
"""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.listings import Mine
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.when import read_window
from bot.features.callback import numbered
from bot.features.callback.details import (
    added_notes,
    record_name,
    service_of,
    service_title,
    value_text,
)
from bot.features.callback.replies import topic_title
from bot.features.callback.staff import refresh
from bot.features.menu import nav_row
from bot.storage import requests as store
from bot.storage.requests import REF_STAFF, Request

DONE = "done"  # staff's «✅ Done»: arranged


def _title(turn: Turn, request: Request, lang: str | None = None) -> str:
    """What the request is about: its service (a help request) or its topic (a callback)."""
    lang = lang or turn.lang
    if request.service is None:
        title = topic_title(turn.services, lang, request.topic, request.office, request.category)
        return markup.literal(title)
    return markup.literal(service_title(turn.services, lang, request.office, request.service))


async def mine(turn: Turn) -> Mine:
    """The person's open requests, each with its "Withdraw" button, and help requests staff
    have arranged («✅ Done») for a day still to come, until it has passed; a help request's
    day (and time) under it."""
    incoming = turn.incoming
    result = Mine()
    for request in await store.of_user(turn.tx, incoming.channel, incoming.user_id):
        when = when_of(request)
        arranged = request.status == DONE and when is not None and _ahead(turn, *when)
        if not (request.is_open or arranged) or request.forgotten:
            continue
        key = "cb_mine_item" if request.service is None else "as_mine_item"
        status = turn.t("as_status_arranged" if arranged else f"cb_status_{request.status}")
        text = turn.t(
            key,
            id=numbered.of_request(request),
            service=_title(turn, request),
            status=status,
            date=turn.services.t.short_datetime(turn.lang, turn.local(request.created_at)),
        )
        at = None  # a request without a day: after those that have a time
        if when is not None:
            part = _part(turn, request)  # «rano (08:00–12:00)»: a part of the day
            shown = _shown(turn, *when) + (f", {part}" if part else "")
            named = _day_named(turn, request)  # a deadline: «⏳ Needed by: …», not a visit's 📅
            key = "as_mine_when_named" if named else "as_mine_when"
            text += "\n" + turn.t(key, when=shown, label=markup.literal(named or ""))
            at = dt.datetime.combine(when[0], when[1] or dt.time(), turn.settings.timezone)
        for note in added_notes(request):  # added to it while open (noting.py)
            text += "\n" + turn.t("cb_mine_note", note=markup.literal(note))
        rows = []
        if request.is_open:
            label = turn.t("as_btn_withdraw", record=_kind(turn, request))
            rows.append([Button(label, f"callback:withdraw:{request.id}")])
        result.add(text + turn.elsewhere(request.office), rows, at)
    return result


def when_of(request: Request) -> tuple[dt.date, dt.time | None] | None:
    """A help request's day, the first `date` answered, and the `time` answered after it."""
    day: dt.date | None = None
    for detail in request.details:
        try:
            if detail.type == "date" and day is None and detail.value:
                day = dt.date.fromisoformat(detail.value)
            elif detail.type == "time" and day is not None and detail.value:
                return day, dt.time.fromisoformat(detail.value)
        except ValueError:
            continue
    return (day, None) if day is not None else None


def _day_named(turn: Turn, request: Request) -> str | None:
    """The staff card's name of a help request's day set elsewhere (`office_hours: false`, a
    deadline: «Needed by»), in the person's language; None: a day of the help itself."""
    service = service_of(turn.services, request.office, request.service)
    day = next((d for d in request.details if d.type == "date"), None)
    field = next((f for f in service.fields if day and f.id == day.id), None) if service else None
    if field is None or field.office_hours or field.staff_label is None:
        return None
    return field.staff_label.get(turn.lang) or None


def _part(turn: Turn, request: Request) -> str | None:
    """A help request's time given as a part of the day, as the person reads it."""
    part = next((d for d in request.details if d.type == "time" and read_window(d.value)), None)
    return value_text(turn.services, turn.lang, "time", part.value, None) if part else None


def _ahead(turn: Turn, day: dt.date, time: dt.time | None) -> bool:
    """Whether the day (at its time, if given) has yet to pass in the office's time zone."""
    now = turn.local(turn.now)
    return day > now.date() or (day == now.date() and (time is None or time > now.time()))


def _shown(turn: Turn, day: dt.date, time: dt.time | None) -> str:
    fmt = turn.services.t
    shown = fmt.date(turn.lang, day, "EEEE, d MMMM")
    return f"{shown}, {fmt.time(turn.lang, time)}" if time is not None else shown


def _kind(turn: Turn, request: Request) -> str:
    """«запит на дзвінок № 1», «запит на допомогу № 2»: the kind named, as appointment
    requests have numbers of their own («запит на прийом № 1»)."""
    kind = "callback" if request.service is None else "help"
    return turn.t(f"as_record_{kind}", id=numbered.of_request(request))


async def _own(turn: Turn) -> Request:
    if len(turn.args) != 1:
        raise Expired("callback:withdraw")
    return await own_request(turn, turn.args[0], "callback:withdraw")


async def own_request(turn: Turn, arg: str, action: str) -> Request:
    """The request numbered `arg` if it is the person's own; else the button (`action`) is
    forged or stale."""
    number = record_id(arg)
    request = await store.get(turn.tx, number) if number is not None else None
    incoming = turn.incoming
    if request is None or (request.channel, request.user_id) != (
        incoming.channel,
        incoming.user_id,
    ):
        raise Expired(action)
    return request


def _closed(turn: Turn, request: Request) -> Reply:
    status = turn.t(f"cb_status_{request.status}")
    return Reply(
        turn.t("as_withdraw_closed", id=numbered.of_request(request), status=status),
        [nav_row(turn, None)],
    )


def withdraw_question(turn: Turn, request: Request) -> str:
    """«↩️ Withdraw callback request #T1 (…)? Staff will stop working on it.»"""
    record, service = _kind(turn, request), _title(turn, request)
    return turn.t("as_withdraw_question", record=record, service=service)


async def ask_withdraw(turn: Turn) -> Outcome:
    request = await _own(turn)
    if not request.is_open:
        return stay(_closed(turn, request))
    text = withdraw_question(turn, request)
    rows = [
        [Button(turn.t("as_btn_withdraw_yes"), f"callback:withdraw_now:{request.id}")],
        [Button(turn.t("as_btn_withdraw_no"), "booking:mine")],
    ]
    return stay(Reply(text, rows, replace=True))


async def withdraw(turn: Turn) -> Outcome:
    request = await _own(turn)
    if not await store.withdraw(turn.tx, request.id, turn.now):
        return stay(_closed(turn, request))
    office = turn.settings.office(request.office)
    await refresh(turn, request.id)
    lang, services = office.staff_language, turn.services
    taken = request.status == "taken"  # whoever took it may be about to call: named
    note = services.t(
        lang,
        "staff_taken_withdrawn" if taken else "staff_help_withdrawn",
        record=record_name(services, lang, request),
        service=_title(turn, request, lang),
        who=markup.literal(request.staff_name or services.t(lang, "staff_someone")),
    )
    await turn.to_staff(
        Reply(note, reply_to_ref=(REF_STAFF, request.id)), office=office, about=None
    )
    text = turn.t("as_withdrawn", id=numbered.of_request(request), service=_title(turn, request))
    return stay(Reply(text, [nav_row(turn, None)], replace=True))
