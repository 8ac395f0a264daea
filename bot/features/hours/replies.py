"""Hours and places: the assistant's duty hours and the information point's opening hours,
each Monday to Sunday (a rule that ends on a date next to the one that follows it), the
closed days of the coming weeks, and the duties staff cancelled in them (🤒: the assistant is
ill; bot.features.booking's duty:cancel)."""

from __future__ import annotations

import datetime as dt
import itertools

from bot.core import markup, slots
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.features.hours import day_asked
from bot.features.hours.sheet import Sheet, of_turn
from bot.features.hours.today import lines as now_lines
from bot.features.menu import book_button, nav_row
from bot.settings.config import HoursRule, Place

CLOSED_AHEAD_DAYS = 28  # the closed days named: today and the next four weeks


def _rule_line(sheet: Sheet, rule: HoursRule, today: dt.date, with_place: bool) -> str:
    fmt, lang = sheet.fmt, sheet.lang
    line = f"• {fmt.weekday(lang, rule.weekday).capitalize()} {_span(sheet, rule)}"
    if with_place:
        line += f" — {markup.literal(sheet.office.places[rule.place].label(lang))}"
    if rule.valid_from and rule.valid_from > today:
        line += " " + sheet.t("valid_from", date=fmt.date(lang, rule.valid_from, "long"))
    if rule.valid_until:
        line += " " + sheet.t("valid_until", date=fmt.date(lang, rule.valid_until, "long"))
    return line


def _span(sheet: Sheet, rule: HoursRule) -> str:
    """«13:00–15:30»."""
    time = sheet.fmt.time
    return f"{time(sheet.lang, rule.start)}–{time(sheet.lang, rule.end)}"


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


def closed_line(sheet: Sheet, rules: list[HoursRule], today: dt.date) -> str | None:
    """«Closed: 10, 24–26, 31 December»: the public holidays and `booking.closed_dates` of the
    coming weeks on which some of these hours would hold (a closed Sunday is no news); None:
    none. Dates in the person's language (Babel's day and month)."""
    last = today + dt.timedelta(days=CLOSED_AHEAD_DAYS - 1)
    closed = slots.closed_days(sheet.office.booking.closed_dates, today, last)
    days = sorted(d for d in closed if today <= d <= last and any(r.applies(d) for r in rules))
    if not days:
        return None
    fmt, months = sheet.fmt, []
    for _, in_month in itertools.groupby(days, key=lambda d: (d.year, d.month)):
        runs: list[list[dt.date]] = []
        for day in in_month:
            if runs and (day - runs[-1][-1]).days == 1:
                runs[-1].append(day)
            else:
                runs.append([day])
        # the month named once, after its last day: «10, 24–26, 31 December», «31 grudnia»
        named = [*(r[-1].day for r in runs[:-1]), fmt.date(sheet.lang, runs[-1][-1], "d MMMM")]
        months.append(
            ", ".join(
                f"{r[0].day}–{end}" if len(r) > 1 else f"{end}"
                for r, end in zip(runs, named, strict=True)
            )
        )
    return sheet.t("hours_closed", days="; ".join(months))


async def cancelled_line(turn: Turn, duty: list[HoursRule], today: dt.date) -> str | None:
    """`cancelled_text` for a person's turn (the booking's day list names them too)."""
    return cancelled_text(await of_turn(turn), duty, today)


def cancelled_text(sheet: Sheet, duty: list[HoursRule], today: dt.date) -> str | None:
    """«🤒 Duty cancelled (no visits then): Thu 10 Dec 13:00–15:00»: the duties of the coming
    weeks staff cancelled (a day already closed is named with the closed days), each with its
    hours (and its place, where the duty is at more than one); None: none."""
    last = today + dt.timedelta(days=CLOSED_AHEAD_DAYS - 1)
    closed = slots.closed_days(sheet.office.booking.closed_dates, today, last)
    fmt, lang, places = sheet.fmt, sheet.lang, {r.place for r in duty}
    named = []
    for place, day in sorted(sheet.cancelled, key=_by_day):
        rules = [r for r in duty if r.place == place and r.applies(day)]
        if day in closed or not rules or not today <= day <= last:
            continue
        hours = ", ".join(_span(sheet, r) for r in rules)
        where = sheet.office.places[place].label(lang)
        named.append(
            f"{fmt.day(lang, day)}, {hours}"
            + (f" — {markup.literal(where)}" if len(places) > 1 else "")
        )
    return sheet.t("hours_duty_cancelled", duties="; ".join(named)) if named else None


