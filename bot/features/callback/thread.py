"""Writing between staff and a person about a record.

Every kind of record people and staff write about (bot.core.threads: callback and help
requests here, appointment requests, a course's message to everyone) is relayed here, the same
way. Staff write by replying (in Telegram) to one of the record's messages in the staff chat
(its card, a relayed text, their own earlier reply); the message ids are mapped back with
message_refs, never with forward data (hidden forwards hide the sender). The person is told,
with every staff message, that what they type outside another flow goes to the staff chat for
THREAD_HOURS after it (an appointment request's too while it is open), as a reply to the
record's card; "Stop writing to staff" (callback:stop:<id>[:<kind>]), the record closed, or
the time running out ends it. Which of the person's texts go to staff and which to the bot:
capture.py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from bot.core import gone, markup, staff_text
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.services import Services
from bot.core.threads import THREAD_HOURS as THREAD_HOURS
from bot.core.threads import Thread, ThreadKind
from bot.features import urgent
from bot.features.callback import numbered
from bot.features.callback.details import record_name, urgent_line
from bot.features.menu import main_menu
from bot.settings.config import Office
from bot.storage import Tx, message_refs
from bot.storage import outbox as outbox_store
from bot.storage import requests as store
from bot.storage import sessions as session_store
from bot.storage import threads as threads_store
from bot.storage.requests import (
    REF_LOOK,
    REF_STAFF,
    REF_STAFF_REPLY,
    REF_THREAD,
    REF_USER,
    Request,
)

CALLBACK = "request"  # the thread kind of callback and help requests


async def person_language(turn: Turn, record: Request | Thread) -> str:
    """The language the person uses now (they may have switched since the record), else the
    record's."""
    if record.user_id:
        session = await session_store.find(turn.tx, record.channel, record.user_id)
        if session is not None and session.language:
            return session.language
    return record.language


def thread_hours(services: Services, lang: str, hours: int = THREAD_HOURS) -> str:
    """«for the next 24 hours»: how long the person's messages go to staff after theirs."""
    return services.t.plural(lang, "cb_thread_hours", hours)


def _stop_button(turn: Turn, lang: str, thread: Thread) -> list[Button]:
    payload = f"callback:stop:{thread.id}"
    if thread.kind != CALLBACK:
        payload += f":{thread.kind}"
    return [Button(turn.services.t(lang, "btn_cb_end_thread"), payload)]


async def staff_reply(turn: Turn) -> Outcome:
    """A staff member replied to a message in the staff chat: about a record? Pass it on."""
    incoming = turn.incoming
    ref = await message_refs.ref_of(
        turn.tx, incoming.channel, incoming.chat_id, incoming.reply_to or ""
    )
    kind = next((k for k in turn.registry.threads if ref and ref[0] in k.staff_refs), None)
    if ref is None or kind is None:
        return stay()  # a reply to something else: staff talking among themselves
    thread = await kind.get(turn.services, turn.tx, ref[1])
    if thread is None:  # deleted with the person's data
        return stay(Reply(turn.t("staff_reply_gone")))
    record = thread.record(turn.lang)
    if turn.staff_all:  # the coordinators' chat looks; the office's own chat replies
        office = markup.literal(gone.office_label(turn.services, thread.office, turn.lang))
        return stay(Reply(turn.t("staff_coordinators_reply", record=record, office=office)))
    turn.staff_may(thread.office, record)  # another office's staff, a reply across topics
    if thread.forgotten or not thread.chat_id:
        return stay(Reply(turn.t("staff_reply_forgotten", record=record)))
    text = staff_text.typed(incoming.text)
    if not text:
        return stay(Reply(turn.t("staff_reply_text_only")))
    if staff_text.command_like(text):  # never for the person
        return stay(Reply(turn.t("staff_reply_command_like")))
    lang = await person_language(turn, thread)
    message = thread.wrote(lang, markup.literal(text))
    stop = [] if thread.closed else [_stop_button(turn, lang, thread)]  # one way: closed
    await turn.enqueue(
        thread.channel,
        thread.chat_id,
        Reply(message, stop),
        ref_kind=thread.to_person,
        ref_id=thread.id if thread.to_person else None,
    )
    if kind.written is not None:  # the card says who wrote, for their colleagues
        await kind.written(turn, thread.id)
    await kind.replied(turn.tx, thread.id, turn.now)
    await replies_about(turn, kind.staff_reply, thread.id)
    queued = thread.closed_told if thread.closed else "staff_reply_queued"
    return stay(Reply(turn.t(queued, record=record)))


