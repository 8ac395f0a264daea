"""What is written with the phone number («600 123 456 after 5pm»): a note for staff, taken by
the forms that pass it on (person.KEEP_NOTE: callback and help requests, `take`), and asked
about when it names a time outside the office's opening hours.

«600 123 456 after 5pm», when the office closes at 16:00 that day: nobody would call then, and
the person is told so, kindly, with the office's hours that day, the days (of the coming week)
when that time is within them, and two buttons: keep the note as it is, or write another time
(or go without a note). The days are those the note names («завтра після 17», «w środę po 17»),
else the first day staff can call (today while the office is still to open or open, else the
next day it works). Only a note that is wholly a time, or one clause of which is («po 17, mówi
tylko po ukraińsku»), is read (bot.core.note_time); anything else is left alone, as is an office
without opening hours.

The step is the person sub-flow's "note", entered from the phone step (person.KEEP_NOTE flows
only: the note goes to staff); what the caller receives is turn.memory.phone_note, which it
takes into its draft with `take`.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from bot.core import markup, note_time, slots
from bot.core.dispatch import Turn
from bot.core.flows import Handler, Outcome, Step, go, stay
from bot.core.messages import Button, Reply
from bot.core.note_time import Said
from bot.core.phone import phone_in
from bot.features import urgent
from bot.features.person.returned import finish
from bot.features.person.typed import typed_in_form
from bot.settings.config import Office

WEEK = 7  # the days looked at: the ones a note names, and those offered when it fits no other
LOOKAHEAD = 21  # the first day staff can call is looked for this far
OTHER_DAYS = 2  # days of the coming week on which the time fits, named at most
NOTE_MAX = 300  # as person.NOTE_MAX (kept cut at a word to this)


class NoteHolder(Protocol):
    """A form's draft that keeps the note (CallbackDraft, AssistDraft)."""

    phone_note: str | None
    urgent: bool


def take(turn: Turn, holder: NoteHolder) -> list[Reply]:
    """After the person sub-flow: what was written with the phone number just given becomes
    the form's note for staff (replacing an earlier one; none given now: the earlier one
    stays); danger words in it make the request urgent, and bring the help lines unless they
    were shown in this turn already (as the number was taken: person._saved, `typed`)."""
    given = turn.memory.phone_note
    if given is not None:  # a number was given now: what came with it replaces the note
        holder.phone_note, turn.memory.phone_note = given or None, None
    if not given or not urgent.detect(given):
        return []
    shown = urgent.marked_now(turn)
    urgent.mark(turn)
    holder.urgent = True
    return [] if shown else [Reply(urgent.help_text(turn, given))]


def _minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def _hours(
    office: Office, day: dt.date, now: dt.datetime | None = None
) -> list[tuple[dt.time, dt.time]]:
    """The office's opening hours on `day`, in order; none when closed (a holiday too); with
    `now` on its day, only what is still to come."""
    if day in slots.closed_days(office.booking.closed_dates, day, day):
        return []
    hours = sorted({(r.start, r.end) for r in office.opening_hours if r.applies(day)})
    if now is None or day != now.date():
        return hours
    later = now.time().replace(second=0, microsecond=0)
    return [(max(start, later), end) for start, end in hours if end > later]


def _fits(said: Said, hours: list[tuple[dt.time, dt.time]]) -> bool:
    return any(said.fits(_minutes(a), _minutes(b)) for a, b in hours)


def _first_call_day(office: Office, now: dt.datetime) -> dt.date | None:
    """Today while the office has hours still to come, else the next day it works."""
    for offset in range(LOOKAHEAD + 1):
        day = now.date() + dt.timedelta(days=offset)
        hours = _hours(office, day)
        if hours and (offset or any(end > now.time() for _, end in hours)):
            return day
    return None


def _days(said: Said, office: Office, now: dt.datetime) -> list[dt.date]:
    today = now.date()
    named = {today + dt.timedelta(days=n) for n in said.days_ahead}
    named |= {today + dt.timedelta(days=(w - today.weekday()) % WEEK) for w in said.weekdays}
    if named:
        return sorted(named)
    first = _first_call_day(office, now)
    return [first] if first else []


