"""Messages for a person that can never be delivered are reported to the staff chat.

The outbox worker drops a message the platform will never accept (the person unsubscribed on
Viber, blocked the bot on Telegram) instead of retrying it forever; this tells staff, in the
staff language and through the outbox itself, what the person did not get, so that they can
phone them if it matters. A report about a callback request is posted as a reply to that
request's message in the staff chat.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.core import markup
from bot.core.messages import Reply
from bot.core.services import Services
from bot.storage import outbox as outbox_store
from bot.storage.requests import REF_STAFF, REF_USER

log = logging.getLogger(__name__)

EXCERPT_LIMIT = 600
STAFF_CHANNEL = "telegram"


def reason_key(reason: str) -> str:
    text = reason.lower()
    if "unsubscribed" in text or "notsubscribed" in text:
        return "undeliverable_unsubscribed"
    if "blocked" in text or "forbidden" in text or "deactivated" in text:
        return "undeliverable_blocked"
    return "undeliverable_refused"


def report(services: Services, item: outbox_store.Item, reason: str) -> Reply:
    lang = services.staff_language
    t = services.t
    about = ""
    reply_to: tuple[str, int] | None = None
    if item.ref_kind == REF_USER and item.ref_id is not None:
        about = t(lang, "undeliverable_about_request", id=item.ref_id)
        reply_to = (REF_STAFF, item.ref_id)
    elif item.ref_kind == "booking" and item.ref_id is not None:
        about = t(lang, "undeliverable_about_booking", id=item.ref_id)
    excerpt = markup.to_plain(item.reply.text).strip()
    if len(excerpt) > EXCERPT_LIMIT:
        excerpt = excerpt[: EXCERPT_LIMIT - 1].rstrip() + "…"
    channel_key = f"channel_{item.channel}"
    text = t(
        lang,
        "staff_undeliverable",
        channel=t(lang, channel_key) if t.has(lang, channel_key) else item.channel,
        reason=t(lang, reason_key(reason)),
        about=about,
        excerpt=markup.literal(excerpt),
    )
    return Reply(text, reply_to_ref=reply_to)


def reporter(services: Services) -> Callable[[outbox_store.Item, str], Awaitable[None]]:
    """The OutboxWorker's on_undeliverable hook."""

    async def on_undeliverable(item: outbox_store.Item, reason: str) -> None:
        chat = services.settings.staff_chat_id
        if chat is None or item.chat_id == str(chat):
            return
        async with services.db.transaction() as tx:
            await outbox_store.enqueue(
                tx,
                services.clock(),
                STAFF_CHANNEL,
                str(chat),
                report(services, item, reason),
                subject=item.subject,  # it quotes what the person was to get
            )
        log.info("reported undeliverable outbox item %s to the staff chat", item.id)
        services.outbox.wake()

    return on_undeliverable
