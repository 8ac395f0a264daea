"""Hours and places: the assistant's duty hours and the information point's opening hours,
each Monday to Sunday (a rule that ends on a date next to the one that follows it), the
closed days of the coming weeks, and the duties staff cancelled in them (🤒: the assistant is
ill; bot.features.booking's duty:cancel)."""

from __future__ import annotations

import datetime as dt
import itertools

from bot.core import markup, slots
from bot.core.dispatch import Turn
from bot.core.elsewhere import not_your_town
from bot.core.messages import Button, Reply
from bot.features.hours import day_asked
from bot.features.hours.today import lines as now_lines
from bot.features.menu import book_button, nav_row
from bot.settings.config import HoursRule, Place
from bot.storage import bookings

CLOSED_AHEAD_DAYS = 28  # the closed days named: today and the next four weeks


def _rule_line(turn: Turn, rule: HoursRule, today: dt.date, with_place: bool) -> str:
    fmt = turn.services.t
    line = f"• {fmt.weekday(turn.lang, rule.weekday).capitalize()} {_span(turn, rule)}"
    if with_place:
        line += f" — {markup.literal(turn.office.places[rule.place].label(turn.lang))}"
    if rule.valid_from and rule.valid_from > today:
        line += " " + turn.t("valid_from", date=fmt.date(turn.lang, rule.valid_from, "long"))
    if rule.valid_until:
        line += " " + turn.t("valid_until", date=fmt.date(turn.lang, rule.valid_until, "long"))
    return line


def _span(turn: Turn, rule: HoursRule) -> str:
    """«13:00–15:30»."""
    time = turn.services.t.time
    return f"{time(turn.lang, rule.start)}–{time(turn.lang, rule.end)}"


def _current(rules: tuple[HoursRule, ...], today: dt.date) -> list[HoursRule]:
    """The rules still to hold, Monday to Sunday; on one weekday a place's rules together,
    the earlier hours first, a rule that ends on a date before the one that follows it."""
    live = [r for r in rules if r.valid_until is None or r.valid_until >= today]
    first: dict[tuple[int, str], dt.time] = {}
    for r in live:
        first[r.weekday, r.place] = min(first.get((r.weekday, r.place), r.start), r.start)

    def order(r: HoursRule) -> tuple[int, dt.time, str, dt.date, dt.time]:
        return r.weekday, first[r.weekday, r.place], r.place, r.valid_from or dt.date.min, r.start

    return sorted(live, key=order)


def closed_line(turn: Turn, rules: list[HoursRule], today: dt.date) -> str | None:
    """«Closed: 10, 24–26, 31 December»: the public holidays and `booking.closed_dates` of the
    coming weeks on which some of these hours would hold (a closed Sunday is no news); None:
    none. Dates in the person's language (Babel's day and month)."""
    last = today + dt.timedelta(days=CLOSED_AHEAD_DAYS - 1)
    closed = slots.closed_days(turn.office.booking.closed_dates, today, last)
    days = sorted(d for d in closed if today <= d <= last and any(r.applies(d) for r in rules))
    if not days:
        return None
    fmt, months = turn.services.t, []
    for _, in_month in itertools.groupby(days, key=lambda d: (d.year, d.month)):
        runs: list[list[dt.date]] = []
        for day in in_month:
            if runs and (day - runs[-1][-1]).days == 1:
                runs[-1].append(day)
            else:
                runs.append([day])
        # the month named once, after its last day: «10, 24–26, 31 December», «31 grudnia»
        named = [*(r[-1].day for r in runs[:-1]), fmt.date(turn.lang, runs[-1][-1], "d MMMM")]
        months.append(
            ", ".join(
                f"{r[0].day}–{end}" if len(r) > 1 else f"{end}"
                for r, end in zip(runs, named, strict=True)
            )
        )
    return turn.t("hours_closed", days="; ".join(months))


