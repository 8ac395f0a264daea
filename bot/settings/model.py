"""The settings of one deployment, as config.yaml describes them (read by bot.settings.config)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.settings.catalogue import Catalogue
from bot.settings.yamldoc import Problem

LANGUAGES = ("uk", "ru", "en", "pl")  # what the bot speaks (its texts are in bot/content/locales)
TELEGRAM_API = "https://api.telegram.org/bot"
VIBER_API = "https://chatapi.viber.com/pa"
RETENTION_DAYS = 30  # `staff.retention_days` when the config says nothing
VIBER_NAME_MAX = 28  # `viber.bot_name`: Viber's limit for a sender's name


@dataclass(frozen=True)
class Organisation:
    name: str
    administrator: str
    phone: str
    email: str
    website: str | None = None


@dataclass(frozen=True)
class AreaTown:
    """A town or gmina of an office's own area (`towns:`): its name, its case forms whose stem
    changes («Mirzec»: «Mircu», read in any case too), and whether a town abroad has that name
    too («Brody»: Броди in Ukraine; bot/features/office/area.py)."""

    name: str
    forms: tuple[str, ...] = ()
    abroad: bool = False
    # its own gmina office ({city_office} for its people: meldunek, PESEL), else the answers
    # say «urząd gminy <name>» (bot/content/towns.py: area_places)
    city_office: LocalName | None = None


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    address: str
    desk: str | None = None
    map_url: str | None = None
    labels: dict[str, str] = field(default_factory=dict)
    # its own opening hours (an office people are accompanied to), where the config gives them:
    # a help form's day there is refused when it is closed (bot/features/assist/times.py)
    hours: tuple[HoursRule, ...] = ()
    # `address:` and `desk:` given per language (config: a map instead of one text); `address`
    # and `desk` above are then the Polish ones (for staff, maps and calendar files)
    addresses: dict[str, str] = field(default_factory=dict)
    desks: dict[str, str] = field(default_factory=dict)

    def label(self, lang: str) -> str:
        return self.labels.get(lang, self.name)

    def address_in(self, lang: str) -> str:
        return self.addresses.get(lang, self.address)

    def desk_in(self, lang: str) -> str | None:
        return self.desks.get(lang, self.desk)


@dataclass(frozen=True)
class LocalName:
    """A local office named in the content ({city_office}): its name, and a label per language."""

    name: str
    labels: dict[str, str] = field(default_factory=dict)
    # its weekly hours, where known (`opening_hours:`): the answers say when it is open
    opening_hours: tuple[HoursRule, ...] = ()

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

    def overlaps(self, other: HoursRule) -> bool:
        """Both hold at some moment: the same weekday, hours that cross, and a day of that
        weekday on which both are valid (an announced change, the old rule ending before the
        new one starts, does not; nor validity dates that meet on no such weekday)."""
        if self.weekday != other.weekday or self.end <= other.start or other.end <= self.start:
            return False
        return self.first_day_with(other) is not None

    def first_day_with(self, other: HoursRule) -> dt.date | None:
        """The first day both rules apply (None: no day, or none before the end of time)."""
        if self.weekday != other.weekday:
            return None
        first = max(self.valid_from or dt.date.min, other.valid_from or dt.date.min)
        last = min(self.valid_until or dt.date.max, other.valid_until or dt.date.max)
        ahead = (self.weekday - first.weekday()) % 7
        if (last - first).days < ahead:
            return None
        return first + dt.timedelta(days=ahead)


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
class Office:
    """One information point of the deployment: whom it serves, where, when, and its staff.

    A single-office config.yaml describes one office (id MAIN); a network's config has
    `offices:`, each inheriting the top-level keys and overriding what differs."""

    id: str
    name: str  # in the office chooser, e.g. "Opole"
    labels: dict[str, str]
    organisation: Organisation
    places: dict[str, Place]
    duty: tuple[HoursRule, ...]
    opening_hours: tuple[HoursRule, ...]
    staff_chat_id: int | None
    staff_topic_id: int | None  # a forum topic of a staff supergroup shared by offices
    staff_language: str
    booking: BookingSettings
    local: dict[str, LocalName]
    location: tuple[float, float] | None = None  # latitude, longitude: the nearest office
    # the towns and gminas of its own area besides its city (a county's office: its powiat's
    # gminas), read as its names («mieszkam w Wąchocku»: bot/features/office/area.py)
    towns: tuple[AreaTown, ...] = ()
    # days the personal data of its closed records is kept (`staff.retention_days`: its own,
    # else the deployment's)
    retention_days: int = RETENTION_DAYS
    duty_titles: dict[str, str] = field(default_factory=dict)  # who is on duty, per language
    content_dir: Path | None = None  # the office's own topics (content/offices/<id>/)
    catalogue: Catalogue = field(default_factory=Catalogue)  # its services (bot.settings.catalogue)
    # the line and key of its own `local:` in the config (else of the office): where values
    # for the answers' {placeholders} go
    local_at: tuple[int | None, str] = (None, "")

    def label(self, lang: str) -> str:
        return self.labels.get(lang, self.name)

    def area_town(self, name: str | None) -> AreaTown | None:
        """The town of its own area of that (Polish) name, if any."""
        return next((town for town in self.towns if town.name == name), None)

    def books_visits(self, day: dt.date) -> bool:
        """A duty rule still to hold on `day` or later: visits can be booked (none: every
        «Book a visit» hidden, /book says so and offers a callback; each office its own)."""
        return any(rule.valid_until is None or rule.valid_until >= day for rule in self.duty)

    def books_specialists_instead(self, day: dt.date) -> bool:
        """No duty hours to come (no `duty:`, or every rule ended), and a specialist to book on
        `day` or later: «📅 Book a visit» and /book lead to the specialists' services
        (bot/features/menu/replies.py)."""
        return not self.books_visits(day) and bool(self.catalogue.bookable(day))

    def books(self, day: dt.date) -> bool:
        """Something to book from «📅 Book a visit» and /book: duty hours to come, or the
        specialists of an office without duty hours (Telegram's menu lists /book then)."""
        return self.books_visits(day) or self.books_specialists_instead(day)

    def duty_name(self, lang: str) -> str | None:
        """Who is on duty for visits, as `lang` reads it (`duty_title`; another language's
        when `lang` has none), or None: the texts' own "intercultural assistant"."""
        return self.duty_titles.get(lang) or next(iter(self.duty_titles.values()), None)

    def org_name(self, lang: str) -> str:
        """The organisation's name as `lang` reads it: `local: org_name` with its labels (a
        Polish name explained), else `organisation.name`."""
        local = self.local.get("org_name")
        return local.label(lang) if local is not None else self.organisation.name

    def placeholders(self, lang: str) -> dict[str, str]:
        """Values for {name} placeholders in the content of `lang`."""
        values = {key: local.label(lang) for key, local in self.local.items()}
        values.setdefault("org_name", self.organisation.name)
        values.setdefault("org_phone", self.organisation.phone)
        values.setdefault("org_email", self.organisation.email)
        if "city_name" in values:  # (the person's own town where it has none: towns.yaml)
            values.setdefault("town_name", values["city_name"])
        return values


MAIN = "main"  # the one office of a config.yaml without `offices:`


@dataclass(frozen=True)
class Settings:
    source: Path
    languages: tuple[str, ...]
    default_language: str
    timezone: ZoneInfo
    offices: dict[str, Office]
    default_office: str
    retention_days: int  # the deployment's `staff.retention_days`; each office has its own
    storage_path: Path
    content_dir: Path
    content_line: int | None = None  # where config.yaml writes `content.dir` (None: not written)
    coordinators_chat_id: int | None = None  # a network's coordinators: every office's requests
    telegram_enabled: bool = True
    telegram_base_url: str = TELEGRAM_API
    telegram_rate_limits: bool = True  # off only to measure (bench/load.py): Telegram enforces them
    viber_enabled: bool = False
    viber_base_url: str = VIBER_API
    viber_bot_name: str = "infopoint"
    webhook: WebhookSettings | None = None
    warnings: tuple[Problem, ...] = ()  # shown by `infopoint check`; the bot runs with them

    @property
    def network(self) -> bool:
        return len(self.offices) > 1

    def office(self, office_id: str | None) -> Office:
        """The office of that id; the default one for None or an id no longer configured."""
        return self.offices.get(office_id or "", self.offices[self.default_office])

    def staff_office(self, chat_id: str, topic_id: str | None) -> Office | None:
        """The office whose staff write in this chat (and forum topic), if any."""
        found = [o for o in self.offices.values() if str(o.staff_chat_id) == chat_id]
        if len(found) > 1:  # one supergroup, a topic per office
            found = [o for o in found if str(o.staff_topic_id) == str(topic_id)]
        return found[0] if len(found) == 1 else None

    @property
    def shortest_retention_days(self) -> int:
        """For what belongs to no office (messages in people's own chats): no office's people
        are kept longer than their office says."""
        return min(o.retention_days for o in self.offices.values())

    @property
    def staff_chats(self) -> set[str]:
        chats = {str(o.staff_chat_id) for o in self.offices.values() if o.staff_chat_id}
        if self.coordinators_chat_id is not None:
            chats.add(str(self.coordinators_chat_id))
        return chats
