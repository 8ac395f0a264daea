"""A time typed at «when should we call you?» (tester 19, item 6b): «завтра після 16», «after
5 pm please», «w poniedziałek rano», «jak najszybciej». It is read as the help forms read a day
and a time (bot.core.when) and as a note written with the phone number is
(bot.core.note_time): the window that fits is chosen (before noon: morning; from noon:
afternoon; a span across noon, a day alone, «asap»: as soon as possible), and what the person
typed is kept word for word as the request's note for staff (its `phone_note`, «🗒 Uwaga od
osoby» on the card), and the person is told both. A time at or after the office's closing on
the day it is about (or the first day staff can call then) is said: the office's hours that
day, and until when staff can call; a day the office is closed, that too. A time in a few of
its words («звоните после 17 в будни») is read the same, the whole kept; a constraint with no
time («в будни вечером») is kept as the note, the buttons asked again (window_noted.py). Text
that names no time, or danger words, go to the step's `fallback` (the help lines; the buttons
again)."""

from __future__ import annotations

import datetime as dt

from bot.core import markup, note_time
from bot.core import when as when_reader
from bot.core.dispatch import Turn
from bot.core.flows import Handler, Outcome, go
from bot.core.messages import Reply
from bot.features import urgent
from bot.features.callback import bare_number, hour_typed
from bot.features.callback.replies import draft, is_urgent, shortened, summary, time_said
from bot.features.callback.when import (
    LOOKAHEAD_DAYS,
    hours_on,
    next_call_time,
    open_on,
    when_text,
)
from bot.features.callback.window_noted import noted, within

NOON = 12 * 60
MAX_TIME_WORDS = 5  # «завтра після обіду», «tomorrow after 5 pm please»
WEEK = 7


