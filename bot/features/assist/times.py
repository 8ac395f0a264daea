"""When a help form's day and time can be: not before the day staff are next at work (nobody
could arrange it), not past, and within the office's opening hours on the form's
day where staff must be there (a `time` field's `office_hours`, true unless the config says it
is a time set elsewhere that staff go to, such as a doctor's appointment at 7:30).

The form's day is the last `date` answered before the time; a form without one (or a day it
skipped) checks only what it can. Checked as the time is typed, and again before the summary,
so that a day changed afterwards ("Change something") cannot leave a time the day does not have.

A part of the day typed alone («rano», «вранці», «in the evening») where staff must be there is
the hours staff can use (`window`): its hours (bot.core.when.WINDOWS) within those open on the
form's day, kept as «morning:08:00-12:00» and shown as «rano (08:00–12:00)»; a day changed
afterwards narrows them again (stale.py), or asks the time again when none of them is open.

Where the form goes to a place whose own hours the config gives (a `choice` answered before,
whose option names one of the office's `places:` with `hours:`, `place: zus_office`, or whose
key is one, such as `city_hall`), a day that place is closed is refused, naming its hours in
the week (before the office's own closed day: the reason is the place's), and so is a time
outside them on the form's day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.core import markup, note_time, when
from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.features.assist import parse
from bot.features.assist.draft import answer_of, draft, set_answer
from bot.features.assist.parse import Invalid
from bot.features.callback import staff_back, value_text
from bot.settings.catalogue import FormField, Service
from bot.settings.model import HoursRule, Place

Spans = list[tuple[dt.time, dt.time]]


_LAST = dt.time(23, 59)  # the end of «after 15»
ARRANGE = dt.timedelta(hours=1)  # what staff need at least to arrange help, once at work


def form_day(turn: Turn, service: Service, index: int) -> dt.date | None:
    """The day the time at `index` is on: the last date answered before it, if any."""
    dates = [f for f in service.fields[:index] if f.type == "date"]
    value = answer_of(turn, dates[-1].id) if dates else None
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def check(turn: Turn, service: Service, index: int, time: dt.time) -> str:
    """HH:MM, or Invalid: a time already past today, one outside the office's opening hours
    on the form's day (naming them) where the field needs staff there, or one less than
    `ARRANGE` after staff are at work (now, or when they are back: at 08:15 when they open at
    08:00 nobody could arrange it, as for an earlier day)."""
    day, now = form_day(turn, service, index), turn.local(turn.now)
    if day == now.date() and time <= now.time():
        raise Invalid("as_time_past", now=turn.services.t.time(turn.lang, now))
    fmt = turn.services.t
    hours = (
        _hours(turn.office.opening_hours, day) if day and service.fields[index].office_hours else []
    )
    if hours and not any(start <= time < end for start, end in hours):
        raise Invalid(
            "as_time_closed",
            day=fmt.date(turn.lang, day or now.date(), "EEEE, d MMMM"),
            hours=_spans(turn, hours),
        )
    back = back_at(turn) if day is not None and day >= now.date() else None
    earliest = (back or now) + ARRANGE  # (staff at work now: still not at once)
    if day is not None and dt.datetime.combine(day, time, now.tzinfo) < earliest:
        at = fmt.time(turn.lang, earliest)
        if back is not None:
            raise Invalid("as_time_before_staff", when=_back_text(turn, back), earliest=at)
        raise Invalid("as_time_too_soon", earliest=at)
    place = chosen_place(turn, service, index)
    hours = _hours(place.hours, day) if place and day else []
    if place and hours and not any(start <= time < end for start, end in hours):
        raise Invalid(
            "as_time_place_closed",
            place=markup.literal(place.label(turn.lang)),
            day=fmt.date(turn.lang, day or now.date(), "EEEE, d MMMM"),
            hours=_spans(turn, hours),
        )
    return f"{time:%H:%M}"


def read(turn: Turn, service: Service, index: int, text: str) -> str:
    """The answer to the time field at `index`: HH:MM (`check`), or a part of the day alone
    as its hours (`window`) where staff are there (`office_hours`); Invalid: why not (what is
    no time: the hint names parts of the day where they are an answer)."""
    field = service.fields[index]
    part = parse.part_alone(text) if field.office_hours else None
    if part is not None:
        return window(turn, service, index, part)
    said = note_time.read(text) if field.office_hours else None
    if said is not None and not (said.moment or said.weekdays or said.days_ahead):
        return span_window(turn, service, index, said)  # «after 15»: the hours from 15:00
    try:
        time = parse.parse_time(text)
    except Invalid as wrong:
        part_too = wrong.key == "as_bad_time" and field.office_hours
        raise Invalid("as_bad_time_part") if part_too else wrong from None
    return check(turn, service, index, time)


def window(
    turn: Turn, service: Service, index: int, part: str, span: tuple[dt.time, dt.time] | None = None
) -> str:
    """A part of the day («rano») as the hours staff can use (when.window): its hours
    (when.WINDOWS; or `span`, «after 15», kept as the part it begins in) within those the
    office, and the place the form goes to, are open on the form's day; Invalid when none of
    them is open then, or they have passed today."""
    low, high = span or when.WINDOWS[part]
    day, now = form_day(turn, service, index), turn.local(turn.now)
    spans: Spans = [(low, high)]
    place = chosen_place(turn, service, index)
    for rules in (turn.office.opening_hours, place.hours if place else ()):
        hours = _hours(rules, day) if day else []
        spans = _within(spans, hours) if hours else spans
        if not spans:
            raise Invalid(
                "as_time_part_closed",
                day=turn.services.t.date(turn.lang, day or now.date(), "EEEE, d MMMM"),
                part=turn.t(f"part_of_day_{part}"),
                hours=_spans(turn, hours),
            )
    start, end = spans[0][0], spans[-1][1]
    if day == now.date() and end <= now.time():
        raise Invalid("as_time_past", now=turn.services.t.time(turn.lang, now))
    return when.window(part, start, end)


def span_window(turn: Turn, service: Service, index: int, said: note_time.Said) -> str:
    """«after 15», «before 11» (note_time) as the hours staff can use on the form's day, kept
    as the part of the day it begins in («afternoon (15:00–16:00)»)."""
    start, end = (
        _LAST if m >= 24 * 60 else dt.time(m // 60, m % 60) for m in (said.start, said.end)
    )
    noon, evening = (when.WINDOWS[p][0] for p in (when.AFTERNOON, when.EVENING))
    part = when.MORNING if start < noon else when.AFTERNOON if start < evening else when.EVENING
    return window(turn, service, index, part, (start, end))


def _within(spans: Spans, hours: Spans) -> Spans:
    """The parts of `spans` within `hours`."""
    found = [(max(a, c), min(b, d)) for a, b in spans for c, d in hours]
    return sorted((a, b) for a, b in found if a < b)


def said_with_day(turn: Turn, service: Service, text: str | None) -> tuple[list[Reply], str]:
    """After the date at the current field, typed with a time or a part of the day («jutro o
    10», «wtorek rano»), when a time field comes next: that time, or that part's hours where
    staff are there (`window`), taken (the line saying so; the question is skipped), or why
    not, to ask it with (an hour outside the office's hours; a part of the day where the time
    is set elsewhere: which hour, the part kept in the person's note for staff, so that it is
    not lost if the hour is skipped). ([], ""): nothing more was said, or no time comes
    next."""
    index = draft(turn).at + 1
    kept, draft(turn).hour = draft(turn).hour, None  # «o trzech» typed before the day
    if index >= len(service.fields) or service.fields[index].type != "time":
        return [], ""
    today = turn.local(turn.now).date()
    said = parse.parse_when(text, today) if text else when.When(today)
    if kept and said.time is None and said.part is None:
        said = dataclasses.replace(said, time=dt.time.fromisoformat(kept))
    field = service.fields[index]
    if said.time is not None or (said.part is not None and field.office_hours):
        try:
            if said.time is not None:
                value = check(turn, service, index, said.time)
            else:  # «wtorek rano»: the hours of that part, where staff are there
                value = window(turn, service, index, said.part or "")
        except Invalid as wrong:
            return [], turn.t(wrong.key, **wrong.values)
        set_answer(turn, field.id, value)
        draft(turn).at = index
        label = markup.literal(field.label.get(turn.lang))
        shown = value_text(turn.services, turn.lang, "time", value, field)
        return [Reply(turn.t("as_time_from_date", label=label, time=shown))], ""
    if said.part is not None:  # the hour asked; the part kept for staff, if it is skipped
        day = turn.services.t.date(turn.lang, said.date or turn.now, "EEEE, d MMMM")
        part = turn.t(f"part_of_day_{said.part}")
        _note(turn, part)
        example = parse.EXAMPLE_HOUR[said.part]
        return [], turn.t("as_time_part_day", day=day, part=markup.literal(part), example=example)
    return [], ""


def _note(turn: Turn, words: str) -> None:
    """`words` added to the person's note for staff (the draft's phone_note)."""
    current = draft(turn)
    current.phone_note = " · ".join(filter(None, [current.phone_note, words]))


def chosen_place(turn: Turn, service: Service, index: int) -> Place | None:
    """The place the form goes to, where its hours are known: the last `choice` answered
    before field `index` whose option goes to one of the office's places with `hours:` (the
    option's `place:`, or its key being the place's id)."""
    for field in reversed(service.fields[:index]):
        answer = answer_of(turn, field.id) if field.type == "choice" else None
        place = turn.office.places.get(field.place_of(answer)) if answer else None
        if place is not None and place.hours:
            return place
    return None


def back_at(turn: Turn) -> dt.datetime | None:
    """When the office's staff are next at work; None while they are, or with no opening hours
    (callback.staff_back)."""
    return staff_back(turn.office, turn.settings.timezone, turn.now)


def check_day(turn: Turn, service: Service, index: int, day: dt.date) -> None:
    """Invalid when `day` comes before staff are next at work (nobody could arrange the help:
    «today» on a Saturday evening), or the place the form goes to is closed on it, naming its
    week's hours."""
    _check_day(turn, service, index, day, back_at(turn))


