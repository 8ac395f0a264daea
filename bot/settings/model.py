"""The settings of one deployment, as config.yaml describes them (read by bot.settings.config)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.settings.yamldoc import Problem

TELEGRAM_API = "https://api.telegram.org/bot"
VIBER_API = "https://chatapi.viber.com/pa"


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
class LocalName:
    """A local office named in the content ({city_office}): its name, and a label per language."""

    name: str
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
    local: dict[str, LocalName]
    booking: BookingSettings
    telegram_enabled: bool = True
    telegram_base_url: str = TELEGRAM_API
    telegram_rate_limits: bool = True  # off only to measure (bench/load.py): Telegram enforces them
    viber_enabled: bool = False
    viber_base_url: str = VIBER_API
    viber_bot_name: str = "infopoint"
    webhook: WebhookSettings | None = None
    warnings: tuple[Problem, ...] = ()  # shown by `infopoint check`; the bot runs with them

    def placeholders(self, lang: str) -> dict[str, str]:
        """Values for {name} placeholders in the content of `lang`."""
        values = {key: local.label(lang) for key, local in self.local.items()}
        values.setdefault("org_name", self.organisation.name)
        values.setdefault("org_phone", self.organisation.phone)
        values.setdefault("org_email", self.organisation.email)
        return values
