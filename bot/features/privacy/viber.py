"""The Viber record of a user (id, subscription, app's API level) in /mydata and /forget."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.storage import viber as store


async def show(turn: Turn) -> str | None:
    if turn.incoming.channel != "viber":
        return None
    user = await store.get(turn.tx, turn.incoming.user_id)
    if user is None:
        return None
    state = turn.t("privacy_viber_subscribed" if user.subscribed else "privacy_viber_unsubscribed")
    return turn.t("privacy_viber", state=state)


async def forget(turn: Turn) -> None:
    if turn.incoming.channel == "viber":
        await store.forget(turn.tx, turn.incoming.user_id)
