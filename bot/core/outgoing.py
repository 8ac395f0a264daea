"""A turn's replies written to the outbox in the turn's own transaction and held for the
adapter (Core.handle_queued), which sends them at once or hands them to the worker: a crash, an
outage or a refusal loses none of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from bot.core.messages import Incoming, Reply
from bot.storage import AtCommit, Tx
from bot.storage import outbox as outbox_store


@dataclass(frozen=True)
class Queued:
    """A reply written to the outbox (item 0: not written, the caller just shows it)."""

    item: int
    reply: Reply


def held(
    tx: Tx, now: dt.datetime, incoming: Incoming, replies: list[Reply], subject: str | None
) -> list[tuple[AtCommit, Reply]]:
    """The replies to `incoming`, written to the outbox with the commit and held for the
    adapter (Core.handle_queued); their ids once the turn has committed."""
    queued = []
    for index, reply in enumerate(replies):
        if index == 0 and reply.replace and incoming.payload is not None:
            reply = replace(reply, edit_message_id=incoming.message_id)
        if incoming.topic_id is not None and reply.topic_id is None:  # a forum topic
            reply = replace(reply, topic_id=int(incoming.topic_id))
        item = outbox_store.enqueue_held(
            tx, now, incoming.channel, incoming.chat_id, reply, subject
        )
        queued.append((item, reply))
    return queued
