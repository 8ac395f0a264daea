"""Booking a visit: place -> day -> time -> topic (for "Something else", what it is about,
typed) -> name and phone (the person sub-flow) -> confirm: the buttons' handlers. The flow is
the table BOOKING in table.py; text typed at its steps is read in typed.py.

Buttons: booking:place:<place>, booking:day:<place>:<YYYYMMDD local day>,
booking:time:<place>:<UTC key>, booking:topic:<topic>, booking:confirm:<token>,
booking:abandon; a person's own visits: booking:mine, booking:cancel:<id>, booking:cancel_now:<id>.
They work from older messages too (they enter the flow at their step). Only free, future slots
are ever offered; whatever is pressed is checked again on arrival, and the database has the
last word on capacity (migration 003).
"""

from __future__ import annotations

import datetime as dt
import secrets

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, call, end, go, prefixed
from bot.core.messages import Expired, Reply
from bot.features import person
from bot.features.booking import held, schedule
from bot.features.booking.replies import (
    FLOW,
    OTHER,
    BookingDraft,
    ask_description,
    day_choice,
    draft,
    has_topic,
    limit_reply,
    noted,
    nothing_free_reply,
    offer,
    place_choice,
    summary,
    taken_reply,
    time_choice,
    topic_choice,
)
from bot.features.booking.views import topic_ids
from bot.features.hours import cancelled_line
from bot.features.menu import main_menu


async def start(turn: Turn) -> Outcome:
    """A visit of theirs here is named first (held.py), unless they chose to book another."""
    chose_another = held.asked_before(turn)
    told = await held.first(turn)
    turn.new_draft(BookingDraft(office=turn.office.id, another=chose_another), FLOW)
    return told or await _places(turn)


async def another(turn: Turn) -> Outcome:
    """booking:another: told of their visit, the person books another one."""
    turn.new_draft(BookingDraft(office=turn.office.id, another=True), FLOW)
    return await _places(turn)


async def _places(turn: Turn, *notes: Reply) -> Outcome:
    """The places with free times (the days, if only one has): what the draft holds besides
    a place and a time (the topic, the name and phone) stays."""
    free, held = await offer(turn)
    if len(held) >= turn.office.booking.max_future_visits:
        return end(limit_reply(turn, held))
    if not free:
        return end(nothing_free_reply(turn))
    places = schedule.places_with_slots(free, turn.office.places)
    if len(places) == 1:
        return prefixed(await days(turn, places[0], free), *notes)
    return go("place", *notes, place_choice(turn, places))


async def _elsewhere(turn: Turn, *notes: Reply) -> Outcome | None:
    """The person changed their office after choosing a place of the old one: its place and
    time are dropped, and the new office's places and times are offered (None: not so)."""
    current = draft(turn)
    if current.office in (None, turn.office.id):
        return None
    current.office = turn.office.id
    current.place = current.day = current.slot_place = current.slot_key = None
    return await _places(turn, *notes, Reply(turn.t("bk_office_changed")))


async def days(
    turn: Turn, place: str, free: list[schedule.Slot], note: str | None = None
) -> Outcome:
    """The place's days with free times; above them, its duties staff cancelled (🤒), as
    /contact names them, so that a day missing is not a mystery."""
    draft(turn).place = place
    rules = [r for r in turn.office.duty if r.place == place]
    cancelled = await cancelled_line(turn, rules, turn.local(turn.now).date())
    note = "\n\n".join(filter(None, [note, cancelled])) or None
    return go("day", day_choice(turn, place, free, note))


def _to_summary(turn: Turn, *before: Reply) -> Outcome:
    current = draft(turn)
    # A new token whenever the time changed: an older summary's button must not confirm it.
    if current.token_for != current.slot_key or not current.token:
        current.token, current.token_for = secrets.token_hex(4), current.slot_key
    return go("confirm", *before, summary(turn))


async def on_place(turn: Turn) -> Outcome:
    if len(turn.args) != 1 or turn.args[0] not in turn.office.places:
        raise Expired("booking:place")
    free, _ = await offer(turn)
    if not any(s.place == turn.args[0] for s in free):
        return await start(turn)  # full meanwhile: show what is still free
    return await days(turn, turn.args[0], free)


