"""The person's rating of a request closed as done (“How helpful were we?”): a tap on 1–5 under
the message that it is closed, or the number typed (in the next THREAD_HOURS, outside forms:
«5», «4/5», «5!», and «5 спасибо большое!»: thanks after it), which the bot takes as the rating,
never relays to staff."""

from __future__ import annotations

import datetime as dt
import re

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Expired
from bot.features.callback import feedback
from bot.features.callback.mine import own_request
from bot.features.callback.thread import THREAD_HOURS
from bot.features.menu import main_menu
from bot.storage import requests as store
from bot.storage import threads as threads_store

TYPED = re.compile(r"\s*([1-5])\s*(?:/\s*5)?\s*[.!⭐️]*\s*")
# «5 спасибо большое!», «5, дякую», «4 thanks»: a number with words after it that the search
# reads as thanks (its small talk, in every language and transliteration) is a rating too
WITH_WORDS = re.compile(r"\s*([1-5])\s*(?:/\s*5)?\s*[.!,⭐️]*\s+(\D+)")


async def _thanks(turn: Turn, words: str) -> bool:
    searcher = await turn.services.search.ready(turn.office.id)
    if searcher is None:
        return False
    result = await turn.services.search.search(searcher, words, turn.lang)
    return result.smalltalk == "thanks"


async def rate(turn: Turn) -> Outcome:
    """callback:rate:<request>:<1-5>, under the message that the request is done."""
    if len(turn.args) != 2:
        raise Expired("callback:rate")
    request = await own_request(turn, turn.args[0], "callback")
    if turn.args[1] not in ("1", "2", "3", "4", "5") or request.status != "done":
        raise Expired("callback:rate")
    if request.rating is not None:
        return stay(main_menu(turn, turn.t("cb_already_rated")))
    await store.set_rating(turn.tx, request.id, int(turn.args[1]))
    await feedback.low_to_staff(turn, request.id, int(turn.args[1]))
    return stay(feedback.rated(turn, request.id, int(turn.args[1])))


async def typed(turn: Turn) -> Outcome | None:
    """A number 1–5 typed alone while a request closed as done waits for its rating: the
    rating. None: not one (or nothing is waiting for one)."""
    text = turn.incoming.text or ""
    found = TYPED.fullmatch(text) or WITH_WORDS.fullmatch(text)
    if found is None:
        return None
    incoming = turn.incoming
    since = turn.now - dt.timedelta(hours=THREAD_HOURS)
    (done,) = await turn.tx.batch(threads_store.unrated(incoming.channel, incoming.user_id, since))
    if not done.rows:
        return None
    if found.re is WITH_WORDS and not await _thanks(turn, found.group(2)):
        return None  # «5 днів чекаю»: not a rating
    number, rating = int(done.rows[0]["id"]), int(found.group(1))
    await store.set_rating(turn.tx, number, rating)
    await feedback.low_to_staff(turn, number, rating)
    return stay(feedback.rated(turn, number, rating))
