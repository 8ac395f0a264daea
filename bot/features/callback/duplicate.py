"""A second request on a topic the person already has an open request about: say so, and offer
to add a note to the open one instead (the note goes to the staff chat under that request):
callback:note:<request> and the flow's `note` step."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, go, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.features import urgent
from bot.features.callback import numbered
from bot.features.callback.details import record_name, urgent_line
from bot.features.callback.replies import cancel_row, draft
from bot.storage import requests as store
from bot.storage.requests import REF_STAFF, REF_THREAD, Request


async def open_on_topic(turn: Turn, topic: str) -> Request | None:
    """The person's newest open request on `topic` ("other" is never the same matter)."""
    if topic == "other":
        return None
    incoming = turn.incoming
    mine = await store.of_user(turn.tx, incoming.channel, incoming.user_id)
    found = [
        r for r in mine if r.is_open and r.topic == topic and not r.forgotten and r.service is None
    ]
    return found[-1] if found else None


def open_request_reply(turn: Turn, request: Request) -> Reply:
    return open_offer(turn, request, "cb_open_same_topic", f"callback:new:{request.topic}")


def open_offer(turn: Turn, request: Request, key: str, anyway: str, **more: str) -> Reply:
    """The person's open request named (`key`: its number, when it was sent, its status and
    `more`), with «add a note to it», «send a new one anyway» (`anyway`: its payload), cancel."""
    local = request.created_at.astimezone(turn.settings.timezone)
    text = turn.t(
        key,
        id=numbered.of_request(request),
        date=turn.services.t.short_datetime(turn.lang, local),
        status=turn.t(f"cb_status_{request.status}"),
        **more,
    )
    rows = [
        [
            Button(
                turn.t("btn_cb_add_note", id=numbered.of_request(request)),
                f"callback:note:{request.id}",
            )
        ],
        [Button(turn.t("btn_cb_new_anyway"), anyway)],
        cancel_row(turn),
    ]
    return Reply(text, rows)


def ask_note(turn: Turn, request: Request) -> Reply:
    number = numbered.of_request(request)  # notes: callback requests only
    return Reply(turn.t("cb_ask_note", id=number), [cancel_row(turn)])


async def send_note(turn: Turn, request: Request, text: str) -> list[Reply]:
    """The note to the staff chat, under the request's message; the help lines if it needs."""
    office = turn.settings.office(request.office)
    staff = office.staff_language
    body = turn.services.t(
        staff,
        "staff_user_note",
        record=record_name(turn.services, staff, request),
        name=markup.literal(request.name or ""),
        text=markup.literal(text),
    )
    before: list[Reply] = []
    if urgent.detect(text):
        urgent.mark(turn)
        why = urgent_line(turn.services, staff, urgent.reason(turn, text))  # (never the words)
        body = f"{why}\n{body}"
        before.append(Reply(urgent.help_text(turn, text)))
    await turn.to_staff(
        Reply(body, reply_to_ref=(REF_STAFF, request.id)),
        office=office,
        ref_kind=REF_THREAD,
        ref_id=request.id,
    )
    return before


async def note(turn: Turn) -> Outcome:
    """callback:note:<request>: write a note to the open request instead of a new one."""
    arg = turn.args[0] if turn.args else ""
    number = record_id(arg)
    request = await store.get(turn.tx, number) if number is not None else None
    incoming = turn.incoming
    if (
        request is None
        or not request.is_open
        or (request.channel, request.user_id) != (incoming.channel, incoming.user_id)
    ):
        raise Expired("callback:note")
    draft(turn).note_for, draft(turn).note_back = request.id, turn.session.step
    return go("note", ask_note(turn, request))


async def ask_note_again(turn: Turn) -> Outcome:
    request = await store.get(turn.tx, draft(turn).note_for or 0)
    if request is None:
        raise Expired("callback:note")
    return stay(ask_note(turn, request))