def _day_arg(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        raise Expired(text) from None


async def on_day(turn: Turn) -> Outcome:
    if len(turn.args) != 2 or turn.args[0] not in turn.office.places:
        raise Expired("booking:day")
    place, day = turn.args[0], _day_arg(turn.args[1])
    free, _ = await offer(turn)
    zone = turn.settings.timezone
    slots = [s for s in free if s.place == place and s.local_day(zone) == day]
    if not slots:
        if not any(s.place == place for s in free):
            return await start(turn)
        return await days(turn, place, free, turn.t("bk_day_full"))
    current = draft(turn)
    current.place, current.day = place, turn.args[1]
    return go("time", time_choice(turn, place, day, slots))


async def on_time(turn: Turn) -> Outcome:
    """booking:time:<place>:<slot>[:<visit>]: a time; <visit>, a visit of theirs that staff
    cancelled (the times offered instead): its topic goes with the new time."""
    start_at = schedule.parse_key(turn.args[1]) if len(turn.args) in (2, 3) else None
    if start_at is None or turn.args[0] not in turn.office.places:
        raise Expired("booking:time")
    place = turn.args[0]
    free, _ = await offer(turn)
    slot = next((s for s in free if s.place == place and s.start == start_at), None)
    if slot is None:
        return go("time", taken_reply(turn, place, start_at, free))
    current = draft(turn)
    current.place, current.slot_place, current.slot_key = place, place, slot.key
    if len(turn.args) == 3 and not has_topic(current):
        await held.topic_of_cancelled(turn, turn.args[2])
    if has_topic(current) and current.person:
        return _to_summary(turn)
    if has_topic(current):
        return call("person", "person")
    return go("topic", topic_choice(turn))


async def on_topic(turn: Turn) -> Outcome:
    current = draft(turn)
    if (
        len(turn.args) != 1
        or turn.args[0] not in topic_ids(turn.services.t)
        or turn.session.flow != FLOW
        or current.slot_key is None
    ):
        raise Expired("booking:topic")
    current.topic, current.description = turn.args[0], None
    if current.topic == OTHER:  # what it is about, in the person's words
        return go("describe", ask_description(turn))
    return topic_given(turn)


def topic_given(turn: Turn, *notes: Reply) -> Outcome:
    if draft(turn).person:
        return _to_summary(turn, *notes)
    return call("person", "person", *notes)


async def after_person(turn: Turn) -> Outcome:
    """The name and phone given; words in brackets after the name («Halyna (sąsiadka)») are
    the visit's note for staff, as a callback request's are (person.take_aside)."""
    current = draft(turn)
    current.person = turn.memory.person
    notes: list[Reply] = []
    if (aside := person.take_aside(turn)) and aside not in (current.note or ""):
        notes = [person.aside_kept(turn, aside), *noted(turn, aside)]
    return await _elsewhere(turn, *notes) or _to_summary(turn, *notes)


async def abandon(turn: Turn) -> Outcome:
    return end(main_menu(turn, turn.t("bk_abandoned")))


async def ask_again(turn: Turn) -> Outcome:
    """The current step once more, as it is now (after a language change)."""
    return await show_again(turn)


async def show_again(turn: Turn, *notes: Reply) -> Outcome:
    moved = await _elsewhere(turn, *notes)
    if moved is not None:
        return moved
    current = draft(turn)
    if turn.session.step == "confirm" and current.slot_key and has_topic(current):
        return _to_summary(turn, *notes)
    if turn.session.step == "describe" and current.slot_key and current.topic == OTHER:
        return go("describe", *notes, ask_description(turn))
    if turn.session.step in ("topic", "describe") and current.slot_key:
        return go("topic", *notes, topic_choice(turn))
    if turn.session.step == "time" and current.place and current.day:
        turn.args = (current.place, current.day)
        return prefixed(await on_day(turn), *notes)  # the times of that day, as free now
    if current.place in turn.office.places:
        free, _ = await offer(turn)
        if any(s.place == current.place for s in free):
            return prefixed(await days(turn, current.place or "", free), *notes)
    return await _places(turn, *notes)
