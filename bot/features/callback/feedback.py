"""What a person says about a request closed as done (tester 20, item 7): «все погано, ніхто не
дзвонив» typed after the rating went to the search («Bank account»). Now it reaches the staff
chat under the request's card, and the person is thanked, with the way to a new callback.

- A low rating (1 or 2, tapped or typed) is told to staff at once, and the person is asked what
  went wrong: the next text within FEEDBACK_HOURS is that, whatever it says.
- After any other rating, or while the rating is still awaited, a complaint (complaint_words.yaml
  beside this file: «ніхто не дзвонив», «nobody called», «nie pomogli») within FEEDBACK_HOURS.

Danger words, a cry for help, a medical emergency are never taken: the urgent screen answers
them (it comes after this in the text pipeline). A confidential request's text is not passed on.
"""

from __future__ import annotations

import datetime as dt
import functools
from importlib import resources

from bot.core import markup, yamldata
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Reply
from bot.core.words import fold, words
from bot.features import urgent
from bot.features.callback import kept, numbered
from bot.features.callback.thread import REQUESTS, THREAD_HOURS, relay_to_staff, request_thread
from bot.features.menu import main_menu
from bot.storage import requests as store
from bot.storage import threads as threads_store

FEEDBACK_HOURS = 2  # after a rating: the text that follows is read as feedback this long
LOW = 2  # a rating this or lower: staff are told, and the person asked what went wrong
_NOT = frozenset({"не", "ні", "not", "nie", "нет", "ne"})  # «не погано»: not a complaint


@functools.cache
def _phrases() -> frozenset[tuple[str, ...]]:
    source = resources.files("bot.features.callback") / "complaint_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    return frozenset(tuple(words(fold(p))) for phrases in data.values() for p in phrases)


@functools.cache
def _sizes() -> frozenset[int]:
    """How many words the phrases have (each message is looked at for each, not worked out again
    for every message: docs/performance.md, change 68)."""
    return frozenset(len(p) for p in _phrases())


def complains(text: str) -> bool:
    """Whether `text` says the help was bad or did not come («ніхто не дзвонив», «useless»)."""
    said, phrases = words(fold(text)), _phrases()
    for size in _sizes():
        for at in range(len(said) - size + 1):
            if tuple(said[at : at + size]) in phrases:
                if size == 1 and at and said[at - 1] in _NOT:  # «не погано», «not bad»
                    continue
                return True
    return False


def rated(turn: Turn, request_id: int, rating: int) -> Reply:
    """A rating set: remembered for the text that may follow; a low one is told to staff (see
    `low_to_staff`) and the person asked what went wrong."""
    turn.memory.rated = f"{request_id}:{rating}:{turn.now.isoformat()}"
    key = "cb_rating_low" if rating <= LOW else "cb_rating_thanks"
    return main_menu(turn, turn.t(key))


async def low_to_staff(turn: Turn, request_id: int, rating: int) -> None:
    """A low rating, under the request's card in the staff chat."""
    if rating > LOW:
        return
    request = await store.get(turn.tx, request_id)
    if request is None or request.forgotten:
        return
    thread = request_thread(turn.services, request)
    body = thread.staff_text(turn.services, "staff_rated_low", rating=rating)
    await turn.to_staff(
        Reply(body, reply_to_ref=thread.card),
        office=turn.settings.office(thread.office),
        ref_kind=REQUESTS.relayed,
        ref_id=thread.id,
    )


async def typed(turn: Turn) -> Outcome | None:
    """Text after a rating (or while one is awaited) that is feedback: to staff, the person
    thanked. None: it is not (the bot answers it)."""
    text = (turn.incoming.text or "").strip()
    if not text or urgent.caught(text) is not None:
        return None
    found = await _about(turn, text)
    if found is None:
        return None
    request_id, rating = found
    request = await store.get(turn.tx, request_id)
    if request is None or request.forgotten:
        return None
    thread = request_thread(turn.services, request)
    if thread.private:
        return None
    turn.memory.rated = None  # one message: what follows is the bot's again
    staff = thread.staff_language(turn.services)
    rated_part = turn.services.t(staff, "staff_feedback_rated", rating=rating) if rating else ""
    said = markup.literal(text)
    body = thread.staff_text(turn.services, "staff_feedback", rated=rated_part, text=said)
    await relay_to_staff(turn, REQUESTS, thread, body, typed=text)
    await kept.keep(turn, request_id, text)  # with the request, as its other texts (/mydata)
    return stay(main_menu(turn, turn.t("cb_feedback_thanks", id=numbered.of_request(request))))


async def _about(turn: Turn, text: str) -> tuple[int, int | None] | None:
    """The request the text is feedback on, and its rating (None: not rated yet)."""
    memory = turn.memory
    if memory.rated:
        number, rating, at = memory.rated.split(":", 2)
        if turn.now - dt.datetime.fromisoformat(at) <= dt.timedelta(hours=FEEDBACK_HOURS):
            if int(rating) <= LOW or complains(text):
                return int(number), int(rating)
            return None
        memory.rated = None
    if not complains(text):
        return None
    incoming = turn.incoming
    since = turn.now - dt.timedelta(hours=THREAD_HOURS)
    (done,) = await turn.tx.batch(threads_store.unrated(incoming.channel, incoming.user_id, since))
    return (int(done.rows[0]["id"]), None) if done.rows else None
