"""/callback while the person's callback request is still open (tester 18, item 7): said first,
with its number and when to expect the call, and the choice to add a note to it (as for a second
request on the same topic: duplicate.py, callback:note:<id>) or to send a new request anyway
(callback:fresh: the form as always, its topic not asked about again). Not for an urgent request
(danger lately: nothing stands before its form) nor for a request at another office.

Whatever request is made while another of the same person is open (a callback or a help
request, at that office) carries the other's numbers (the detail `same_person`: details.py), so
its staff card says «ta sama osoba co prośba nr 1» and two staff members do not call one person
about two unrelated rows.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.core import choices, markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, end, go, prefixed, stay
from bot.core.messages import Button, Reply
from bot.core.words import too_short
from bot.features import person, urgent
from bot.features.callback import after_hours, linked, numbered
from bot.features.callback.details import SAME_PERSON, call_day
from bot.features.callback.duplicate import open_offer
from bot.features.callback.replies import cancel_row, draft
from bot.features.callback.when import expect_text
from bot.features.menu import main_menu
from bot.storage import requests as store
from bot.storage.requests import Detail, Request

STEP = "held"  # the flow's step where the offer waits for a button


def filling(turn: Turn, steps: Collection[str]) -> bool:
    """Whether the person is at a step (`steps`) of the callback form or of its name and phone:
    «📞 Request a callback» pressed there goes on with it (tester 20, item 1)."""
    if turn.session.flow == "callback":
        return turn.session.step in steps
    return urgent.in_callback(turn)


OFFERED = "note_offered"  # the step of «Add “…” as a note to #1?» (noting.py)


async def _open(turn: Turn) -> list[Request]:
    """The person's open requests (callback and help) at their office, oldest first."""
    incoming = turn.incoming
    mine = await store.of_user(turn.tx, incoming.channel, incoming.user_id)
    return [r for r in mine if r.is_open and not r.forgotten and r.office == turn.office.id]


async def held(turn: Turn) -> Request | None:
    """The person's newest open callback request here (None: none, or danger lately)."""
    if urgent.is_marked(turn):
        return None
    found = [r for r in await _open(turn) if r.service is None]
    return found[-1] if found else None


def offer(turn: Turn, request: Request) -> Reply:
    when = expect_text(turn, request.time_window, call_day(request))
    return open_offer(turn, request, "cb_open_already", "callback:fresh", when=when)


async def ask(turn: Turn, request: Request) -> Outcome:
    return go(STEP, offer(turn, request))


async def fresh(turn: Turn) -> Outcome:
    """➕ Send a new request anyway: the form; its topic is not asked about again."""
    outcome = await after_hours.begin(turn)
    draft(turn).anyway = True
    return outcome


async def again(turn: Turn) -> Outcome:
    """The offer once more (after a language change), or the form if it is no longer open."""
    request = await held(turn)
    return await ask(turn, request) if request is not None else await fresh(turn)


async def typed(turn: Turn) -> Outcome:
    """Text at the offer: danger words start the urgent request at once (the help lines with
    it); a question is offered its answer; a no («нет, спасибо») cancels; other words are
    offered as the note to the open request (noting.py); too little («ok»), the offer with its
    buttons again."""
    if urgent.detect(turn.incoming.text or ""):
        lines = after_hours.lines_once(turn)  # (before the mark, which counts as read)
        urgent.mark(turn)
        return prefixed(await fresh(turn), *lines)
    answered = person.typed_in_form(turn)[1]
    if answered is not None:
        return answered
    request = await held(turn)
    if request is None:
        return await fresh(turn)
    text = " ".join((turn.incoming.text or "").split())
    if choices.yes_or_no(text) == choices.NO:
        return end(main_menu(turn, turn.t("cancelled")))
    if not too_short(text):
        current = draft(turn)
        current.note_for, current.note_back, current.note_offered = request.id, STEP, text
        return go(OFFERED, offered_reply(turn, request, text))
    reply = offer(turn, request)
    reply.text = f"{turn.t('cb_use_buttons')}\n\n{reply.text}"
    return stay(reply)


def offered_reply(turn: Turn, request: Request, text: str) -> Reply:
    """«Add “…” as a note to #1?»: yes, no (the offer again), cancel."""
    note = markup.literal(markup.shortened(text, 200))
    rows = [
        [Button(turn.t("btn_cb_note_yes"), "callback:note_add", means=choices.YES)],
        [Button(turn.t("btn_cb_note_no"), "callback:note_back", means=choices.NO)],
        cancel_row(turn),
    ]
    number = numbered.of_request(request)  # «T1», as on its card
    return Reply(turn.t("cb_note_offered", note=note, id=number), rows)


async def same_person(turn: Turn) -> tuple[Detail, ...]:
    """The detail of a new request naming the same person's other open requests here (and
    appointment requests: linked.py)."""
    incoming = turn.incoming
    found = await linked.open_numbers(turn.tx, incoming.channel, incoming.user_id, turn.office.id)
    ids = [named for named, _ in found]
    return (Detail(SAME_PERSON, "ids", ",".join(ids)),) if ids else ()