async def relay_to_staff(
    turn: Turn,
    kind: ThreadKind,
    thread: Thread,
    body: str,
    rows: list[list[Button]] | None = None,
    typed: str | None = None,
) -> list[Reply]:
    """`body` (staff language markup, with `rows` of staff buttons) to the staff chat in the
    record's thread: a reply to its card; a typed text joins the thread's message still waiting
    to be sent, if any (so one chatty person does not fill the staff chat's 20 messages a
    minute). Danger words in what the person typed (`typed`, else the incoming text) mark it
    urgent, and the person gets the help lines (returned)."""
    office = turn.settings.office(thread.office)
    staff = office.staff_language
    text = (turn.incoming.text or "") if typed is None else typed
    replies: list[Reply] = []
    danger = urgent.detect(text)
    if danger:
        urgent.mark(turn)
        why = urgent_line(turn.services, staff, urgent.reason(turn, text))  # (never the words)
        body = f"{why}\n{body}"
        replies.append(Reply(urgent.help_text(turn, text)))
    chat = office.staff_chat_id
    waiting = None
    if chat is not None and text and not danger:
        waiting = await outbox_store.waiting_chat(
            turn.tx, turn.now, str(chat), kind.relayed, thread.id
        )
    if waiting is not None:
        item, queued = waiting
        more = turn.services.t(staff, "staff_user_wrote_more", text=markup.literal(text))
        await outbox_store.replace_reply(
            turn.tx, item, replace(queued, text=f"{queued.text}\n{more}")
        )
    else:
        await turn.to_staff(
            Reply(body, rows or [], reply_to_ref=thread.card),
            office=office,
            ref_kind=kind.relayed,
            ref_id=thread.id,
            priority=outbox_store.NOW if danger else outbox_store.CHAT,
        )
    return replies


async def relay(turn: Turn, kind: ThreadKind, thread: Thread, typed: str | None = None) -> Outcome:
    """The person's text (`typed`, else the incoming one) goes to the staff chat, under the
    record's card."""
    text = (turn.incoming.text or "") if typed is None else typed
    own = await kind.typed(turn, thread.id, text) if kind.typed is not None else []
    body = thread.staff_text(turn.services, "staff_user_wrote", text=markup.literal(text))
    replies = await relay_to_staff(turn, kind, thread, body, typed=text)
    if kind.kept is not None:  # (a callback or help request: /mydata shows it, kept.py)
        await kind.kept(turn, thread.id, text, True)
    if kind.noted is not None:  # marked, and the card edited to say so
        await kind.noted(turn, thread.id)
    elif kind.person_wrote is not None:
        await kind.person_wrote(turn.tx, thread.id, turn.now)
    ack = Reply(thread.relayed(turn.lang), [_stop_button(turn, turn.lang, thread)])
    return stay(*replies, ack, *own)  # («📅 Book Tue 15 Dec, 10:00?» after «passed on»)


async def stop(turn: Turn) -> Outcome:
    """callback:stop:<id>[:<kind>]: the person's texts go to the bot again, not to staff: this
    record's, and every other record's they might go to (as after /start), until staff write
    again."""
    if len(turn.args) not in (1, 2):
        raise Expired("callback:stop")
    name = turn.args[1] if len(turn.args) == 2 else CALLBACK
    kind = next((k for k in turn.registry.threads if k.name == name), None)
    number = record_id(turn.args[0])
    thread = await kind.get(turn.services, turn.tx, number) if kind and number else None
    incoming = turn.incoming
    if (
        kind is None
        or thread is None
        or (thread.channel, thread.user_id)
        != (
            incoming.channel,
            incoming.user_id,
        )
    ):
        raise Expired("callback:stop")
    await kind.stop(turn.tx, thread.id, turn.now)
    turn.memory.to_bot(turn.now)  # one «stop» stops relaying for every open record
    return stay(main_menu(turn, turn.t("cb_thread_ended")))


