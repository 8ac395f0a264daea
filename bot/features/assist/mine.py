"""A person's open help requests in /mybookings, and withdrawing one.

Buttons: assist:withdraw:<id> (asks), assist:withdraw_now:<id> (withdraws). A request id in a
payload is only honoured for its owner; anything else is an expired button. Withdrawing edits
the request's message in the staff chat (status "withdrawn") and says so under it.
"""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Mine, Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.features.callback import refresh_staff_message, service_title
from bot.features.menu import nav_row
from bot.storage import requests as store
from bot.storage.requests import REF_STAFF, Request


def _title(turn: Turn, request: Request, lang: str | None = None) -> str:
    title = service_title(turn.services, lang or turn.lang, request.office, request.service or "")
    return markup.literal(title)


async def open_requests(turn: Turn) -> list[Request]:
    incoming = turn.incoming
    requests = await store.of_user(turn.tx, incoming.channel, incoming.user_id)
    return [r for r in requests if r.service is not None and r.is_open and not r.forgotten]


async def mine(turn: Turn) -> Mine:
    """The person's open help requests, each with its "Withdraw" button."""
    result = Mine()
    for request in await open_requests(turn):
        local = turn.local(request.created_at)
        result.blocks.append(
            turn.t(
                "as_mine_item",
                id=request.id,
                service=_title(turn, request),
                status=turn.t(f"cb_status_{request.status}"),
                date=turn.services.t.short_datetime(turn.lang, local),
            )
        )
        label = turn.t("as_btn_withdraw", id=request.id)
        result.rows.append([Button(label, f"assist:withdraw:{request.id}")])
    return result


async def _own(turn: Turn) -> Request:
    number = record_id(turn.args[0]) if len(turn.args) == 1 else None
    request = await store.get(turn.tx, number) if number is not None else None
    incoming = turn.incoming
    if (
        request is None
        or request.service is None
        or (request.channel, request.user_id) != (incoming.channel, incoming.user_id)
    ):
        raise Expired("assist:withdraw")
    return request


def _closed(turn: Turn, request: Request) -> Reply:
    status = turn.t(f"cb_status_{request.status}")
    return Reply(turn.t("as_withdraw_closed", id=request.id, status=status), [nav_row(turn, None)])


async def ask_withdraw(turn: Turn) -> Outcome:
    request = await _own(turn)
    if not request.is_open:
        return stay(_closed(turn, request))
    text = turn.t("as_withdraw_question", id=request.id, service=_title(turn, request))
    rows = [
        [Button(turn.t("as_btn_withdraw_yes"), f"assist:withdraw_now:{request.id}")],
        [Button(turn.t("as_btn_withdraw_no"), "booking:mine")],
    ]
    return stay(Reply(text, rows, replace=True))


async def withdraw(turn: Turn) -> Outcome:
    request = await _own(turn)
    if not await store.withdraw(turn.tx, request.id, turn.now):
        return stay(_closed(turn, request))
    office = turn.settings.office(request.office)
    await refresh_staff_message(turn, request.id)
    note = turn.services.t(
        office.staff_language,
        "staff_help_withdrawn",
        id=request.id,
        service=_title(turn, request, office.staff_language),
    )
    await turn.to_staff(
        Reply(note, reply_to_ref=(REF_STAFF, request.id)), office=office, about=None
    )
    text = turn.t("as_withdrawn", id=request.id, service=_title(turn, request))
    return stay(Reply(text, [nav_row(turn, None)], replace=True))
