"""config.yaml -> frozen, validated settings. Secrets come from the environment, never the file."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.settings import yamldoc
from bot.settings.schema import Checker, Field, one_of
from bot.settings.yamldoc import InvalidFile, Path_, Problem

LANGUAGES = ("uk", "ru", "en", "pl")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TELEGRAM_API = "https://api.telegram.org/bot"
VIBER_API = "https://chatapi.viber.com/pa"
PLACE_ID = re.compile(r"[a-z][a-z0-9_]{0,23}")


@dataclass(frozen=True)
class Organisation:
    name: str
    administrator: str
    phone: str
    email: str
    website: str | None = None


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    address: str
    desk: str | None = None
    map_url: str | None = None
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, lang: str) -> str:
        return self.labels.get(lang, self.name)


@dataclass(frozen=True)
class HoursRule:
    """Open on `weekday` from `start` to `end` at `place`, within optional validity dates."""

    weekday: int  # 0 = Monday
    start: dt.time
    end: dt.time
    place: str
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None

    def applies(self, day: dt.date) -> bool:
        return (
            day.weekday() == self.weekday
            and (self.valid_from is None or day >= self.valid_from)
            and (self.valid_until is None or day <= self.valid_until)
        )


@dataclass(frozen=True)
class BookingSettings:
    visit_minutes: int = 15
    capacity: int = 1
    horizon_days: int = 21
    min_notice_minutes: int = 120
    max_future_visits: int = 2
    closed_dates: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class WebhookSettings:
    listen: str
    port: int
    public_url: str
    path_telegram: str = "/telegram"
    path_viber: str = "/viber"
    idle_seconds: float = 15.0  # a connection that sends nothing is closed after this
    max_connections: int = 256  # more open connections than this: new ones are closed


@dataclass(frozen=True)
class Settings:
    source: Path
    organisation: Organisation
    languages: tuple[str, ...]
    default_language: str
    timezone: ZoneInfo
    places: dict[str, Place]
    duty: tuple[HoursRule, ...]
    opening_hours: tuple[HoursRule, ...]
    staff_chat_id: int | None
    staff_language: str
    retention_days: int
    storage_path: Path
    content_dir: Path
    local: dict[str, str]
    booking: BookingSettings
    telegram_enabled: bool = True
    telegram_base_url: str = TELEGRAM_API
    telegram_rate_limits: bool = True  # off only to measure (bench/load.py): Telegram enforces them
    viber_enabled: bool = False
    viber_base_url: str = VIBER_API
    viber_bot_name: str = "infopoint"
    webhook: WebhookSettings | None = None

    def placeholders(self) -> dict[str, str]:
        """Values for {name} placeholders in content."""
        values = dict(self.local)
        values.setdefault("org_name", self.organisation.name)
        values.setdefault("org_phone", self.organisation.phone)
        values.setdefault("org_email", self.organisation.email)
        return values


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
                "label": Field(("map", "str"), required=False, default={}),
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
    "local": Field(("map", "str"), required=False, default={}),
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
        local=dict(data["local"] or {}),
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
    )


__all__ = [
    "InvalidFile",
    "Problem",
    "Settings",
    "load",
    "telegram_token",
    "telegram_webhook_secret",
    "viber_token",
]
