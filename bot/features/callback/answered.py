"""A question the bot can answer, typed while a request the person just sent takes their texts
(docs/callbacks.md, “Where the person's text goes”): a callback or help request, or an
appointment request, that no staff member has written to the person about yet.

Whatever they type then is a note to that request (capture.py), but «а як отримати PESEL?»,
«how do I register my address?» is a new question, not a note, and staff would only answer it
later. Such a text (a question as a form's steps read one, `person.asks`: two words or more,
a «?» or a question word first; or a question word anywhere, «проездной в ополе сколько стоит»,
when the search is sure: tester 42, F7) that the search answers at once with a topic, or a
text that names a service the office offers (a new need: tester 42, F5), is answered by
the bot, as it would be with no request open, with one line more: «Send this to your request
#P1 too», a button (callback:also:<tag>) that passes the same text on under the request's card.
One the search is not sure of but has topics for gets its «did you mean» and the same button,
under «if this is for the staff…» (tester 36, F14); one it finds nothing for goes to the
request, as staff may know, with «↩️ Undo: it was not for the staff» (it went there with no
way back: README «Known gaps», Staff side). Anything else (thanks, details, «I'll be free after
3», a text with danger words) goes to the request as before. Once a staff member wrote to the
person, everything goes to staff again (a conversation), as does a course's or a visit's thread.
"""

from __future__ import annotations

import zlib
from dataclasses import replace

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.threads import Thread, ThreadKind
from bot.features import urgent
from bot.features.callback.thread import relay, relay_to_staff
from bot.features.person import asks, asks_within
from bot.search import Result
from bot.storage import from_utc_text, maybe_utc_text, utc_text
from bot.storage import outbox as outbox_store


async def searched(turn: Turn) -> Result | None:
    """What the search makes of the text (None: the search is off or not ready)."""
    searcher = await turn.services.search.ready(turn.office.id)
    if searcher is None:
        return None
    return await turn.services.search.search(searcher, turn.incoming.text or "", turn.lang)


def _tag(text: str) -> str:
    """Which text an offer's button is for: a later question's offer replaces the held text."""
    return f"{zlib.crc32(text.encode()) & 0xFFFFFF:06x}"


async def by_bot(turn: Turn, next_: Next, kind: ThreadKind, thread: Thread) -> Outcome | None:
    """The bot's answer with the offer to send the text to the request too; None: the text is
    the request's (no question, danger words, or the search is not sure)."""
    text = turn.incoming.text or ""
    if not thread.number or urgent.detect(text):
        return None
    asked = asks(text)
    # a new need that names a service of the office («мені треба щоб хтось пішов зі мною в ZUS
    # і переклав»): the service offered, not a note to a request about something else (F5)
    from bot.features.services import matching  # (services import courses, which import us)

    named = bool(matching(turn, text))
    if not (asked or named or asks_within(text)):
        return None
    result = await searched(turn)
    if result is None or result.smalltalk or result.command:
        return None
    if not (asked or named) and not (result.confident and result.best is not None):
        return None  # «… сколько стоит» without a «?»: a question only if answered at once (F7)
    if result.best is None and not named:  # nothing found: to the request, with an undo
        return None if thread.private else await _nothing_found(turn, kind, thread, text)
    if result.confident and result.best is not None and result.best.is_action:
        return None
    outcome = await next_()
    button = Button(turn.t("btn_cb_also", id=thread.number), hold(turn, kind, thread, text))
    # not sure («czy ktoś może pójść z nią do urzędu?»): its «did you mean», and the choice
    # (tester 36, F14: it was filed under the request unasked, on a card about another matter)
    said = "cb_also_offer" if result.confident else "cb_also_offer_unsure"
    offer = Reply(turn.t(said, id=thread.number), [[button]])
    return replace(outcome, replies=(*outcome.replies, offer))


