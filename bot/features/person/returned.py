"""How the person sub-flow ends: `done` (the caller's `resume` goes on with the form), or, when
only the phone was asked for in the middle of a form (corrected.py: «📱 Change the phone», «не
той номер»), back at the very step the form was at, the form's own draft holding the new number
(and what was written with it, for the forms that keep it: KEEP_NOTE).

Every form's draft keeps the person as `person` (a Person), and a form that passes the note on
to staff as `phone_note` (with `urgent`); a draft not yet read in this turn is still the dict
it was saved as, so both are written here.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from bot.core import codec, markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, back_where_left, done
from bot.core.messages import Reply
from bot.core.session import Person
from bot.features import urgent
from bot.features.person.consent import person_draft

KEEP_NOTE = frozenset({"callback", "assist"})  # the forms that pass the note on to staff
# ... and those that keep only a note in brackets after the name («Halyna (sąsiadka)») as
# their record's note for staff (a visit's, a course sign-up's, an appointment's): `take_aside`
KEEP_ASIDE = KEEP_NOTE | {"booking", "course", "appt"}


def take_aside(turn: Turn) -> str | None:
    """After the person sub-flow, for a form of KEEP_ASIDE that keeps no phone note: the words
    in brackets after the name just given («sąsiadka, ja tylko pomagam»), for its record's
    note (said so with `aside_kept`); None when none were (taken once)."""
    aside, turn.memory.name_note = turn.memory.name_note, None
    return aside or None


def aside_kept(turn: Turn, aside: str) -> Reply:
    """What the person is told when the form keeps the bracket as its record's note: the name
    saved without it, and the note staff will read."""
    person = turn.memory.person
    name = markup.literal(person.name if person is not None else "")
    return Reply(turn.t("name_note_kept_staff", name=name, note=markup.literal(aside)))


def given(draft: Any) -> Person | None:
    """The person a form's draft holds (name and phone given in it), if any."""
    value = draft.get("person") if isinstance(draft, dict) else getattr(draft, "person", None)
    if isinstance(value, dict):
        value = codec.load(Person, value)
    return value if isinstance(value, Person) and value.phone else None


def named(draft: Any) -> Person | None:
    """The person a form's draft holds, its phone given or left out (person/written.py)."""
    value = draft.get("person") if isinstance(draft, dict) else getattr(draft, "person", None)
    if isinstance(value, dict):
        value = codec.load(Person, value)
    return value if isinstance(value, Person) and value.name else None


def put(draft: Any, key: str, value: Any) -> None:
    """`draft.key = value`, on a typed draft or on the dict it was saved as."""
    if isinstance(draft, dict):
        draft[key] = codec.dump(value)
    elif dataclasses.is_dataclass(draft) and hasattr(draft, key):
        setattr(draft, key, value)


def finish(turn: Turn, *replies: Reply) -> Outcome:
    """The name and phone are saved: the caller goes on (`done`); after «change the phone» in
    the middle of a form, the form's draft takes the number and the step it was at is asked
    again."""
    callers = turn.session.callers
    if not person_draft(turn).phone_only or not callers or turn.memory.person is None:
        return done(*replies)
    caller = callers[-1]
    draft = turn.session.drafts.get(caller.flow)
    put(draft, "person", turn.memory.person)
    note, turn.memory.phone_note = turn.memory.phone_note, None
    before: list[Reply] = []
    if caller.flow in KEEP_NOTE and note is not None:  # a number given: its note replaces one
        put(draft, "phone_note", note or None)
        if note and urgent.detect(note):
            put(draft, "urgent", True)
            shown = urgent.marked_now(turn)
            urgent.mark(turn)
            before = [] if shown else [Reply(urgent.help_text(turn, note))]
    return back_where_left(*replies, *before)
