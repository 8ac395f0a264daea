"""Writing between staff and a person about a request, and the person's rating afterwards.

The rule, told to the person with every staff message: for THREAD_HOURS after the last staff
reply, whatever they type outside another flow goes to the staff chat, as a reply to their
request's message; "Stop writing to staff" (callback:stop:<id>) or the time running out ends it.
Staff write by replying (in Telegram) to the request's message or to any message of its thread;
the message ids are mapped back with storage.outbox.ref_of_message, never with forward data
(hidden forwards hide the sender).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.features import urgent
from bot.features.callback.details import record_name
from bot.features.menu import main_menu
from bot.storage import message_refs
from bot.storage import outbox as outbox_store
from bot.storage import requests as store
from bot.storage import sessions as session_store
from bot.storage.requests import REF_STAFF, REF_STAFF_REPLY, REF_THREAD, REF_USER, Request

THREAD_HOURS = 24


async def person_language(turn: Turn, request: Request) -> str:
    """The language the person uses now (they may have switched since the request), else the
    request's."""
    if request.user_id is not None:
        session = await session_store.find(turn.tx, request.channel, request.user_id)
        if session is not None and session.language:
            return session.language
    return request.language


def _stop_button(turn: Turn, lang: str, request_id: int) -> list[Button]:
    return [Button(turn.services.t(lang, "btn_cb_end_thread"), f"callback:stop:{request_id}")]


async def staff_reply(turn: Turn) -> Outcome:
    """A staff member replied to a message in the staff chat: about a request? Pass it on."""
    incoming = turn.incoming
    ref = await message_refs.ref_of(
        turn.tx, incoming.channel, incoming.chat_id, incoming.reply_to or ""
    )
    if ref is None or ref[0] not in (REF_STAFF, REF_THREAD, REF_STAFF_REPLY):
        return stay()  # a reply to something else: staff talking among themselves
    request = await store.get(turn.tx, ref[1])
    if request is None:
        return stay()
    record = record_name(turn.services, turn.lang, request)
    turn.staff_may(request.office, record)  # a reply across forum topics: refused
    if request.forgotten or request.chat_id is None:
        return stay(Reply(turn.t("staff_reply_forgotten", record=record)))
    text = (incoming.text or "").strip()
    if not text:
        return stay(Reply(turn.t("staff_reply_text_only")))
    lang = await person_language(turn, request)
    t = turn.services.t
    hours = t.plural(lang, "cb_thread_hours", THREAD_HOURS)
    message = t(lang, "cb_staff_wrote", id=request.id, text=markup.literal(text), hours=hours)
    await turn.enqueue(
        request.channel,
        request.chat_id,
        Reply(message, [_stop_button(turn, lang, request.id)]),
        ref_kind=REF_USER,
        ref_id=request.id,
    )
    await store.staff_replied(turn.tx, request.id, turn.now)
    if incoming.message_id:
        # A reply to this staff message is about the same request.
        await message_refs.remember(
            turn.tx,
            turn.now,
            incoming.channel,
            incoming.chat_id,
            incoming.message_id,
            REF_STAFF_REPLY,
            request.id,
        )
    return stay(Reply(turn.t("staff_reply_queued", record=record)))


async def relay(turn: Turn, request: Request) -> Outcome:
    """The person's text goes to the staff chat, under their request's message."""
    office = turn.settings.office(request.office)
    staff = office.staff_language
    text = turn.incoming.text or ""
    replies: list[Reply] = []
    body = turn.services.t(
        staff,
        "staff_user_wrote",
        record=record_name(turn.services, staff, request),
        name=markup.literal(request.name or ""),
        text=markup.literal(text),
    )
    danger = urgent.detect(text)
    if danger:
        urgent.mark(turn)
        body = f"{turn.services.t(staff, 'staff_urgent')}\n{body}"
        replies.append(Reply(urgent.help_text(turn)))
    chat = office.staff_chat_id
    waiting = None
    if chat is not None and not danger:
        waiting = await outbox_store.waiting_chat(
            turn.tx, turn.now, str(chat), REF_THREAD, request.id
        )
    if waiting is not None:
        # still waiting for its turn in the staff chat: this message joins it, so one chatty
        # person does not fill the staff chat's 20 messages a minute
        item, queued = waiting
        more = turn.services.t(staff, "staff_user_wrote_more", text=markup.literal(text))
        await outbox_store.replace_reply(
            turn.tx, item, replace(queued, text=f"{queued.text}\n{more}")
        )
    else:
        await turn.to_staff(
            Reply(body, reply_to_ref=(REF_STAFF, request.id)),
            office=office,
            ref_kind=REF_THREAD,
            ref_id=request.id,
            priority=outbox_store.NOW if danger else outbox_store.CHAT,
        )
    ack = Reply(turn.t("cb_relayed", id=request.id), [_stop_button(turn, turn.lang, request.id)])
    return stay(*replies, ack)


async def relay_open_thread(turn: Turn, next_: Next) -> Outcome:
    """In the text pipeline: while a thread with staff is open, typed text goes to staff."""
    incoming = turn.incoming
    if incoming.text:
        since = turn.now - dt.timedelta(hours=THREAD_HOURS)
        request = await store.open_thread(turn.tx, incoming.channel, incoming.user_id, since)
        if request is not None:
            return await relay(turn, request)
    return await next_()


async def _own_request(turn: Turn, arg: str) -> Request:
    """The caller's own request, or the button is forged or stale."""
    number = record_id(arg)
    if number is None:
        raise Expired("callback")
    request = await store.get(turn.tx, number)
    incoming = turn.incoming
    if request is None or (request.channel, request.user_id) != (
        incoming.channel,
        incoming.user_id,
    ):
        raise Expired("callback")
    return request


async def rate(turn: Turn) -> Outcome:
    """callback:rate:<request>:<1-5>, under the message that the request is done."""
    if len(turn.args) != 2:
        raise Expired("callback:rate")
    request = await _own_request(turn, turn.args[0])
    if turn.args[1] not in ("1", "2", "3", "4", "5") or request.status != "done":
        raise Expired("callback:rate")
    if request.rating is not None:
        return stay(main_menu(turn, turn.t("cb_already_rated")))
    await store.set_rating(turn.tx, request.id, int(turn.args[1]))
    return stay(main_menu(turn, turn.t("cb_rating_thanks")))


async def stop(turn: Turn) -> Outcome:
    """callback:stop:<request>: the person's texts go to the bot again, not to staff."""
    if len(turn.args) != 1:
        raise Expired("callback:stop")
    request = await _own_request(turn, turn.args[0])
    await store.close_thread(turn.tx, request.id, turn.now)
    return stay(main_menu(turn, turn.t("cb_thread_ended")))