async def _nothing_found(turn: Turn, kind: ThreadKind, thread: Thread, text: str) -> Outcome:
    """A question the search finds nothing for («Can it be on a Thursday?»): staff may know, so
    it goes to the request as before, with the choice the other paths give: «↩️ Undo: it was
    not for the staff» (callback:undo:<tag>, `undo`); it went under the card with no way back."""
    outcome = await relay(turn, kind, thread, text)
    *rest, ack = outcome.replies
    back = Button(turn.t("btn_cb_undo"), f"callback:undo:{_tag(text)}")
    hold(turn, kind, thread, text)
    before = utc_text(thread.person_at) if thread.person_at else ""
    turn.memory.also_before = f"{utc_text(turn.now)}|{before}"  # its card as it was, undone
    return replace(outcome, replies=(*rest, replace(ack, buttons=[[back], *ack.buttons])))


async def undo(turn: Turn) -> Outcome:
    """callback:undo:<tag>: the question taken back from the request: still waiting to be
    sent, it goes without it (alone: staff read only that something was taken back, as the
    card says the person wrote); sent, staff are told under the card that it was not for them
    and needs no answer. The person is told, with the way to write to them."""
    wrote = turn.memory.also_before or ""
    kind, thread, text = await held(turn, "callback:undo")
    at, _, before = wrote.partition("|")
    if kind.took_back is not None and at:  # the card says what it said before the text
        await kind.took_back(turn, thread.id, from_utc_text(at), maybe_utc_text(before))
    if kind.kept is not None:  # not kept with the request either
        await kind.kept(turn, thread.id, text, False)
    staff = thread.staff_language(turn.services)
    chat = turn.settings.office(thread.office).staff_chat_id
    typed = markup.literal(text)
    waiting = None
    if chat is not None:
        waiting = await outbox_store.waiting_chat(
            turn.tx, turn.now, str(chat), kind.relayed, thread.id
        )
    more = "\n" + turn.services.t(staff, "staff_user_wrote_more", text=typed)
    if waiting is not None and waiting[1].text.endswith(more):  # joined to an earlier text
        item, queued = waiting
        await outbox_store.replace_reply(
            turn.tx, item, replace(queued, text=queued.text[: -len(more)])
        )
    elif waiting is not None and waiting[1].text.endswith("\n" + typed):  # alone: not sent,
        item, queued = waiting  # only that it was taken back (the card says they wrote)
        gone = thread.staff_text(turn.services, "staff_user_took_back_unsent")
        await outbox_store.replace_reply(turn.tx, item, replace(queued, text=gone))
    else:
        note = thread.staff_text(turn.services, "staff_user_took_back", text=typed)
        await relay_to_staff(turn, kind, thread, note, typed="")
    payload = f"callback:write:{thread.id}" + ("" if kind.name == "callback" else f":{kind.name}")
    return stay(Reply(turn.t("cb_taken_back"), [[Button(turn.t("btn_cb_write_staff"), payload)]]))


def hold(turn: Turn, kind: ThreadKind, thread: Thread, text: str) -> str:
    """The text held for the request (a later one replaces it); the payload that sends it."""
    memory = turn.memory
    memory.also_to, memory.also_text = f"{kind.name}:{thread.id}", text
    memory.also_before = None  # (a text sent to the request with an undo: set after this)
    return f"callback:also:{_tag(text)}"


async def held(turn: Turn, button: str = "callback:also") -> tuple[ThreadKind, Thread, str]:
    """callback:also:<tag> (or `button`): the question held for it, and its request, still
    open and theirs."""
    memory = turn.memory
    text = memory.also_text
    if len(turn.args) != 1 or not text or turn.args[0] != _tag(text):
        raise Expired(button)
    name, _, number = (memory.also_to or "").partition(":")
    kind = next((k for k in turn.registry.threads if k.name == name), None)
    found = record_id(number)
    thread = await kind.get(turn.services, turn.tx, found) if kind and found else None
    incoming = turn.incoming
    if kind is None or thread is None or thread.closed or thread.forgotten:
        raise Expired(button)
    if (thread.channel, thread.user_id) != (incoming.channel, incoming.user_id):
        raise Expired("callback:also")
    memory.also_to = memory.also_text = memory.also_before = None
    return kind, thread, text