async def cancelled_line(turn: Turn, duty: list[HoursRule], today: dt.date) -> str | None:
    """«🤒 Duty cancelled (no visits then): Thu 10 Dec 13:00–15:00»: the duties of the coming
    weeks staff cancelled (a day already closed is named with the closed days), each with its
    hours (and its place, where the duty is at more than one); None: none."""
    last = today + dt.timedelta(days=CLOSED_AHEAD_DAYS - 1)
    closed = slots.closed_days(turn.office.booking.closed_dates, today, last)
    fmt, places = turn.services.t, {r.place for r in duty}
    named = []
    for place, day in sorted(await bookings.closed_duties(turn.tx, today, last), key=_by_day):
        rules = [r for r in duty if r.place == place and r.applies(day)]
        if day in closed or not rules:
            continue
        hours = ", ".join(_span(turn, r) for r in rules)
        where = turn.office.places[place].label(turn.lang)
        named.append(
            f"{fmt.day(turn.lang, day)}, {hours}"
            + (f" — {markup.literal(where)}" if len(places) > 1 else "")
        )
    return turn.t("hours_duty_cancelled", duties="; ".join(named)) if named else None


def _by_day(closure: tuple[str, dt.date]) -> tuple[dt.date, str]:
    return closure[1], closure[0]


def _place_lines(turn: Turn, place: Place) -> str:
    parts = [f"**{markup.literal(place.label(turn.lang))}**"]
    if place.label(turn.lang) != place.name:
        parts.append(markup.literal(place.name))
    parts.append(markup.literal(place.address_in(turn.lang)))
    desk = place.desk_in(turn.lang)
    if desk:
        parts.append(markup.literal(desk))
    return "\n".join(parts)


async def hours_reply(
    turn: Turn, places_first: bool = False, now: bool = False, asked: str = ""
) -> Reply:
    """The duty hours, the opening hours, the days closed, then the places and contacts;
    `places_first`: a question that asks where («а где этот пункт?») reads the places first;
    `now`: one that asks about now or today («ви зараз відкриті?») reads today's answer
    first (today.py); `asked`: the question, whose day named («в суботу», «tomorrow») reads
    that day's hours first (day_asked.py)."""
    office = turn.office
    today = turn.local(turn.now).date()
    duty = _current(office.duty, today)
    opening = _current(office.opening_hours, today)
    used: list[str] = []  # (asked where: the information point's own place first)
    for rule in opening + duty if places_first else duty + opening:
        if rule.place not in used:
            used.append(rule.place)
    places = [_place_lines(turn, office.places[p]) + "\n" for p in used]
    sections = [*await now_lines(turn), ""] if now else []
    if (on_day := day_asked.line(turn, asked)) is not None:
        sections += [on_day, ""]
    if elsewhere := not_your_town(turn, "hours_not_your_town"):  # «I live in Kraków»: the
        sections = [elsewhere, "", *sections]  # places below are the office's town's, said so
    sections += places if places_first else []
    sections.append(turn.t_duty("hours_duty_title"))
    sections += [_rule_line(turn, r, today, True) for r in duty] or [turn.t("hours_none")]
    sections.append("")
    sections.append(turn.t("hours_info_point_title"))
    sections += [_rule_line(turn, r, today, False) for r in opening] or [turn.t("hours_none")]
    sections.append("")
    closed = closed_line(turn, duty + opening, today)
    if closed:
        sections += [closed, ""]
    cancelled = await cancelled_line(turn, duty, today)
    if cancelled:
        sections += [cancelled, ""]
    if not places_first:
        sections += places
    org = office.organisation
    sections.append(
        turn.t("contacts", phone=markup.literal(org.phone), email=markup.literal(org.email))
    )
    map_buttons = [
        [
            Button(
                turn.t("btn_map", place=office.places[p].label(turn.lang)),
                url=office.places[p].map_url,
            )
        ]
        for p in used
        if office.places[p].map_url
    ]
    rows = map_buttons + [
        # (no duty rule still to hold: nothing to book, only the call back)
        [*book_button(turn), Button(turn.t("btn_callback"), "callback")],
        nav_row(turn, None),
    ]
    return Reply("\n".join(sections).strip(), rows)
