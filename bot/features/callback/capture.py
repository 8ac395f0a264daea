"""Where a person's typed text goes (outside forms) while they and staff write to each other
about a record (bot.core.threads): to the staff chat, or to the bot. docs/callbacks.md, “Where
the person's text goes”:

- a number 1–5 typed while a request closed as done waits for its rating is the rating;
- after «✉️ Write to the staff» (callback:write:<id>[:<kind>]) the next text goes to staff;
- a reply (the platform's: Telegram's swipe) to a staff message about an open record goes to
  that record's staff;
- a record's thread takes the person's texts only while the record is open (a closed request
  takes none), for THREAD_HOURS after staff last wrote, and not after the person turned to the
  bot (/start, the main menu, ❓ Ask a question: `Memory.to_bot`) until staff write again;
- while a request just sent takes them (no staff member wrote yet), a question the search
  answers at once is the bot's, with «Send this to your request #P1 too» (answered.py);
- after a message to everyone signed up for a course, the first answer within NOTE_HOURS goes
  to staff, whatever it asks or says («Tak, będę, dziękuję»), a thank-you alone aside («Дякую!»);
  its acknowledgement says the next texts go to the bot, with «✉️ Write to the staff».

Whatever goes to the bot while a thread is there is answered with a line saying it was not
passed on, and «✉️ Write to the staff» (the way back); whatever goes to staff is acknowledged
(«✉️ Passed on to …»). Nothing is dropped unseen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.threads import Thread, ThreadKind
from bot.features.callback import cancel_asked, feedback, private, rating
from bot.features.callback.answered import by_bot, held, searched
from bot.features.callback.latest import Open, latest_open
from bot.features.callback.thread import CALLBACK, relay
from bot.features.office import ASKED_OFFICE
from bot.features.person import asks
from bot.storage import message_refs

NOTE_HOURS = 2  # after a message to everyone signed up: the first answer within it is staff's


async def current_thread(turn: Turn) -> tuple[Open, Thread] | None:
    """The person's open thread opened last with their office now: one with an office they
    have left (/office) no longer takes what they type (the new office's staff would never
    see it, the old one's could not act on it); a reply to its message still reaches it."""
    incoming = turn.incoming
    return await latest_open(turn, incoming.channel, incoming.user_id, turn.office.id)


async def route(turn: Turn, next_: Next) -> Outcome:
    """In the text pipeline: typed text to the staff chat, or on to the bot (the rules above)."""
    if not turn.incoming.text:
        return await next_()
    if (rated := await rating.typed(turn)) is not None:
        return rated
    if (said := await feedback.typed(turn)) is not None:  # «nobody called» after the rating
        return said
    memory = turn.memory
    asked, memory.write_to = memory.write_to, None
    chosen = await _asked(turn, asked) or await _replied(turn)
    if chosen is not None:
        return await _relay(turn, *chosen)
    current = await current_thread(turn)
    if current is None or current[1].closed:
        return await next_()
    found, thread = current
    if turn.pending == ASKED_OFFICE and not asks(turn.incoming.text):
        turn.pending = None  # «Opole» right after /office's list: the question just asked wins
        return await _to_bot(turn, next_, thread)  # (tester 36, F16), said not passed on
    handed, memory.for_bot = memory.for_bot, None  # «It was a question for the bot»: private.py
    if handed == turn.incoming.text or (
        memory.to_bot_at and dt.datetime.fromisoformat(memory.to_bot_at) > found.at
    ):
        return await _to_bot(turn, next_, thread)
    if (cancel := await cancel_asked.offered(turn, found.kind, thread)) is not None:
        return cancel  # «скасувати дзвінок»: withdraw it? (cancel_asked.py)
    if found.sent_only and (answered := await by_bot(turn, next_, found.kind, thread)):
        return answered  # «а як отримати PESEL?» right after a request: the bot's (answered.py)
    if found.kind.thanks_to_bot or found.first_only:
        result = await searched(turn)
        late = found.first_only and turn.now - found.at > dt.timedelta(hours=NOTE_HOURS)
        thanks = (
            result is not None and result.smalltalk == "thanks" and "?" not in turn.incoming.text
        )
        # «Спасибо!», «ok, thank you»: nothing for staff to read; the person is told so. The
        # first answer to a message to everyone goes to staff whatever the search makes of it,
        # a thank-you alone aside: «Tak, będę, dziękuję» answers «Czy będziesz?»
        if late or (thanks and not (found.first_only and result is not None and result.agrees)):
            return await _to_bot(turn, next_, thread)
    outcome = await _relay(turn, found.kind, thread)
    return _only_this_one(turn, outcome, thread) if found.first_only else outcome


async def _relay(turn: Turn, kind: ThreadKind, thread: Thread, text: str | None = None) -> Outcome:
    """To staff; a confidential record's text only once the person chose so (private.py)."""
    if thread.private:
        return await private.ask(turn, kind, thread, text)
    return await relay(turn, kind, thread, text)


async def also(turn: Turn) -> Outcome:
    """callback:also:<tag>: a question the bot answered goes to the request too (answered.py)."""
    kind, thread, text = await held(turn)
    return await _relay(turn, kind, thread, text)


def _only_this_one(turn: Turn, outcome: Outcome, thread: Thread) -> Outcome:
    """The first answer to a message to everyone went to staff; the next go to the bot: the
    acknowledgement says so, with «✉️ Write to the staff» instead of «stop writing»."""
    *rest, ack = outcome.replies
    text = f"{ack.text}\n\n{turn.t('cb_relayed_once')}"
    return replace(outcome, replies=(*rest, Reply(text, [[write_button(turn, thread)]])))


async def _to_bot(turn: Turn, next_: Next, thread: Thread) -> Outcome:
    """The bot answers; a line says staff did not get it, with the way to write to them."""
    outcome = await next_()
    way_back = Reply(turn.t("cb_to_bot"), [[write_button(turn, thread)]])
    return replace(outcome, replies=(*outcome.replies, way_back))


def write_button(turn: Turn, thread: Thread) -> Button:
    payload = f"callback:write:{thread.id}"
    if thread.kind != CALLBACK:
        payload += f":{thread.kind}"
    return Button(turn.t("btn_cb_write_staff"), payload)


async def _own(turn: Turn, name: str, arg: str) -> tuple[ThreadKind, Thread] | None:
    """The caller's own open thread of kind `name`, number `arg`."""
    kind = next((k for k in turn.registry.threads if k.name == name), None)
    number = record_id(arg)
    thread = await kind.get(turn.services, turn.tx, number) if kind and number else None
    incoming = turn.incoming
    if kind is None or thread is None or thread.closed or thread.forgotten:
        return None
    if (thread.channel, thread.user_id) != (incoming.channel, incoming.user_id):
        return None
    return kind, thread


async def _asked(turn: Turn, asked: str | None) -> tuple[ThreadKind, Thread] | None:
    """After «✉️ Write to the staff»: the thread the person chose."""
    if not asked:
        return None
    name, _, number = asked.partition(":")
    return await _own(turn, name, number)


async def _replied(turn: Turn) -> tuple[ThreadKind, Thread] | None:
    """A platform reply to a staff message about an open record (Incoming.reply_to)."""
    incoming = turn.incoming
    if not incoming.reply_to:
        return None
    ref = await message_refs.ref_of(turn.tx, incoming.channel, incoming.chat_id, incoming.reply_to)
    kind = next((k for k in turn.registry.threads if ref and ref[0] in k.person_refs), None)
    if ref is None or kind is None:
        return None
    return await _own(turn, kind.name, str(ref[1]))


async def write(turn: Turn) -> Outcome:
    """callback:write:<id>[:<kind>]: the person's next text goes to the record's staff."""
    if len(turn.args) not in (1, 2):
        raise Expired("callback:write")
    name = turn.args[1] if len(turn.args) == 2 else CALLBACK
    if await _own(turn, name, turn.args[0]) is None:
        raise Expired("callback:write")
    turn.memory.to_bot_at, turn.memory.write_to = None, f"{name}:{turn.args[0]}"
    return stay(Reply(turn.t("cb_write_prompt"), typed_answer=True))