async def forget_thread(
    services: Services,
    tx: Tx,
    now: dt.datetime,
    office: Office,
    relayed: str,
    number: int,
    record: Callable[[str], str],
) -> int:
    """Retention: the person's messages relayed to the staff chat in a record's thread say who
    wrote them: each is edited to keep only which record it was about (`record`, named in a
    language: «Prośba o telefon nr T1») and that its text went with the retention period, as
    /forget's say it went at the person's request. How many were."""
    if office.staff_chat_id is None:
        return 0
    chat = str(office.staff_chat_id)
    lang = office.staff_language
    removed = Reply(services.t(lang, "staff_relayed_expired", record=record(lang)))
    shown = await message_refs.messages_for(tx, "telegram", chat, relayed, number)
    for message_id in shown:
        edit = replace(removed, edit_message_id=message_id)
        await outbox_store.enqueue(tx, now, "telegram", chat, edit, action="edit")
    return len(shown)


# --- callback and help requests, as a kind of thread ----------------------------------------


def point(services: Services, lang: str, office_id: str) -> str:
    """Who writes: «the information point», in a network with the office's name."""
    settings = services.settings
    if not settings.network:
        return services.t(lang, "cb_point")
    label = settings.office(office_id).label(lang)
    # in brackets itself: «Стараховице — повят, Центр помощи беженцам», not brackets in brackets
    office = markup.literal(re.sub(r"\s*\(([^()]*)\)", r", \1", label))
    return services.t(lang, "cb_point_in", office=office)


def request_thread(services: Services, request: Request) -> Thread:
    t = services.t
    return Thread(
        kind=CALLBACK,
        id=request.id,
        office=request.office,
        channel=request.channel,
        user_id=request.user_id,
        chat_id=request.chat_id,
        language=request.language,
        name=request.name or "",
        record=lambda lang: record_name(services, lang, request),
        wrote=lambda lang, text: t(
            lang,
            "cb_staff_wrote" if request.is_open else "cb_staff_wrote_closed",
            id=numbered.of_request(request),
            text=text,
            hours=thread_hours(services, lang),
            point=point(services, lang, request.office),
        ),
        # nobody has written yet: a note to the request just sent, with its card
        relayed=lambda lang: t(
            lang,
            "cb_relayed" if request.last_staff_reply_at else "cb_relayed_added",
            id=numbered.of_request(request),
        ),
        card=(REF_STAFF, request.id),
        to_person=REF_USER,
        forgotten=request.forgotten,
        closed=not request.is_open,
        number=numbered.of_request(request),
        person_at=request.last_person_at,
    )


async def _get_request(services: Services, tx: Tx, request_id: int) -> Thread | None:
    request = await store.get(tx, request_id)
    return request_thread(services, request) if request is not None else None


REQUESTS = ThreadKind(
    CALLBACK,
    staff_refs=(REF_STAFF, REF_THREAD, REF_STAFF_REPLY, REF_LOOK),
    relayed=REF_THREAD,
    staff_reply=REF_STAFF_REPLY,
    open_query=store.open_thread,
    get=_get_request,
    replied=store.staff_replied,
    stop=store.close_thread,
    person_refs=(REF_USER,),
    person_wrote=threads_store.callback_person_wrote,
)


async def replies_about(turn: Turn, ref_kind: str, ref_id: int) -> None:
    """A reply to the staff message just received or tapped is about this record (a staff
    reply, a cancel's confirmation): it writes to the person, as a reply to the card does."""
    incoming = turn.incoming
    if incoming.message_id:
        await message_refs.remember(
            turn.tx,
            turn.now,
            incoming.channel,
            incoming.chat_id,
            incoming.message_id,
            ref_kind,
            ref_id,
        )
