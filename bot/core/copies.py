"""A record's card staff asked to see again (/request T1, a request pressed in /requests:
`turn.shown_again`): in a chat only the newest copy is kept up to date. When a newer copy is
posted, the copy before it is edited once to «↓ shown again below» (no buttons, nobody's data)
and loses its stored text, so that later changes, /forget and retention leave it alone: one
change edits the record's own card and its newest copy, not every copy staff ever asked for.
A copy still waiting in the outbox (the staff chat unreachable, Telegram refusing for a while)
is not sent at all once a newer one is asked for: it would arrive live, with buttons, beside
the newer one, and no edit would ever find it."""

from __future__ import annotations

from bot.core.messages import Reply
from bot.core.turn import Turn
from bot.storage import erasure, message_refs
from bot.storage import outbox as outbox_store


async def supersede(turn: Turn, replies: list[Reply]) -> None:
    """The copies these replies post (new messages showing a record) replace the newest copy of
    the same record shown before in this chat, and any copy of it not yet sent."""
    incoming = turn.incoming
    for reply in replies:
        if reply.record is None or reply.replace or reply.edit_message_id is not None:
            continue
        channel, chat = incoming.channel, incoming.chat_id
        await outbox_store.drop_waiting(turn.tx, turn.now, channel, chat, *reply.record)
        newest = await message_refs.newest_for(turn.tx, channel, chat, *reply.record)
        if newest is None:
            continue
        await erasure.forget_sent(turn.tx, channel, chat, newest)
        below = Reply(turn.t("staff_shown_again_below"), edit_message_id=newest)
        await turn.enqueue(channel, chat, below, action="edit", about=None)
