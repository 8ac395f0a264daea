"""A note to the person's open callback request (tester 19, item 4): «📝 Add a note to #1»
(duplicate.note) asks for it, and text typed at the offer itself (open_one.py) that is no
button's label is offered as the note («Add “…” as a note to #1?»). The note is kept on the
request (details.ADDED_NOTE): its staff card and every copy shown again are edited to show it
(staff.refresh), and /mybookings and /mydata show it to the person; it also goes to the staff
chat under the card (duplicate.send_note), so whoever has the request sees it at once.

At the note step a word for back («назад», «back», «wstecz») goes back to the offer, and too
little («ok», «3», a number) asks for a few words (bot.core.words.too_short).
"""

from __future__ import annotations

from bot.core import choices
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, end, go, stay
from bot.core.messages import Reply
from bot.core.words import LEAST, too_short
from bot.features.callback import numbered, open_one, staff
from bot.features.callback.details import ADDED_NOTE
from bot.features.callback.duplicate import ask_note, open_request_reply, send_note
from bot.features.callback.replies import draft, shortened
from bot.features.menu import main_menu
from bot.storage import request_details
from bot.storage import requests as store
from bot.storage.requests import Detail, Request


async def _request(turn: Turn) -> Request | None:
    request = await store.get(turn.tx, draft(turn).note_for or 0)
    return request if request is not None and request.is_open else None


def _offer(turn: Turn, request: Request) -> Outcome:
    """Back to the offer the note was chosen at: /callback's (open_one), or a topic's."""
    if draft(turn).note_back == open_one.STEP:
        return go(open_one.STEP, open_one.offer(turn, request))
    return go("topic", open_request_reply(turn, request))


async def add(turn: Turn, request: Request, text: str) -> Outcome:
    """The note kept on the request (its card edited), sent under it; the person told."""
    text, cut = shortened(turn, text)
    await request_details.add_detail(turn.tx, request.id, Detail(ADDED_NOTE, "text", text))
    before = [*cut, *await send_note(turn, request, text)]
    await staff.refresh(turn, request.id)
    return end(*before, main_menu(turn, turn.t("cb_note_added", id=numbered.of_request(request))))


async def note_text(turn: Turn) -> Outcome:
    """Text at «write your note»: the note; a back word, the offer again; too little, asked
    for a few words."""
    request = await _request(turn)
    if request is None:
        return end(main_menu(turn, turn.t("button_expired")))
    text = " ".join((turn.incoming.text or "").split())
    if choices.says_back(text):
        return _offer(turn, request)
    if not text:
        return stay(ask_note(turn, request))
    if too_short(text):
        reply = ask_note(turn, request)
        return stay(Reply(turn.t("cb_note_too_short", least=LEAST), reply.buttons))
    return await add(turn, request, text)


async def add_offered(turn: Turn) -> Outcome:
    """callback:note_add: the text offered is the note."""
    request = await _request(turn)
    text = draft(turn).note_offered
    if request is None or not text:
        return end(main_menu(turn, turn.t("button_expired")))
    draft(turn).note_offered = None
    return await add(turn, request, text)


async def back(turn: Turn) -> Outcome:
    """callback:note_back: not that; the offer again."""
    request = await _request(turn)
    if request is None:
        return end(main_menu(turn, turn.t("button_expired")))
    draft(turn).note_offered = None
    return _offer(turn, request)


async def offered_typed(turn: Turn) -> Outcome:
    """Text at «Add “…” as a note?»: a back word, the offer; other words, offered instead."""
    request = await _request(turn)
    if request is None:
        return end(main_menu(turn, turn.t("button_expired")))
    text = " ".join((turn.incoming.text or "").split())
    if choices.says_back(text):
        return await back(turn)
    if too_short(text):
        reply = open_one.offered_reply(turn, request, draft(turn).note_offered or "")
        reply.text = f"{choices.hint(turn, turn.t('cb_use_buttons'))}\n\n{reply.text}"
        return stay(reply)
    draft(turn).note_offered = text
    return stay(open_one.offered_reply(turn, request, text))


async def ask_again(turn: Turn) -> Outcome:
    request = await _request(turn)
    if request is None:
        return end(main_menu(turn, turn.t("button_expired")))
    return stay(open_one.offered_reply(turn, request, draft(turn).note_offered or ""))


BUTTONS = {"note_add": add_offered, "note_back": back}  # at «Add “…” as a note to #1?»
