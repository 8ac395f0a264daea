"""A confidential service's record (a psychologist: `Thread.private`) and the person's typed
text: the service promised that what it is about is never asked or shown, so nothing they type
reaches the staff group silently. The text is held (in the session: `Memory.private_text`) and
the person is told that staff in the group chat would read it, and chooses
(callback:private:<choice>):

- send: the text goes to staff under the record's card, as any thread's;
- tell: staff read only that the person wrote («🔒 … napisał(a) wiadomość; treść nie jest
  pokazywana»), to reply to the card or call; the text stays with nobody;
- bot: it was a question for the bot: answered by the bot, as after «❓ Ask a question» (the
  person's next texts go to the bot too, until staff write again: capture.py);
- drop: nothing is passed on.

Danger words in the held text bring the help lines at once, whatever the choice, and mark what
staff get 🚨 (docs/services.md, "Psychological (sensitive) services")."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, Replay, stay, then
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.threads import Thread, ThreadKind
from bot.features import urgent
from bot.features.callback.thread import relay, relay_to_staff
from bot.features.menu import nav_row

CHOICES = ("send", "tell", "bot", "drop")


async def ask(turn: Turn, kind: ThreadKind, thread: Thread, typed: str | None = None) -> Outcome:
    """Hold the text (`typed`, else the incoming one); ask whether staff in the group may read
    it."""
    text = (turn.incoming.text or "") if typed is None else typed
    memory = turn.memory
    memory.private_to, memory.private_text = f"{kind.name}:{thread.id}", text
    replies = [Reply(urgent.help_text(turn, text))] if urgent.detect(text) else []
    rows = [  # a question the bot answered already (answered.py): not «for the bot» again
        [Button(turn.t(f"btn_cb_private_{choice}"), f"callback:private:{choice}")]
        for choice in CHOICES
        if typed is None or choice != "bot"
    ]
    return stay(*replies, Reply(turn.t("cb_private_ask"), rows))


async def _held(turn: Turn) -> tuple[ThreadKind, Thread, str]:
    memory = turn.memory
    name, _, number = (memory.private_to or "").partition(":")
    text = memory.private_text
    kind = next((k for k in turn.registry.threads if k.name == name), None)
    found = record_id(number)
    thread = await kind.get(turn.services, turn.tx, found) if kind and found else None
    incoming = turn.incoming
    if kind is None or thread is None or not text or thread.closed or thread.forgotten:
        raise Expired("callback:private")
    if (thread.channel, thread.user_id) != (incoming.channel, incoming.user_id):
        raise Expired("callback:private")
    return kind, thread, text


async def choose(turn: Turn) -> Outcome:
    """callback:private:<send|tell|drop>: what becomes of the held text."""
    if len(turn.args) != 1 or turn.args[0] not in CHOICES:
        raise Expired("callback:private")
    kind, thread, text = await _held(turn)
    turn.memory.private_to = turn.memory.private_text = None
    choice = turn.args[0]
    if choice == "send":
        return await relay(turn, kind, thread, text)
    if choice == "bot":  # «jak złożyć wniosek o 800 plus?»: the bot answers it
        turn.memory.to_bot(turn.now)  # (the next texts too, until staff write again)
        turn.memory.for_bot = text
        return then(Replay(text))
    if choice == "drop":
        return stay(Reply(turn.t("cb_private_dropped"), [nav_row(turn, None)]))
    body = thread.staff_text(turn.services, "staff_user_wrote_private")
    # nothing of the text; danger words in it still mark it 🚨 (the help lines were shown)
    await relay_to_staff(turn, kind, thread, body, typed=text)
    if kind.person_wrote is not None:
        await kind.person_wrote(turn.tx, thread.id, turn.now)
    return stay(Reply(turn.t("cb_private_told"), [nav_row(turn, None)]))
