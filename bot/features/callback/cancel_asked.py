"""«скасувати дзвінок», «отмените звонок», «cancel the call», «anuluj telefon»: typed while a
callback or help request of theirs takes their texts (capture.py), the person is offered to
withdraw it, not silently told «✉️ Added to your request #T1» (tester 36, F14: the call still
stood and they did not know). «↩️ Yes, withdraw it» withdraws it as /mybookings does
(callback:withdraw_now:<id>); «✉️ No, send my message to the staff» passes the text on under
the request's card, as «Send this to your request too» does (callback:also:<tag>, answered.py).
"""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Button, Reply
from bot.core.threads import Thread, ThreadKind
from bot.core.words import words
from bot.features import urgent
from bot.features.callback.answered import hold
from bot.features.callback.mine import withdraw_question
from bot.features.callback.thread import CALLBACK
from bot.storage import requests as store

MAX_WORDS = 8  # a longer message says more than «cancel»: the request's note, as before

# The beginnings of the words for cancelling or withdrawing, folded as `words` folds them
# («скасуйте», «скасування», «відмініть», «отмените», «anulujcie», «odwołuję», «withdraw»).
_STEMS = (
    "скасов",
    "скасу",
    "відмін",
    "отмен",
    "отмін",
    "cancel",
    "withdraw",
    "anul",
    "odwoł",
    "odwol",
)


def says_cancel(text: str) -> bool:
    said = words(text)
    return 0 < len(said) <= MAX_WORDS and any(w.startswith(_STEMS) for w in said)


async def offered(turn: Turn, kind: ThreadKind, thread: Thread) -> Outcome | None:
    """The offer to withdraw the request, or None: not a callback or help request, or the text
    does not ask to cancel (or mentions danger: it goes to staff, marked, as before)."""
    text = turn.incoming.text or ""
    if kind.name != CALLBACK or not says_cancel(text) or urgent.detect(text):
        return None
    request = await store.get(turn.tx, thread.id)
    if request is None or not request.is_open:
        return None
    text_on = hold(turn, kind, thread, text)
    rows = [
        [Button(turn.t("as_btn_withdraw_yes"), f"callback:withdraw_now:{request.id}")],
        [Button(turn.t("btn_cb_cancel_send"), text_on)],
    ]
    return stay(Reply(withdraw_question(turn, request), rows))