def _check_day(
    turn: Turn, service: Service, index: int, day: dt.date, back: dt.datetime | None
) -> None:
    if back is not None and day < back.date():
        raise Invalid("as_date_before_staff", when=_back_text(turn, back))
    place = chosen_place(turn, service, index)
    if place is None or _hours(place.hours, day):
        return
    raise Invalid(
        "as_date_place_closed",
        place=markup.literal(place.label(turn.lang)),
        day=turn.services.t.date(turn.lang, day, "EEEE, d MMMM"),
        hours=_week(turn, place, day),
    )


def _back_text(turn: Turn, back: dt.datetime) -> str:
    """«Monday, 30 November, 08:00»: when staff are next at work."""
    fmt = turn.services.t
    return f"{fmt.date(turn.lang, back, 'EEEE, d MMMM')}, {fmt.time(turn.lang, back)}"


def open_at(
    turn: Turn, service: Service, index: int, day: dt.date, back: dt.datetime | None
) -> bool:
    """Whether `day` can be offered; `back`: `back_at`, found once for all the days."""
    try:
        _check_day(turn, service, index, day, back)
    except Invalid:
        return False
    return True


def _hours(rules: tuple[HoursRule, ...], day: dt.date) -> Spans:
    """The hours of `rules` on `day` (every place's, in order); none configured: none."""
    return sorted({(r.start, r.end) for r in rules if r.applies(day)})


