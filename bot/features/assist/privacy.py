"""Help requests in /mydata; /forget and retention erase them with the callback requests (one
table, bot.features.callback): the name, phone, every answer of the form and the note written
with the phone number."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.phone import display_phone
from bot.features.callback import (
    PHONE_NOTE,
    added_notes,
    detail_lines,
    forget_requests,
    phone_note,
    request_number,
    service_title,
    written_lines,
)
from bot.settings.catalogue import Service
from bot.storage import requests as store
from bot.storage.requests import Request


def _describe(turn: Turn, request: Request) -> str:
    local = turn.local(request.created_at)
    title = service_title(turn.services, turn.lang, request.office, request.service or "")
    lines = [
        turn.t(
            "privacy_as_request",
            id=request_number(request),
            date=turn.services.t.short_datetime(turn.lang, local),
            service=markup.literal(title),
            status=turn.t(f"cb_status_{request.status}"),
        ),
        turn.t(
            "privacy_as_person",
            name=markup.literal(request.name or ""),
            phone=display_phone(request.phone),
        ),
    ]
    service: Service | None = turn.settings.office(request.office).catalogue.services.get(
        request.service or ""
    )
    answers = tuple(d for d in request.details if d.id != PHONE_NOTE)
    lines += [f"  {line}" for line in detail_lines(turn.services, turn.lang, service, answers)]
    if note := phone_note(request):
        lines.append(turn.t("privacy_cb_note", text=markup.literal(note)))
    for added in added_notes(request):  # added to the open request later (callback/noting.py)
        lines.append(turn.t("privacy_cb_note", text=markup.literal(added)))
    lines += written_lines(turn, request)  # what they wrote to staff about it
    return "\n".join(lines)


async def show(turn: Turn) -> str | None:
    incoming = turn.incoming
    requests = await store.of_user(turn.tx, incoming.channel, incoming.user_id)
    mine = [r for r in requests if r.service is not None]
    if not mine:
        return None
    return "\n".join([turn.t("privacy_as_title"), *(_describe(turn, r) for r in mine)])


async def forget(turn: Turn) -> None:
    """The callback feature's /forget covers help requests; run here too, it finds none left
    (safe to run twice) — and still erases them if that feature ran after this one."""
    await forget_requests(turn)
