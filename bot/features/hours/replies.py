"""Hours and places: the assistant's duty hours and the information point's opening hours."""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.features.menu import nav_row
from bot.settings.config import HoursRule, Place


def _rule_line(turn: Turn, rule: HoursRule, today: dt.date, with_place: bool) -> str:
    fmt = turn.services.t
    line = (
        f"• {fmt.weekday(turn.lang, rule.weekday).capitalize()} "
        f"{fmt.time(turn.lang, rule.start)}–{fmt.time(turn.lang, rule.end)}"
    )
    if with_place:
        line += f" — {markup.literal(turn.office.places[rule.place].label(turn.lang))}"
    if rule.valid_from and rule.valid_from > today:
        line += " " + turn.t("valid_from", date=fmt.date(turn.lang, rule.valid_from, "long"))
    if rule.valid_until:
        line += " " + turn.t("valid_until", date=fmt.date(turn.lang, rule.valid_until, "long"))
    return line


def _current(rules: tuple[HoursRule, ...], today: dt.date) -> list[HoursRule]:
    live = [r for r in rules if r.valid_until is None or r.valid_until >= today]
    return sorted(live, key=lambda r: (r.valid_from or dt.date.min, r.weekday, r.start))


def _place_lines(turn: Turn, place: Place) -> str:
    parts = [f"**{markup.literal(place.label(turn.lang))}**"]
    if place.label(turn.lang) != place.name:
        parts.append(markup.literal(place.name))
    parts.append(markup.literal(place.address_in(turn.lang)))
    desk = place.desk_in(turn.lang)
    if desk:
        parts.append(markup.literal(desk))
    return "\n".join(parts)


def hours_reply(turn: Turn) -> Reply:
    office = turn.office
    today = turn.local(turn.now).date()
    duty = _current(office.duty, today)
    opening = _current(office.opening_hours, today)
    sections = [turn.t_duty("hours_duty_title")]
    sections += [_rule_line(turn, r, today, True) for r in duty] or [turn.t("hours_none")]
    sections.append("")
    sections.append(turn.t("hours_info_point_title"))
    sections += [_rule_line(turn, r, today, False) for r in opening] or [turn.t("hours_none")]
    sections.append("")
    used: list[str] = []
    for rule in duty + opening:
        if rule.place not in used:
            used.append(rule.place)
    sections += [_place_lines(turn, office.places[p]) + "\n" for p in used]
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
        [Button(turn.t("btn_book"), "booking"), Button(turn.t("btn_callback"), "callback")],
        nav_row(turn, None),
    ]
    return Reply("\n".join(sections).strip(), rows)