def _by_day(closure: tuple[str, dt.date]) -> tuple[dt.date, str]:
    return closure[1], closure[0]


def _place_lines(lang: str, place: Place) -> str:
    parts = [f"**{markup.literal(place.label(lang))}**"]
    if place.label(lang) != place.name:
        parts.append(markup.literal(place.name))
    parts.append(markup.literal(place.address_in(lang)))
    desk = place.desk_in(lang)
    if desk:
        parts.append(markup.literal(desk))
    return "\n".join(parts)


async def hours_reply(
    turn: Turn, places_first: bool = False, now: bool = False, asked: str = ""
) -> Reply:
    """`hours_text` for a person's turn, with the places' maps, a visit and a call back."""
    office = turn.office
    sheet = await of_turn(turn)
    text = hours_text(sheet, places_first, now, asked)
    map_buttons = [
        [
            Button(
                turn.t("btn_map", place=office.places[p].label(turn.lang)),
                url=office.places[p].map_url,
            )
        ]
        for p in _used(sheet, places_first)
        if office.places[p].map_url
    ]
    rows = map_buttons + [
        # (no duty rule still to hold: nothing to book, only the call back)
        [*book_button(turn), Button(turn.t("btn_callback"), "callback")],
        nav_row(turn, None),
    ]
    return Reply(text, rows)


def _used(sheet: Sheet, places_first: bool) -> list[str]:
    """The places of the hours still to hold (asked where: the information point's first)."""
    today = sheet.local.date()
    duty = _current(sheet.office.duty, today)
    opening = _current(sheet.office.opening_hours, today)
    used: list[str] = []
    for rule in opening + duty if places_first else duty + opening:
        if rule.place not in used:
            used.append(rule.place)
    return used


def hours_text(sheet: Sheet, places_first: bool = False, now: bool = False, asked: str = "") -> str:
    """The duty hours, the opening hours, the days closed, then the places and contacts;
    `places_first`: a question that asks where («а где этот пункт?») reads the places first;
    `now`: one that asks about now or today («ви зараз відкриті?») reads today's answer
    first (today.py); `asked`: the question, whose day named («в суботу», «tomorrow») reads
    that day's hours first (day_asked.py)."""
    office = sheet.office
    today = sheet.local.date()
    duty = _current(office.duty, today)
    opening = _current(office.opening_hours, today)
    places = [_place_lines(sheet.lang, office.places[p]) + "\n" for p in _used(sheet, places_first)]
    sections = [*now_lines(sheet), ""] if now else []
    if (on_day := day_asked.line(sheet, asked)) is not None:
        sections += [on_day, ""]
    if sheet.elsewhere:  # «I live in Kraków»: the places below are the office's town's, said so
        sections = [sheet.elsewhere, "", *sections]
    sections += places if places_first else []
    sections.append(sheet.t_duty("hours_duty_title"))
    sections += [_rule_line(sheet, r, today, True) for r in duty] or [sheet.t("hours_none")]
    sections.append("")
    sections.append(sheet.t("hours_info_point_title"))
    sections += [_rule_line(sheet, r, today, False) for r in opening] or [sheet.t("hours_none")]
    sections.append("")
    closed = closed_line(sheet, duty + opening, today)
    if closed:
        sections += [closed, ""]
    cancelled = cancelled_text(sheet, duty, today)
    if cancelled:
        sections += [cancelled, ""]
    if not places_first:
        sections += places
    org = office.organisation
    sections.append(
        sheet.t("contacts", phone=markup.literal(org.phone), email=markup.literal(org.email))
    )
    return "\n".join(sections).strip()
