"""Viber adapter on the Viber REST bot API: webhook events -> Incoming, Reply -> send_message.

Events arrive at bot.channels.web (which checks their signature, client.signature_ok) and come
here; replies go out through client.ViberClient. Rendering (plain text, keyboards, pages) is in
render.py; the outbox's sender is sender.ViberSender.

Viber specifics handled here:
- conversation_started: the person is not subscribed yet, so the welcome goes back in the HTTP
  response (the only message Viber allows then), not through send_message;
- subscribed / unsubscribed are recorded (bot.storage.viber); nobody unsubscribed is messaged:
  the sender raises Undeliverable and the outbox reports it to staff;
- a tap on a button is a text message whose text is the button's ActionBody (see viber_render).
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import logging
import secrets
from dataclasses import replace
from typing import Any

from bot.channels.viber import render
from bot.channels.viber.client import ViberApiError, ViberClient, ViberUnreachable
from bot.channels.viber.events import CHANNEL, to_incoming
from bot.core.dispatch import Core, Queued
from bot.core.messages import Incoming, Reply
from bot.core.numbers import record_id
from bot.delivery.worker import OutboxWorker
from bot.storage import Database, Tx
from bot.storage import sessions as session_store
from bot.storage import viber as store

log = logging.getLogger(__name__)

FILES_KEPT = dt.timedelta(days=7)


class ViberChannel:
    """Wires Viber to the core: events in, rendered replies out."""

    def __init__(
        self,
        core: Core,
        client: ViberClient,
        worker: OutboxWorker,
        *,
        files_url: str | None = None,  # public URL under which bot.web serves /files
    ):
        self.core = core
        self.client = client
        self.worker = worker
        self.files_url = files_url
        self.services = core.services
        self._locks: dict[str, asyncio.Lock] = {}
        self._recent: collections.OrderedDict[str, None] = collections.OrderedDict()

    @property
    def db(self) -> Database:
        return self.services.db

    def clock(self) -> dt.datetime:
        return self.services.clock()

    # --- events ---------------------------------------------------------------------------
    async def on_event(self, event: dict[str, Any]) -> dict[str, Any] | None:
        """Handle one webhook event; a dict returned is the HTTP response body (the welcome)."""
        kind = event.get("event")
        token = str(event.get("message_token", ""))
        if kind in ("message", "conversation_started") and token in self._recent:
            return None  # Viber sent it again: it did not see our answer in time
        if kind == "conversation_started":
            welcome = await self._conversation_started(event)
            self._done(token)
            return welcome
        if kind == "message":
            await self._message(event)
            self._done(token)  # only once handled: after a failure, Viber's retry is welcome
        elif kind == "subscribed":
            user = event.get("user") or {}
            await self._seen(str(user.get("id", "")), user.get("api_version"), True)
        elif kind == "unsubscribed" and event.get("user_id"):
            async with self.db.transaction() as tx:
                await store.unsubscribe(tx, str(event["user_id"]), self.clock())
        elif kind == "failed":
            log.warning("Viber could not show a message to a person: %s", event.get("desc"))
        return None

    def _done(self, token: str) -> None:
        if not token:
            return
        self._recent[token] = None
        while len(self._recent) > 1000:
            self._recent.popitem(last=False)

    async def _seen(self, user_id: str, api_version: Any, subscribed: bool | None) -> None:
        if not user_id:
            return
        version = int(api_version) if isinstance(api_version, int) else None
        async with self.db.transaction() as tx:
            await store.seen(tx, user_id, self.clock(), api_version=version, subscribed=subscribed)

    async def _conversation_started(self, event: dict[str, Any]) -> dict[str, Any] | None:
        user = event.get("user") or {}
        user_id = str(user.get("id", ""))
        if not user_id:
            return None
        await self._seen(user_id, user.get("api_version"), bool(event.get("subscribed")))
        context = event.get("context")  # a deep link's: viber://pa?chatURI=<bot>&context=<office>
        context = context.strip() if isinstance(context, str) else ""
        incoming = Incoming(
            CHANNEL,
            user_id,
            user_id,
            language_hint=user.get("language"),
            command="start",
            args=context,
        )
        if event.get("subscribed"):
            waiting, office = await self._form_in_progress(user_id)
            other = context.lower() != office and context.lower() in self.services.settings.offices
            if waiting is not None and other:
                # another office's link in the middle of a form: as /office <id> (the core
                # says what happens to the form); a subscriber can be sent messages
                async with self._lock(user_id):
                    await self.deliver(user_id, await self.core.handle_queued(incoming))
                return None
            if waiting is not None:
                return self.client.message(waiting)
        async with self._lock(user_id):
            replies = await self.core.handle(incoming)
            bodies = await self.bodies(user_id, replies)
        # Only one message may go back before the person subscribes: the turn's, in one.
        welcome = render.one_message(bodies)
        return self.client.message(welcome) if welcome else None

    async def _form_in_progress(self, user_id: str) -> tuple[dict[str, Any] | None, str | None]:
        """A subscriber who opens the chat again in the middle of a form (a callback request,
        a booking) keeps it: a reminder with the form's own buttons, not a restart that would
        drop what they already typed (and their office, to tell another office's link)."""
        async with self.db.transaction() as tx:
            session = await session_store.find(tx, CHANNEL, user_id)
            if session is None or session.flow is None:
                return None, None
            user = await store.get(tx, user_id)
        keys = render.stored_keys(user.keyboard) if user and user.keyboard else []
        lang = session.language or self.services.settings.default_language
        body = {"type": "text", "text": self.services.t(lang, "viber_form_continues")}
        if not keys or user is None:
            return body, session.office
        shown, _ = render.page_of(keys, user.keyboard_page, *self._labels(lang))
        return render.with_keyboard(body, shown), session.office

    async def _message(self, event: dict[str, Any]) -> None:
        sender = event.get("sender") or {}
        user_id = str(sender.get("id", ""))
        if not user_id:
            return
        await self._seen(user_id, sender.get("api_version"), True)  # a message subscribes
        message = event.get("message") or {}
        async with self._lock(user_id):
            if message.get("type") == "text":
                kind, value = render.parse_body(str(message.get("text", "")))
                if kind == "page":
                    await self._turn_page(user_id, value)
                    return
            incoming = to_incoming(user_id, sender.get("language"), message)
            if incoming is None:
                return
            if token := str(event.get("message_token", "")):
                incoming = replace(incoming, update_key=f"{CHANNEL}:{token}")
            await self.deliver(user_id, await self.core.handle_queued(incoming))

    def _lock(self, user_id: str) -> asyncio.Lock:
        """One event per person at a time, so that replies go out in order."""
        if len(self._locks) > 1000:
            self._locks = {k: v for k, v in self._locks.items() if v.locked()}
        return self._locks.setdefault(user_id, asyncio.Lock())

    # --- outgoing -------------------------------------------------------------------------
    async def deliver(self, user_id: str, queued: list[Queued]) -> None:
        """Send the replies to a turn (kept in the outbox, held for us) one by one; each is
        marked delivered once Viber accepted it, and what cannot be sent now is handed to the
        outbox worker with everything after it, as are all of them while earlier messages to
        the person wait there (they go behind them, in order)."""
        if self.worker.ahead(user_id):
            await self.worker.hand_over(
                user_id, queued, "behind earlier messages to this chat", None
            )
            return
        replies = [q.reply for q in queued]
        for index, reply in enumerate(queued):
            last = index == len(queued) - 1
            try:
                bodies = await self.bodies(
                    user_id, [reply.reply], keys_from=replies if last else []
                )
                token = ""
                for body in bodies:
                    token = await self.client.send(user_id, body)
            except (ViberUnreachable, ViberApiError) as exc:
                log.warning("sending to Viber failed (%s); the rest waits in the outbox", exc)
                await self.worker.hand_over(user_id, queued[index:], str(exc), None)
                return
            if reply.item:
                await self.worker.mark_sent([(reply.item, token or None)])

    async def bodies(
        self,
        user_id: str,
        replies: list[Reply],
        *,
        keys_from: list[Reply] | None = None,
        keep: bool = False,
    ) -> list[dict[str, Any]]:
        """The messages for some replies.

        Viber shows only the latest keyboard, so it goes on the final message, made from the
        last of `keys_from` (default: the replies) that has buttons; `keys_from=[]` leaves the
        keyboard alone. With `keep`, a reply without buttons (a reminder, a staff reply) keeps
        the keyboard the person has, instead of taking it away in the middle of a choice.
        """
        keys_from = replies if keys_from is None else keys_from
        async with self.db.transaction() as tx:
            user = await store.get(tx, user_id)
            api_version = user.api_version if user else 1
            out: list[dict[str, Any]] = []
            for reply in replies:
                out += render.text_bodies(reply)
                if reply.attachment is not None and self.files_url:
                    out.append(await self._file_body(tx, reply))
            if not keys_from:
                return out
            source = next((r for r in reversed(keys_from) if _sets_keyboard(r)), None)
            keys: list[render.Key] = []
            page = 0
            if source is not None:
                keys = render.keys_of(source, api_version)
            elif keep and user is not None and user.keyboard:
                keys = render.stored_keys(user.keyboard)
                page = user.keyboard_page
            shown, page = render.page_of(keys, page, *await self._page_labels(tx, user_id))
            await store.save_keyboard(tx, user_id, self.clock(), render.keys_json(keys), page)
        if not out and not shown:
            return []
        final = out.pop() if out else None
        return [*out, render.with_keyboard(final, shown)]

    async def _file_body(self, tx: Tx, reply: Reply) -> dict[str, Any]:
        attachment = reply.attachment
        assert attachment is not None
        token = secrets.token_urlsafe(24)
        now = self.clock()
        await store.delete_files_before(tx, now - FILES_KEPT)
        await store.add_file(
            tx, token, attachment.filename, attachment.mime_type, attachment.content, now
        )
        return {
            "type": "file",
            "media": f"{self.files_url}/{token}/{attachment.filename}",
            "size": len(attachment.content),
            "file_name": attachment.filename,
        }

    async def _page_labels(self, tx: Tx, user_id: str) -> tuple[str, str]:
        session = await session_store.find(tx, CHANNEL, user_id)
        return self._labels(session.language if session else None)

    def _labels(self, lang: str | None) -> tuple[str, str]:
        """The "More ▶" / "◀ Back" labels of a paged keyboard."""
        lang = lang or self.services.settings.default_language
        return self.services.t(lang, "viber_btn_more"), self.services.t(lang, "viber_btn_back")

    async def _turn_page(self, user_id: str, value: str) -> None:
        async with self.db.transaction() as tx:
            user = await store.get(tx, user_id)
            page_asked = record_id(value)
            if user is None or not user.keyboard or page_asked is None:
                keys = None
            else:
                keys = render.stored_keys(user.keyboard)
                labels = await self._page_labels(tx, user_id)
                shown, page = render.page_of(keys, page_asked, *labels)
                await store.save_keyboard(tx, user_id, self.clock(), user.keyboard, page)
        if keys is None:  # a keyboard from before a restart of this feature: show the menu
            await self.deliver(user_id, await self.core.handle_queued(_expired(user_id)))
            return
        try:
            await self.client.send(user_id, render.with_keyboard(None, shown))
        except (ViberUnreachable, ViberApiError) as exc:
            log.warning("sending a keyboard page to Viber failed: %s", exc)


def _sets_keyboard(reply: Reply) -> bool:
    return bool(
        reply.buttons or reply.request_contact or reply.request_location or reply.close_keyboard
    )


def _expired(user_id: str) -> Incoming:
    return Incoming(CHANNEL, user_id, user_id, payload="\u2062")  # no handler: "expired"