def _minutes(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def read(turn: Turn, text: str) -> tuple[str, int | None, dt.date | None] | None:
    """The window a typed time fits, the minute of the day it asks for (None: any), and the day
    it names (None: none); None when it names no time."""
    today = turn.local(turn.now).date()
    said = note_time.read_clause(text)  # «after 5 pm please», «завтра після 16»
    if said is not None:
        if said.moment or said.start >= NOON:
            window = "am" if said.start < NOON else "pm"
        else:
            window = "am" if said.end <= NOON else "asap"
        ahead = [today + dt.timedelta(days=n) for n in said.days_ahead]
        ahead += [today + dt.timedelta(days=(w - today.weekday()) % WEEK) for w in said.weekdays]
        # «before 9»: from the day's start, no minute asked for (not «before opening»)
        minute = said.start if said.moment or said.start > 0 else None
        return window, minute, min(ahead) if ahead else None
    alone = when_reader.at(text, hour_alone=False)  # «у 14», «в 14:30»: a time, not the 14th
    if alone is not None:
        minute = _minutes(alone)
        return ("am" if minute < NOON else "pm"), minute, None
    found = when_reader.read(text, today, hour_alone=True)  # «w poniedziałek rano»
    if found is None:
        return None
    if found.asap:
        return "asap", None, None
    if found.time is not None:
        minute = _minutes(found.time)
        return ("am" if minute < NOON else "pm"), minute, found.date
    if found.part is not None:
        start = _minutes(when_reader.WINDOWS[found.part][0])
        return ("am" if found.part == when_reader.MORNING else "pm"), start, found.date
    return "asap", None, found.date


def _late(turn: Turn, window: str, minute: int | None, day: dt.date | None) -> str | None:
    """Markup: the office's hours on the day asked about, when the time asked for is before its
    opening or at or after its closing (or the office is closed that day, a day named alone
    too: tester 22, item 8); None when it fits, or nobody knows."""
    office = turn.office
    if (minute is None and day is None) or not office.opening_hours:
        return None
    if day is None:
        moment = next_call_time(office, turn.settings.timezone, turn.now, window)
        if moment is None:
            return None
        day = moment.date()
    fmt, lang = turn.services.t, turn.lang
    name = fmt.date(lang, day, "EEEE, d MMMM")
    name = name[:1].upper() + name[1:]  # it begins the sentence
    hours = hours_on(office, day)
    if not hours:
        return turn.t("cb_window_day_closed", day=name)
    close, opens = max(end for _, end in hours), min(start for start, _ in hours)
    span = ", ".join(f"{fmt.time(lang, a)}–{fmt.time(lang, b)}" for a, b in hours)
    if minute is None:  # «w sobotę»: the day alone, open; its hours said
        return turn.t("cb_window_day_open", day=name, hours=span)
    if minute < _minutes(opens):  # «tomorrow at 7am»
        return turn.t("cb_window_before_opening", day=name, hours=span, opens=fmt.time(lang, opens))
    if minute < _minutes(close):
        return None
    return turn.t("cb_window_after_closing", day=name, hours=span, close=fmt.time(lang, close))


def _named(turn: Turn, day: dt.date) -> str:
    return turn.services.t.date(turn.lang, day, "EEEE, d MMMM")


def _next_open(turn: Turn, day: dt.date | None) -> dt.date | None:
    """The first day after `day`, a day the office is closed («в неділю», «24 грудня»), that
    it works (tester 33, item 8: a person who asked for Sunday is not called «as soon as
    possible» unasked: that day is in the request, said, to be changed by typing another);
    None: `day` is open, or none is named, or none is open within the weeks looked at."""
    if day is None or open_on(turn.office, day):
        return None
    ahead = (day + dt.timedelta(days=n) for n in range(1, LOOKAHEAD_DAYS + 1))
    return next((d for d in ahead if open_on(turn.office, d)), None)


def typed(fallback: Handler, summary_step: bool = False) -> Handler:
    """The window step's text handler: a time read (the module), else `fallback`; at the
    summary too («завтра після обіду» there: when to call changed), unless the request is
    urgent (called as soon as possible, no time asked)."""

    async def handler(turn: Turn) -> Outcome:
        text = " ".join((turn.incoming.text or "").split())
        if summary_step and (is_urgent(turn) or len(text.split()) > MAX_TIME_WORDS):
            return await fallback(turn)
        if summary_step and (stray := bare_number.told(turn, text)) is not None:
            return go("confirm", stray, summary(turn))  # «5»: no button 5, not the 5th
        if not summary_step and (hour := hour_typed.read(turn, text)) is not None:
            reading, asked = hour  # «14»: 14:00, not the 14th; «6»: 06:00 or 18:00? asked
            if asked is not None or reading is None:
                return asked or await fallback(turn)
            text = reading  # the note says the time as read, for staff and the person
        taken = take(turn, text)
        if taken is None and not summary_step:  # «в будни вечером»: a note, the buttons again
            taken = noted(turn, text)
        return taken if taken is not None else await fallback(turn)

    return handler


def at_the_topic(turn: Turn, text: str) -> bool:
    """Text at «what is it about?» that says when to call («завтра після обіду», «after 5 pm»:
    tester 22, item 7): a time or a part of the day, in a few words; kept for the window step
    (`draft.when_typed`), not the matter."""
    if len(text.split()) > MAX_TIME_WORDS or urgent.detect(text):
        return False
    found = read(turn, text)
    if found is None or found[1] is None:
        return False
    draft(turn).when_typed = text
    return True


def take(turn: Turn, text: str) -> Outcome | None:
    """`text` read as when to call: the window, the note, the summary; None when it names no
    time (danger words first: the fallback gives the help lines, makes the request urgent)."""
    found = read(turn, text) if text and not urgent.detect(text) else None
    if found is None and text and not urgent.detect(text) and (part := within(text)):
        found = read(turn, part)  # «звоните после 17 в будни»: «после 17», the whole a note
    if found is None:
        return None
    window, minute, day = found
    current = draft(turn)
    current.fixing = False
    current.day = None
    if found == ("asap", None, None):  # «якнайшвидше» alone: the button's words, no note
        current.window = window
        time_said(current, None)  # an earlier time's note no longer holds
        return go("confirm", summary(turn))
    text, cut = shortened(turn, text)
    if minute is None and day is not None:  # «w sobotę»: not «as soon as possible»
        window = "asap"
    current.window = window
    time_said(current, text)  # the phone number's note kept, an earlier time's replaced
    said = {"window": turn.t(f"window_{window}"), "note": markup.literal(text)}
    day_alone = minute is None and day is not None
    told = turn.t("cb_window_typed_day" if day_alone else "cb_window_typed", **said)
    instead = _next_open(turn, day)  # «в неділю»: closed then, the next day it works instead
    if day is not None and instead is not None:
        next_day = turn.t("cb_window_next_day", day=_named(turn, instead))
        told += f"\n{_late(turn, window, None, day)} {next_day}"
        day = instead
    late = _late(turn, window, minute, day)
    if day is not None and open_on(turn.office, day):  # «w sobotę», «у вівторок о 10»
        current.day = day.isoformat()  # the summary, the card, the sent message say it
        current.minute = minute  # (the sent message: «from about 10:00», or its hours)
        told += f"\n{late}" if late is not None else ""  # its hours, or why not at that time
    elif late is not None:
        told += f"\n{late} {when_text(turn, window)}"
    return go("confirm", *cut, Reply(told), summary(turn))
