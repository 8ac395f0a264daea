"""config.yaml -> frozen, validated settings. Secrets come from the environment, never the file."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.settings import yamldoc
from bot.settings.model import (
    TELEGRAM_API,
    VIBER_API,
    BookingSettings,
    HoursRule,
    LocalName,
    Organisation,
    Place,
    Settings,
    WebhookSettings,
)
from bot.settings.schema import Checker, Field, one_of
from bot.settings.yamldoc import InvalidFile, Path_, Problem

LANGUAGES = ("uk", "ru", "en", "pl")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PLACE_ID = re.compile(r"[a-z][a-z0-9_]{0,23}")


def telegram_token() -> str | None:
    return os.environ.get("TELEGRAM_BOT_TOKEN") or None


def viber_token() -> str | None:
    return os.environ.get("VIBER_AUTH_TOKEN") or None


def telegram_webhook_secret() -> str | None:
    """TELEGRAM_WEBHOOK_SECRET (1-256 of A-Z a-z 0-9 _ -); None: derived from the bot token."""
    return os.environ.get("TELEGRAM_WEBHOOK_SECRET") or None


def _hours_rule(checker: Checker, value: Any, path: Path_) -> HoursRule | None:
    spec = {
        "weekday": Field(one_of(*WEEKDAYS)),
        "from": Field("time"),
        "to": Field("time"),
        "place": Field("str"),
        "valid_from": Field("date", required=False),
        "valid_until": Field("date", required=False),
    }
    data = checker.check(value, spec, path)
    if not data or None in (data["weekday"], data["from"], data["to"], data["place"]):
        return None
    if data["from"] >= data["to"]:
        checker.error(path + ("to",), f"'to' ({data['to']:%H:%M}) must be after 'from'")
        return None
    if data["valid_from"] and data["valid_until"] and data["valid_until"] < data["valid_from"]:
        checker.error(path + ("valid_until",), "valid_until is before valid_from")
        return None
    return HoursRule(
        WEEKDAYS.index(data["weekday"]),
        data["from"],
        data["to"],
        data["place"],
        data["valid_from"],
        data["valid_until"],
    )


def _labels(checker: Checker, value: Any, path: Path_) -> dict[str, str] | None:
    """`label:` of a place or a local office: language code -> text."""
    labels = checker.check(value, ("map", "str"), path)
    if labels is None:
        return None
    for lang in labels:
        if lang not in LANGUAGES:
            checker.error(
                path + (lang,), f"unknown language {lang!r} (one of {', '.join(LANGUAGES)})"
            )
    return {lang: text for lang, text in labels.items() if text is not None}


def _local_name(checker: Checker, value: Any, path: Path_) -> LocalName | None:
    """A `local:` entry: the same text in every language, or `name` and a `label` per language."""
    if not isinstance(value, dict):
        name = checker.check(value, "str", path)
        return LocalName(name) if name is not None else None
    spec = {"name": Field("str"), "label": Field(_labels, required=False, default={})}
    data = checker.check(value, spec, path)
    if not data or data["name"] is None:
        return None
    return LocalName(data["name"], data["label"] or {})


SCHEMA = {
    "organisation": Field(
        {
            "name": Field("str"),
            "administrator": Field("str"),
            "phone": Field("str"),
            "email": Field("str"),
            "website": Field("https", required=False),
        }
    ),
    "languages": Field(("list", one_of(*LANGUAGES))),
    "default_language": Field(one_of(*LANGUAGES)),
    "timezone": Field("str"),
    "places": Field(
        (
            "map",
            {
                "name": Field("str"),
                "address": Field("str"),
                "desk": Field("str", required=False),
                "map_url": Field("https", required=False),
                "label": Field(_labels, required=False, default={}),
            },
        )
    ),
    "duty": Field(("list", _hours_rule)),
    "opening_hours": Field(("list", _hours_rule)),
    "staff": Field(
        {
            "chat_id": Field("int", required=False),
            "language": Field(one_of(*LANGUAGES), required=False, default="pl"),
            "retention_days": Field("positive_int", required=False, default=30),
        }
    ),
    "storage": Field({"path": Field("str")}),
    "content": Field({"dir": Field("str", required=False, default="content")}, required=False),
    "local": Field(("map", _local_name), required=False, default={}),
    "booking": Field(
        {
            "visit_minutes": Field("positive_int", required=False, default=15),
            "capacity": Field("positive_int", required=False, default=1),
            "horizon_days": Field("positive_int", required=False, default=21),
            "min_notice_minutes": Field("int", required=False, default=120),
            "max_future_visits": Field("positive_int", required=False, default=2),
            "closed_dates": Field(("list", "date"), required=False, default=[]),
        },
        required=False,
    ),
    "telegram": Field(
        {
            "enabled": Field("bool", required=False, default=True),
            "base_url": Field("str", required=False, default=TELEGRAM_API),
            "rate_limits": Field("bool", required=False, default=True),
        },
        required=False,
    ),
    "viber": Field(
        {
            "enabled": Field("bool", required=False, default=False),
            "base_url": Field("str", required=False, default=VIBER_API),
            "bot_name": Field("str", required=False, default="infopoint"),
        },
        required=False,
    ),
    "webhook": Field(
        {
            "listen": Field("str", required=False, default="127.0.0.1"),
            "port": Field("positive_int", required=False, default=8080),
            "public_url": Field("https"),
            "path_telegram": Field("str", required=False, default="/telegram"),
            "path_viber": Field("str", required=False, default="/viber"),
            "idle_seconds": Field("positive_int", required=False, default=15),
            "max_connections": Field("positive_int", required=False, default=256),
        },
        required=False,
    ),
}


def load(path: Path | str) -> Settings:
    """Read and validate config.yaml; raise InvalidFile listing every problem."""
    path = Path(path)
    doc = yamldoc.load(path)
    checker = Checker(doc)
    data = checker.check(doc.data, SCHEMA)
    if data is None or checker.errors:
        raise InvalidFile(checker.problems)
    base = path.resolve().parent

    try:
        zone = ZoneInfo(data["timezone"])
    except (ZoneInfoNotFoundError, ValueError):
        checker.error(("timezone",), f"unknown time zone {data['timezone']!r}")
        zone = ZoneInfo("UTC")
    if data["default_language"] not in data["languages"]:
        checker.error(("default_language",), "default_language must be one of 'languages'")
    places = {
        pid: Place(pid, p["name"], p["address"], p["desk"], p["map_url"], p["label"] or {})
        for pid, p in data["places"].items()
    }
    for pid in places:
        if not PLACE_ID.fullmatch(pid):
            checker.error(
                ("places", pid),
                f"place id {pid!r}: use lower-case letters, digits and _, at most 24 characters "
                "(it goes into buttons, which Telegram limits to 64 bytes)",
            )
    for section in ("duty", "opening_hours"):
        for i, rule in enumerate(data[section]):
            if rule and rule.place not in places:
                checker.error((section, i, "place"), f"no place {rule.place!r} under 'places'")
    booking = data["booking"] or {}
    telegram = data["telegram"] or {}
    viber = data["viber"] or {}
    webhook = data["webhook"]
    content_dir = base / ((data["content"] or {}).get("dir") or "content")
    storage_path = Path(data["storage"]["path"])
    if not storage_path.is_absolute():
        storage_path = base / storage_path
    local = {key: entry for key, entry in (data["local"] or {}).items() if entry is not None}
    _warn_missing_labels(checker, data["languages"], local)
    if checker.errors:
        raise InvalidFile(checker.problems)
    return Settings(
        source=path,
        organisation=Organisation(**data["organisation"]),
        languages=tuple(data["languages"]),
        default_language=data["default_language"],
        timezone=zone,
        places=places,
        duty=tuple(data["duty"]),
        opening_hours=tuple(data["opening_hours"]),
        staff_chat_id=data["staff"]["chat_id"],
        staff_language=data["staff"]["language"],
        retention_days=data["staff"]["retention_days"],
        storage_path=storage_path,
        content_dir=content_dir,
        local=local,
        booking=BookingSettings(
            visit_minutes=booking.get("visit_minutes", 15),
            capacity=booking.get("capacity", 1),
            horizon_days=booking.get("horizon_days", 21),
            min_notice_minutes=booking.get("min_notice_minutes", 120),
            max_future_visits=booking.get("max_future_visits", 2),
            closed_dates=tuple(booking.get("closed_dates") or ()),
        ),
        telegram_enabled=telegram.get("enabled", True),
        telegram_base_url=telegram.get("base_url", TELEGRAM_API),
        telegram_rate_limits=telegram.get("rate_limits", True),
        viber_enabled=viber.get("enabled", False),
        viber_base_url=viber.get("base_url", VIBER_API),
        viber_bot_name=viber.get("bot_name", "infopoint"),
        webhook=WebhookSettings(**webhook) if webhook else None,
        warnings=tuple(p for p in checker.problems if p.warning),
    )


def _warn_missing_labels(
    checker: Checker, languages: list[str], local: dict[str, LocalName]
) -> None:
    """A local office with labels but not in every language: those answers show its `name`."""
    for key, entry in local.items():
        if not entry.labels:
            continue
        missing = [lang for lang in languages if lang != "pl" and lang not in entry.labels]
        if missing:
            checker.warn(
                ("local", key, "label"),
                f"no label in {', '.join(missing)}: answers in "
                f"{'that language' if len(missing) == 1 else 'those languages'} show the name "
                f"{entry.name!r}",
            )


__all__ = [
    "TELEGRAM_API",
    "VIBER_API",
    "BookingSettings",
    "HoursRule",
    "InvalidFile",
    "LocalName",
    "Organisation",
    "Place",
    "Problem",
    "Settings",
    "WebhookSettings",
    "load",
    "telegram_token",
    "telegram_webhook_secret",
    "viber_token",
]
