"""The staff side of callback requests, in the staff group chat and the staff language.

Each request is one message (outbox ref ("request", id)) that is edited in place as its status
changes. Buttons are "request:<take|done|fail|show>:<id>" (closing.py); /requests lists the open
ones (listing.py), /request N shows a callback or help request. Replying to a request's message
writes to the person (see thread.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.core import gone, looks, markup
from bot.core.dispatch import Turn
from bot.core.flows import Handler, Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.phone import display_phone
from bot.core.services import Services
from bot.core.turn import shown_again, subject_of
from bot.features.callback import after_hours, linked, numbered
from bot.features.callback.details import (
    added_notes,
    call_day,
    phone_note,
    record_name,
    request_details,
    same_person_line,
    service_title,
    spoken_answer,
    typed_matter,
    urgent_line,
    urgent_lines,
    urgent_why,
    waiting_line,
    written_line,
)
from bot.features.callback.latest import latest_open
from bot.features.callback.replies import topic_title
from bot.features.callback.thread import person_language
from bot.features.callback.when import window_words
from bot.storage import outbox as outbox_store
from bot.storage import requests as store
from bot.storage.requests import REF_LOOK, REF_STAFF, REF_USER, Request

REOPEN = dt.timedelta(minutes=10)  # how long a closed request can be reopened from the chat


def _staff_language(services: Services, request: Request) -> str:
    return services.settings.office(request.office).staff_language


def status_line(services: Services, request: Request, lang: str | None = None) -> str:
    """The status line; a request closed by someone else than who took it names both."""
    lang = lang or _staff_language(services, request)
    someone = services.t(lang, "staff_someone")
    taker = markup.literal(request.staff_name or someone)
    if request.status in ("open", "taken", "withdrawn"):
        return services.t(lang, f"staff_status_{request.status}", who=taker)
    closer = markup.literal(request.closed_by or someone)
    line = services.t(lang, f"staff_status_{request.status}", who=closer)
    if request.staff_name and request.staff_name != request.closed_by:
        line += "\n" + services.t(lang, "staff_status_taken", who=taker)
    return line


def _header(services: Services, lang: str, request: Request) -> str:
    t = services.t
    if request.service is not None:
        title = service_title(services, lang, request.office, request.service)
        header = t(lang, "staff_help_title", id=request.number, service=markup.literal(title))
    else:
        header = t(lang, "staff_request_title", id=request.number)
    if request.urgent:  # why, when the request says (tester 37: «🚨 PILNE — … przemocy»)
        header = f"{urgent_line(services, lang, urgent_why(request))}\n{header}"
    return header


def staff_view(
    services: Services, request: Request, *, look_only: bool = False, expired: bool = False
) -> Reply:
    """The request's message in its office's staff chat, as it should look now: a callback
    request's topic and time of the call, or a help request's service and answers. To look
    only (the coordinators' chat): no buttons, and no invitation to reply. Forgotten: its kind,
    number, status and topic, and that the personal data went (`expired`: with the retention
    period, said so)."""
    lang = _staff_language(services, request)
    t = services.t
    topic = markup.literal(
        topic_title(services, lang, request.topic, request.office, request.category)
    )
    help_request = request.service is not None
    if request.forgotten:
        lines = [_header(services, lang, request), status_line(services, request)]
        if not help_request:
            lines.append(t(lang, "staff_field_topic", value=topic))
        lines.append(t(lang, "staff_data_expired" if expired else "staff_data_forgotten"))
        return Reply("\n".join(lines))
    local = request.created_at.astimezone(services.settings.timezone)
    language_name = services.t.language_name
    lines = [
        _header(services, lang, request),
        *(office_line(services, request.office, lang) if look_only else []),
        status_line(services, request),
        *urgent_lines(services, lang, request),  # «✍️ DO NOT CALL», what they wrote (F4)
        *filter(None, [written_line(services, lang, request)]),
        *filter(None, [waiting_line(services, lang, request)]),
        *filter(None, [same_person_line(services, lang, request)]),
        *(
            []
            if help_request and spoken_answer(request)  # said once, on the answer's line
            else [t(lang, "staff_field_language", value=language_name(lang, request.call_language))]
        ),
        t(lang, "staff_field_channel", value=t(lang, f"channel_{request.channel}")),
    ]
    matter = typed_matter(request)  # no topic, no category: the matter typed is the subject
    if matter is not None:
        lines.append(t(lang, "staff_field_matter", value=markup.literal(matter)))
    elif not help_request:
        lines.append(t(lang, "staff_field_topic", value=topic))
    lines += [
        t(lang, "staff_field_name", value=markup.literal(request.name or "")),
        t(lang, "staff_field_phone", value=display_phone(request.phone)),
    ]
    if help_request:
        lines += request_details(services, lang, request)
    else:
        window = window_words(services, lang, request.time_window, call_day(request))
        lines.append(t(lang, "staff_field_window", value=window))
    if note := phone_note(request):  # a callback or help request's, exactly as typed
        lines.append(t(lang, "staff_field_phone_note", value=markup.literal(note)))
    for added in added_notes(request):  # added to the open request later (duplicate.py)
        lines.append(t(lang, "staff_field_added_note", value=markup.literal(added)))
    if request.description and matter is None:
        lines.append(t(lang, "staff_field_description", value=markup.literal(request.description)))
    lines.append(t(lang, "staff_field_created", value=services.t.short_datetime(lang, local)))
    if look_only:
        return Reply("\n".join([*lines, "", looks.note(services, request.office, lang)]))
    if request.is_open:  # a closed request's person writes to the bot, not here
        said = request.call_language if spoken_answer(request) else request.language  # (F16)
        language = services.t.language_name(lang, said)  # (words go untranslated)
        lines += ["", t(lang, "staff_reply_hint", language=language)]
    buttons: list[list[Button]] = []
    if request.is_open:
        row = [Button(t(lang, "btn_staff_take"), f"request:take:{request.id}")]
        if request.status == "taken":
            row = []
        row += [
            Button(t(lang, "btn_staff_done"), f"request:done:{request.id}"),
            Button(t(lang, "btn_staff_fail"), f"request:fail:{request.id}"),
        ]
        buttons.append(row)
    return Reply("\n".join(lines), buttons)


def office_line(services: Services, office: str, lang: str) -> list[str]:
    """«🏢 Sopot»: whose a card shown in the coordinators' chat is (in a network; else none)."""
    settings = services.settings
    if not settings.network:
        return []
    return [f"🏢 {markup.literal(gone.office_label(services, office, lang))}"]


async def post(turn: Turn, request: Request) -> None:
    """Queue the request's message for the staff chat, in the user's transaction."""
    await turn.to_staff(
        staff_view(turn.services, request),
        office=turn.settings.office(request.office),
        ref_kind=REF_STAFF,
        ref_id=request.id,
        priority=outbox_store.NOW if request.urgent else outbox_store.NORMAL,
    )
    await after_hours.tell_coordinators(turn, request)  # urgent, the office closed
    for other in await linked.link(turn.tx, request):  # the same person's: «👥 … też nr T2»
        await refresh_number(turn, other)


async def refresh_number(turn: Turn, named: str) -> None:
    """The card of a record named by its number («T2», «P3»; «W1»: its feature's, through its
    ThreadKind's `refresh`) edited to show it as it is now."""
    letter, request_id = named[:1], int(named[1:])
    if numbered.of_requests(letter):
        request = await numbered.named(turn.tx, named)
        if request is not None:
            await refresh(turn, request.id)
        return
    kind = next((k for k in turn.registry.threads if k.letter == letter and k.refresh), None)
    if kind is not None and kind.refresh is not None:
        await kind.refresh(turn, request_id)


async def refresh(turn: Turn, request_id: int) -> None:
    """The request's card edited to show it as it is now: the one posted, and every copy of it
    staff asked to see again (/request N, /requests), whichever of them was pressed."""
    request = await store.get(turn.tx, request_id)
    if request is None:
        return
    others: list[str] = []
    if not request.is_open:  # closed: the same person's marks go, here and on the others
        request, others = await linked.unlink(turn.tx, request)
    about = subject_of(request.channel, request.user_id) if request.user_id else None
    await turn.to_staff(
        staff_view(turn.services, request),
        office=turn.settings.office(request.office),
        action="edit",
        ref_kind=REF_STAFF,
        ref_id=request_id,
        about=about,
    )
    look = (REF_LOOK, request.id)  # every copy shown again: the pressed one too

    def view(look_only: bool) -> Reply:
        return staff_view(turn.services, request, look_only=look_only)

    await turn.edit_shown_again(turn.settings.office(request.office), look, view, about)
    for other in others:
        await refresh_number(turn, other)


async def notify_user(
    turn: Turn,
    request: Request,
    key: str,
    rows: list[list[Button]],
    *,
    closed: bool = False,
    typed: bool = False,
    called: str | None = None,
) -> None:
    """The person told about their request; `closed`: and that their texts now go to the bot;
    `typed`: a number typed is the answer (the rating 1–5), not a button's number; `called`:
    the number staff called, shown so that a misread or mistyped one can be noticed."""
    if request.forgotten or request.chat_id is None:
        return
    lang = await person_language(turn, request)
    text = turn.services.t(lang, key, id=numbered.of_request(request))  # «T1», as staff read it
    if called:
        text += "\n" + turn.services.t(lang, "cb_called_number", phone=called)
    if closed:  # the request's thread ends with it (as a declined appointment request's)
        other = None  # unless another record's still takes their texts (latest.py)
        if request.user_id:
            other = await latest_open(turn, request.channel, request.user_id, request.office)
        text += "\n\n" + turn.services.t(lang, "cb_now_to_other" if other else "cb_now_to_bot")
    await turn.enqueue(
        request.channel,
        request.chat_id,
        Reply(text, rows, typed_answer=typed),
        ref_kind=REF_USER,
        ref_id=request.id,
    )


def _request_id(arg: str | None) -> int:
    number = record_id(arg)
    if number is None:
        raise Expired("request")
    return number


async def button_request(turn: Turn, *, look_only: bool = False) -> Request:
    """The request of a button; staff act only on their office's (coordinators look at any)."""
    if len(turn.args) != 1:
        raise Expired("request")
    request = await store.get(turn.tx, _request_id(turn.args[0]))
    if request is None:
        raise Expired("request")
    turn.staff_may(request.office, record_of(turn, request), look_only=look_only)
    return request


def record_of(turn: Turn, request: Request) -> str:
    return record_name(turn.services, turn.lang, request)


async def show(turn: Turn) -> Outcome:
    return stay(looked_at(turn, await button_request(turn, look_only=True)))


def looked_at(turn: Turn, request: Request) -> Reply:
    """The card staff asked to see again: it says whose it is (/forget and retention edit it),
    and a reply to it writes to the person, as to the card itself."""
    view = staff_view(turn.services, request, look_only=turn.staff_all)
    view = _with_reopen(turn, request, view, turn.staff_all)
    return shown_again(view, request.channel, request.user_id, (REF_LOOK, request.id))


def _with_reopen(turn: Turn, request: Request, card: Reply, look_only: bool) -> Reply:
    """A card shown again of a request staff closed less than REOPEN ago offers «↩️ Reopen», as
    the closing message does (never to look only, in the coordinators' chat)."""
    closed = request.closed_at
    if look_only or request.status not in ("done", "unreachable") or request.forgotten:
        return card
    if closed is None or closed < turn.now - REOPEN:
        return card
    label = turn.services.t(_staff_language(turn.services, request), "btn_staff_reopen")
    return replace(card, buttons=[[Button(label, f"request:reopen:{request.id}")]])


BASE_BUTTONS: dict[str, Handler] = {"show": show}  # with closing.py's: closing.BUTTONS
