"""A staff member wrote to the person about a callback or help request (a reply to its card, to
a relayed text, to their own earlier reply): their colleagues see it, so nobody contacts the
person again. An open request nobody had taken is theirs now, as if they had pressed "Take"
(the person, who has just read them, is not told so again); the card, edited in place, and
/requests say who wrote to the person last and when (details.written_line)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import TypeVar

from bot.core.dispatch import Turn
from bot.features.callback import kept, staff, thread
from bot.storage import Tx
from bot.storage import requests as store
from bot.storage import threads as threads_store


async def written(turn: Turn, request_id: int) -> None:
    before = await store.get(turn.tx, request_id)
    if before is None:
        return
    name = writer(turn)
    await store.staff_replied(turn.tx, request_id, turn.now)
    await store.staff_wrote(turn.tx, request_id, name)
    if before.status == "open":
        await store.set_status(turn.tx, request_id, "taken", turn.now, name)
    after = await store.get(turn.tx, request_id)
    # the card edited only when it reads otherwise: Telegram refuses an edit to the same text
    if after is not None and staff.staff_view(turn.services, after) != staff.staff_view(
        turn.services, before
    ):
        await staff.refresh(turn, request_id)


R = TypeVar("R")


async def card_written(
    turn: Turn,
    record_id: int,
    *,
    get: Callable[[Tx, int], Awaitable[R | None]],
    mark: Callable[[Tx, int, str, dt.datetime], Awaitable[None]],
    card: Callable[[R], object],
    edit: Callable[[R], Awaitable[None]],
) -> None:
    """A staff member wrote to the person about a record (a visit, an appointment, a request
    for one): `mark` it with who and when, and `edit` its staff card, which now says so, when
    it reads otherwise (Telegram refuses an edit to the same text)."""
    before = await get(turn.tx, record_id)
    if before is None:
        return
    await mark(turn.tx, record_id, writer(turn), turn.now)
    after = await get(turn.tx, record_id)
    if after is not None and card(after) != card(before):
        await edit(after)


def writer(turn: Turn) -> str:
    """The staff member writing in this turn, as the staff chat names them (a record's card
    says so: details.wrote_line)."""
    return turn.incoming.sender_name or turn.t("staff_someone")


async def noted(turn: Turn, request_id: int) -> None:
    """The person wrote to staff about the request (/requests says when): its card says a
    message waits for an answer (details.waiting_line) until a staff member writes to them,
    edited only as that starts."""
    before = await store.get(turn.tx, request_id)
    await threads_store.callback_person_wrote(turn.tx, request_id, turn.now)
    after = await store.get(turn.tx, request_id)
    if before is not None and after is not None:
        if staff.staff_view(turn.services, after) != staff.staff_view(turn.services, before):
            await staff.refresh(turn, request_id)


async def took_back(
    turn: Turn, request_id: int, at: dt.datetime, before: dt.datetime | None
) -> None:
    """The person took back the text they wrote at `at` («↩️ Undo: it was not for the staff»):
    the card says what it said before it («waiting for an answer» no more, or since their
    earlier message), unless they wrote again since."""
    old = await store.get(turn.tx, request_id)
    if old is None or not await threads_store.person_took_back(
        turn.tx, "callback_requests", request_id, at, before
    ):
        return
    after = await store.get(turn.tx, request_id)
    if after is not None:
        if staff.staff_view(turn.services, after) != staff.staff_view(turn.services, old):
            await staff.refresh(turn, request_id)


REQUESTS = replace(
    thread.REQUESTS, written=written, noted=noted, took_back=took_back, kept=kept.keep
)