def _spans(turn: Turn, hours: Spans) -> str:
    fmt = turn.services.t
    return ", ".join(f"{fmt.time(turn.lang, a)}–{fmt.time(turn.lang, b)}" for a, b in hours)


def _week(turn: Turn, place: Place, day: dt.date) -> str:
    """The place's hours in the week of `day`, days with the same hours together: «Mon–Fri
    07:30–15:30, Sat 09:00–12:00»."""
    monday = day - dt.timedelta(days=day.weekday())
    week = [_spans(turn, _hours(place.hours, monday + dt.timedelta(days=n))) for n in range(7)]
    runs: list[tuple[int, int, str]] = []  # first weekday, last weekday, their hours
    for n, hours in enumerate(week):
        if runs and runs[-1][2] == hours and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n, hours)
        else:
            runs.append((n, n, hours))
    name = turn.services.t.weekday

    def days(first: int, last: int) -> str:
        short = name(turn.lang, first, "abbreviated")
        return short if first == last else f"{short}–{name(turn.lang, last, 'abbreviated')}"

    return ", ".join(f"{days(a, b)} {hours}" for a, b, hours in runs if hours)


def rest_kept(turn: Turn, field: FormField, text: str | None) -> list[Reply]:
    """A day or a time the message began with and went on after («в пятницу в 11 к кардиологу
    в больницу»): the rest goes to staff as the person's note, and the person is told."""
    if field.type not in ("date", "time") or not text:
        return []
    rest = parse.rest(text, turn.local(turn.now).date(), field.type)
    if rest is None:
        return []
    _note(turn, rest)
    return [Reply(turn.t("as_rest_kept", note=markup.literal(rest)))]
