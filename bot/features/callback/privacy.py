"""Callback requests in /mydata and /forget, and the periodic upkeep job.

Forgetting keeps a request as an anonymous count (topic or service, languages, status, times,
rating) and edits its staff message so that the name, phone and a help request's answers leave
the staff chat too.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.core.phone import display_phone
from bot.core.services import Services
from bot.core.turn import for_staff, subject_of
from bot.features.callback import kept, numbered
from bot.features.callback import staff as callback_staff
from bot.features.callback.details import (
    REACH_BY,
    URGENT_SAID,
    added_notes,
    call_day,
    phone_note,
    record_name,
    subject_title,
)
from bot.features.callback.replies import topic_title
from bot.features.callback.thread import forget_thread
from bot.features.callback.when import window_words
from bot.storage import Tx
from bot.storage import outbox as outbox_store
from bot.storage import requests as store
from bot.storage.requests import REF_STAFF, REF_THREAD, Request

log = logging.getLogger(__name__)


def _describe(turn: Turn, request: Request) -> str:
    fmt = turn.services.t
    local = request.created_at.astimezone(turn.settings.timezone)
    status = turn.t(f"cb_status_{request.status}")
    topic = topic_title(turn.services, turn.lang, request.topic, request.office, request.category)
    lines = [
        turn.t(
            "privacy_cb_request",
            id=numbered.of_request(request),
            date=fmt.short_datetime(turn.lang, local),
            topic=markup.literal(topic),
            status=status,
        )
        + turn.elsewhere(request.office),
        turn.t(
            "privacy_cb_details",
            name=markup.literal(request.name or ""),
            phone=display_phone(request.phone),
            language=fmt.language_name(turn.lang, request.call_language),
            window=window_words(turn.services, turn.lang, request.time_window, call_day(request)),
        ),
    ]
    if request.description:
        lines.append(turn.t("privacy_cb_description", text=markup.literal(request.description)))
    if note := phone_note(request):
        lines.append(turn.t("privacy_cb_note", text=markup.literal(note)))
    for added in added_notes(request):  # added to the open request later (noting.py)
        lines.append(turn.t("privacy_cb_note", text=markup.literal(added)))
    lines += kept.lines(turn, request)  # what they wrote to staff about it
    if any(d.id == REACH_BY and d.value == "write" for d in request.details):
        lines.append(turn.t("privacy_cb_write"))  # (an urgent request's short path)
    if said := next((d.value for d in request.details if d.id == URGENT_SAID), None):
        lines.append(turn.t("privacy_cb_said", text=markup.literal(said)))
    return "\n".join(lines)


async def show(turn: Turn) -> str | None:
    """The person's callback requests (help requests: bot.features.assist shows them)."""
    incoming = turn.incoming
    mine = await store.of_user(turn.tx, incoming.channel, incoming.user_id)
    mine = [r for r in mine if r.service is None]
    if not mine:
        return None
    return "\n".join([turn.t("privacy_cb_title"), *(_describe(turn, r) for r in mine)])


async def _forget_one(
    services: Services, tx: Tx, request_id: int, now: dt.datetime, expired: bool = False
) -> Reply:
    """Forget one request (`expired`: by retention); returns its staff message as it must now
    look."""
    await store.forget(tx, request_id, now)
    request = await store.get(tx, request_id)
    assert request is not None
    view = callback_staff.staff_view(services, request, expired=expired)
    await store.rewrite_staff_messages(tx, request_id, view)
    return view


async def forget(turn: Turn) -> None:
    """Every request of the person, callback and help requests alike (one table): the personal
    columns and a help request's answers are erased, staff messages edited."""
    incoming = turn.incoming
    for request in await store.of_user(turn.tx, incoming.channel, incoming.user_id):
        view = await _forget_one(turn.services, turn.tx, request.id, turn.now)
        office = turn.settings.office(request.office)
        await turn.to_staff(
            view, action="edit", ref_kind=REF_STAFF, ref_id=request.id, about=None, office=office
        )
        if request.status == "taken":  # someone means to call: an edit alone does not notify
            await turn.to_staff(_taken_withdrawn(turn, request), office=office, about=None)


def _taken_withdrawn(turn: Turn, request: Request) -> Reply:
    """Under the card of a request a staff member took: the person withdrew it with /forget
    (as a booked appointment's «↩️ … odwołana: osoba poprosiła o usunięcie swoich danych»)."""
    lang = turn.settings.office(request.office).staff_language
    services = turn.services
    text = services.t(
        lang,
        "staff_forgot_taken",
        record=record_name(services, lang, request),
        topic=markup.literal(subject_title(services, lang, request)),
        who=markup.literal(request.staff_name or services.t(lang, "staff_someone")),
    )
    return Reply(text, reply_to_ref=(REF_STAFF, request.id))


def _named(services: Services, request: Request | None) -> Callable[[str], str]:
    """The request named as staff read it, in a language («Prośba o telefon nr T1»)."""
    if request is None:
        return lambda lang: ""
    return lambda lang: record_name(services, lang, request)


async def upkeep(services: Services) -> None:
    """Hourly: forget closed requests after their office's retention_days; post requests that
    never reached the staff chat (it was not configured when they were made)."""
    settings = services.settings
    now = services.clock()
    queued = 0
    async with services.db.transaction() as tx:
        due = await store.due_for_forgetting(tx, services.retention_cutoffs(now))
        for request_id in due:
            view = await _forget_one(services, tx, request_id, now, expired=True)
            request = await store.get(tx, request_id)
            office = settings.office(request.office if request else None)
            chat, view = for_staff(office, view)
            if chat is not None:
                await outbox_store.enqueue(
                    tx,
                    now,
                    "telegram",
                    chat,
                    view,
                    action="edit",
                    ref_kind=REF_STAFF,
                    ref_id=request_id,
                )
                named = _named(services, request)
                queued += await forget_thread(
                    services, tx, now, office, REF_THREAD, request_id, named
                )
                queued += 1
        unposted = await store.unposted_open(tx)
        for request in unposted:
            office = settings.office(request.office)
            chat, view = for_staff(office, callback_staff.staff_view(services, request))
            if chat is None:
                continue
            await outbox_store.enqueue(
                tx,
                now,
                "telegram",
                chat,
                view,
                ref_kind=REF_STAFF,
                ref_id=request.id,
                subject=subject_of(request.channel, request.user_id) if request.user_id else None,
            )
            queued += 1
    if due:
        log.info("forgot the personal data of %d closed callback request(s)", len(due))
    if unposted:
        log.info("queued %d callback request(s) for the staff chat", len(unposted))
    if queued:
        services.outbox.wake()
