"""The phone left out where the person may be written to instead: an urgent callback request
after danger (its short path, bot.features.callback.urgent_form), in a Telegram or Viber chat,
where staff reply to the request's card and the bot passes the reply on here. Someone hiding
from the person who threatens them may not want a phone to ring, nor to give its number: the
phone question says it may be left out, with «✍️ Write to me here, no phone» under it (and «I
have no phone», «не дзвоніть» typed is taken so); the name is kept alone, and the request goes to
staff as «✍️ DO NOT CALL». Elsewhere (a visit, a course, a callback that is not urgent, the
terminal) the phone is asked as always.

The form that called says it may be so (`WRITES_HERE`, a field of its draft, read as the
summary's person is: number._correcting)."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Outcome
from bot.core.messages import Button, Expired, Reply
from bot.core.session import Person
from bot.features.person.consent import person_draft
from bot.features.person.returned import finish

CHATS = ("telegram", "viber")  # the channels staff's written replies reach (not the terminal)
WRITES_HERE = "may_write"  # the caller's draft field: an urgent request, its path the short one


def optional(turn: Turn) -> bool:
    """Whether the phone may be left out here (see the module)."""
    callers = turn.session.callers
    held = turn.session.drafts.get(callers[-1].flow) if callers else None
    may = held.get(WRITES_HERE) if isinstance(held, dict) else getattr(held, WRITES_HERE, False)
    return bool(may) and turn.incoming.channel in CHATS


def offer(turn: Turn) -> list[Reply]:
    """Under the phone question where it is optional: the number may be left out, and the
    button that leaves it."""
    if not optional(turn):
        return []
    button = Button(turn.t("btn_phone_write_here"), "person:no_phone")
    return [Reply(turn.t("phone_optional_write"), [[button]])]


async def leave_out(turn: Turn) -> Outcome:
    """person:no_phone, «✍️ Write to me here, no phone» (or «I have no phone» typed): the name
    alone kept (a number saved before is not offered under it again), the form goes on."""
    name = person_draft(turn).name
    if not optional(turn) or not name:
        raise Expired("person:no_phone")
    turn.memory.person = Person(name, None)
    turn.memory.phone_note = None
    return finish(turn, Reply(turn.t("phone_left_out"), close_keyboard=True))
