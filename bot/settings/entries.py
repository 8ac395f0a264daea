"""The entries config.yaml writes alike at its top level and under each office of a network,
checked as values by its schema (bot.settings.config, offices.py): a rule of weekly hours
(`duty:`, `opening_hours:`, a specialist's `schedule:`), a place's or a local office's
`label:` by language, and a `local:` entry (one name, or a name with labels and hours)."""

from __future__ import annotations

from typing import Any

from bot.settings.allowed import language_hint, one_of
from bot.settings.meetings import WEEKDAYS
from bot.settings.model import LANGUAGES, HoursRule, LocalName
from bot.settings.schema import Checker, Field
from bot.settings.yamldoc import Path_


def schedule_rule(checker: Checker, value: Any, path: Path_) -> HoursRule | None:
    """A specialist's weekly hours: `place` may be left out (the specialist's own)."""
    return hours_rule(checker, value, path, place_required=False)


def hours_rule(
    checker: Checker, value: Any, path: Path_, *, place_required: bool = True
) -> HoursRule | None:
    spec = {
        "weekday": Field(one_of(*WEEKDAYS)),
        "from": Field("time"),
        "to": Field("time"),
        "place": Field("str", required=place_required, default=""),
        "valid_from": Field("date", required=False),
        "valid_until": Field("date", required=False),
    }
    data = checker.check(value, spec, path)
    if data and None not in (data["from"], data["to"]) and data["from"] >= data["to"]:
        checker.error(path + ("to",), f"'to' ({data['to']:%H:%M}) must be after 'from'")
        return None  # (said beside a wrong weekday or place too: one run names both)
    if not data or None in (data["weekday"], data["from"], data["to"], data["place"]):
        return None
    if any(value.get(k) is not None and data[k] is None for k in ("valid_from", "valid_until")):
        return None  # a date refused above: without it the rule would overlap its successor
    if data["valid_from"] and data["valid_until"] and data["valid_until"] < data["valid_from"]:
        dates = f"{data['valid_until']} before {data['valid_from']}: the two swapped?"
        checker.error(path + ("valid_until",), f"valid_until is before valid_from ({dates})")
        return None
    rule = HoursRule(
        WEEKDAYS.index(data["weekday"]),
        data["from"],
        data["to"],
        data["place"],
        data["valid_from"],
        data["valid_until"],
    )
    if rule.valid_from and rule.valid_until and rule.first_day_with(rule) is None:
        checker.warn(
            path + ("weekday",),
            f"this rule never applies: no {data['weekday']} from {rule.valid_from} to "
            f"{rule.valid_until} (a wrong weekday or date?)",
        )
    return rule


def labels(checker: Checker, value: Any, path: Path_) -> dict[str, str] | None:
    """`label:` of a place or a local office: language code -> text."""
    found = checker.check(value, ("map", "str"), path)
    if found is None:
        return None
    for lang in found:
        if lang not in LANGUAGES:
            hint = language_hint(lang, LANGUAGES)  # («ua»: did you mean 'uk'?)
            checker.error(
                path + (lang,), f"unknown language {lang!r}{hint or ' (one of uk, ru, en, pl)'}"
            )
    return {lang: text for lang, text in found.items() if text is not None}


def local_name(checker: Checker, value: Any, path: Path_) -> LocalName | None:
    """A `local:` entry: the same text in every language, or `name` and a `label` per language."""
    if not isinstance(value, dict):
        name = checker.check(value, "str", path)
        return LocalName(name) if name is not None else None
    spec = {
        "name": Field("str"),
        "label": Field(labels, required=False, default={}),
        "opening_hours": Field(("list", schedule_rule), required=False, default=[]),
    }
    data = checker.check(value, spec, path)
    if not data or data["name"] is None:
        return None
    hours = tuple(r for r in data["opening_hours"] or () if r is not None)
    return LocalName(data["name"], data["label"] or {}, hours)
