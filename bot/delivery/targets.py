"""The platform messages an outbox item refers to: the one an edit changes, the one a message
replies to (found by the record they show, `message_refs`)."""

from __future__ import annotations

import dataclasses

from bot.core.messages import Reply
from bot.delivery.errors import NothingToEdit
from bot.storage import Database, message_refs
from bot.storage import outbox as store


async def edit_target(db: Database, item: store.Item) -> str | None:
    """The platform id of the message an edit changes (given, or the record's message);
    None: that message is still waiting to be sent."""
    if item.reply.edit_message_id:
        return item.reply.edit_message_id
    async with db.transaction() as tx:
        message_id = await message_refs.message_for(
            tx, item.channel, item.chat_id, item.ref_kind or "", item.ref_id or 0
        )
        waiting = message_id is None and await store.send_pending_for(
            tx, item.channel, item.chat_id, item.ref_kind or "", item.ref_id or 0
        )
    if message_id is None and not waiting:
        # The message was never sent (or its sending failed for good): there is nothing to
        # edit, and retrying forever would only fill the log.
        raise NothingToEdit("no message to edit")
    return message_id


async def with_reply_target(db: Database, item: store.Item) -> Reply:
    """Resolve reply_to_ref to the platform id of that record's message in this chat.

    Not delivered (yet): the message goes out as a plain one rather than wait.
    """
    ref = item.reply.reply_to_ref
    if ref is None or item.reply.reply_to_message_id is not None:
        return item.reply
    async with db.transaction() as tx:
        message_id = await message_refs.message_for(tx, item.channel, item.chat_id, ref[0], ref[1])
    return dataclasses.replace(item.reply, reply_to_message_id=message_id)