def outside_hours(turn: Turn, note: str) -> str | None:
    """Markup: what to tell a person whose note names a time outside the office's hours on the
    days it is about, with the question keep or change; None when it fits or names no time."""
    said = note_time.read_clause(note)
    office, now = turn.office, turn.local(turn.now)
    if said is None or not office.opening_hours:
        return None
    days = _days(said, office, now)
    if not days or any(_fits(said, _hours(office, day)) for day in days):
        return None
    lines = [turn.t("note_outside_hours"), *(_day_line(turn, day, now.date()) for day in days)]
    lines.append(turn.t("note_outside_then"))
    ahead = (now.date() + dt.timedelta(days=n) for n in range(WEEK))
    others = [d for d in ahead if d not in days and _fits(said, _hours(office, d, now))]
    if others:
        named = "; ".join(_day_name(turn, d, now.date(), hours=True) for d in others[:OTHER_DAYS])
        lines.append(turn.t("note_fits_on", days=named))
    return "\n".join([*lines, "", turn.t("note_keep_or_change")])


def _span(turn: Turn, hours: list[tuple[dt.time, dt.time]]) -> str:
    fmt = turn.services.t
    return ", ".join(f"{fmt.time(turn.lang, a)}–{fmt.time(turn.lang, b)}" for a, b in hours)


def _day_name(turn: Turn, day: dt.date, today: dt.date, *, hours: bool = False) -> str:
    name = turn.services.t.date(turn.lang, day, "EEEE, d MMMM")
    if day == today:
        name = turn.t("note_today", day=name)
    elif day == today + dt.timedelta(days=1):
        name = turn.t("note_tomorrow", day=name)
    return f"{name} ({_span(turn, _hours(turn.office, day))})" if hours else name


def _day_line(turn: Turn, day: dt.date, today: dt.date) -> str:
    hours = _hours(turn.office, day)
    name = _day_name(turn, day, today)
    if not hours:
        return turn.t("note_day_closed", day=name)
    return turn.t("note_day_hours", day=name, hours=_span(turn, hours))


def _buttons(turn: Turn) -> list[list[Button]]:
    return [
        [Button(turn.t("btn_note_keep"), "person:note_keep")],
        [Button(turn.t("btn_note_change"), "person:note_change")],
    ]


def question(turn: Turn, before: str = "") -> Reply:
    """The note's time outside the hours, said (after `before`), with keep and change."""
    note = turn.memory.phone_note or ""
    text = outside_hours(turn, note) or turn.t("note_keep_or_change")
    return Reply(f"{before}\n\n{text}" if before else text, _buttons(turn))


async def keep(turn: Turn) -> Outcome:
    note = markup.literal(turn.memory.phone_note or "")
    return finish(turn, Reply(turn.t("note_kept_as_is", note=note)))


def _ask_new(turn: Turn) -> Reply:
    rows = [
        [Button(turn.t("btn_note_drop"), "person:note_drop")],
        [Button(turn.t("btn_note_keep_old"), "person:note_keep")],
    ]
    return Reply(turn.t("note_ask_new"), rows, typed_answer=True)


async def change(turn: Turn) -> Outcome:
    return go("note_new", _ask_new(turn))


async def drop(turn: Turn) -> Outcome:
    turn.memory.phone_note = ""
    return finish(turn, Reply(turn.t("note_dropped")))


async def typed(turn: Turn) -> Outcome:
    """A note typed: after «Write another time», any text; at the question itself, a time
    («after 10»; anything else, «ok» say, is not taken for a note: the buttons are shown, or a
    question offered its answer). One outside the hours too is asked about again."""
    text = " ".join((turn.incoming.text or "").split())
    if turn.session.step == "note" and note_time.read(text) is None:
        danger, offer = typed_in_form(turn)
        return offer or stay(*danger, Reply(turn.t("note_use_buttons"), _buttons(turn)))
    if not any(ch.isalnum() for ch in text):
        return stay(_ask_new(turn))
    danger = urgent.help_for(turn, text)  # (first)
    note = markup.shortened(text, NOTE_MAX)
    turn.memory.phone_note = note
    said = turn.t("note_changed", note=markup.literal(note))
    if outside_hours(turn, note) is not None:
        return go("note", *danger, question(turn, said))
    return finish(turn, *danger, Reply(said))


async def ask_again(turn: Turn) -> Outcome:
    return stay(question(turn))


async def ask_new_again(turn: Turn) -> Outcome:
    return stay(_ask_new(turn))


BUTTONS = {"note_keep": keep, "note_change": change, "note_drop": drop}


def steps(phone: Handler) -> dict[str, Step]:
    """The person sub-flow's steps of the note: the question (keep or change) and a new note
    asked for; a number typed or shared at either is the phone step's (number and note)."""

    async def text(turn: Turn) -> Outcome:
        given = turn.incoming.contact_phone or phone_in(turn.incoming.text or "")
        return await (phone(turn) if given else typed(turn))

    return {
        "note": Step(text=text, buttons=BUTTONS, ask=ask_again),
        "note_new": Step(text=text, buttons=BUTTONS, ask=ask_new_again),
    }
