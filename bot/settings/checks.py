"""What a config means, checked once its parts are read: courses that are over, staff chats that
are people, locations that cannot be, one specialist id that names two people, and channels
`infopoint run` could not start (Viber without a webhook, no channel at all, a Viber name too
long), an office's phone or e-mail that cannot be one: `infopoint check`, `run` and `chat`
read them all through config.load."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from phonenumbers import shortnumberinfo

from bot.settings import hints
from bot.settings.catalogue_model import COURSE, Specialist
from bot.settings.model import VIBER_NAME_MAX, AreaTown, Office
from bot.settings.schema import Checker, Field
from bot.settings.yamldoc import Path_, key_name


def finished_courses(
    checker: Checker, network: dict[str, Any], offices: dict[str, Office], zone: ZoneInfo
) -> None:
    """A course or event whose every meeting is over is no longer shown to people: say so,
    as a warning (the bot runs; the course may simply be waiting to be removed)."""
    now = dt.datetime.now(zone)
    for office in offices.values():
        own = (network.get(office.id) or {}).get("services") or {}
        for service in office.catalogue.of_kind(COURSE):
            if not service.meetings:
                continue
            last = max(service.meetings, key=lambda m: (m.day, m.end))
            if dt.datetime.combine(last.day, last.end, tzinfo=zone) > now:
                continue
            at: Path_ = ("services", service.id)
            checker.warn(
                ("offices", office.id, *at) if service.id in own else at,
                f"every meeting of {service.id!r} is in the past (the last on "
                f"{last.day:%Y-%m-%d}): people no longer see it; give it new dates or remove it",
            )


def old_closed_dates(checker: Checker, data: dict[str, Any], zone: ZoneInfo) -> None:
    """A closed day a year or more ago (`booking:`'s, a specialist's): probably the year
    mistyped (2025-12-24 meant for this Christmas); as written it closes nothing."""
    today = dt.datetime.now(zone).date()
    network = data.get("offices") or {}
    parts: list[tuple[Path_, Any]] = [((), data)]
    parts += [(("offices", oid), own or {}) for oid, own in network.items()]
    found: list[tuple[Path_, Any]] = []
    for where, part in parts:
        found.append((where + ("booking", "closed_dates"), (part.get("booking") or {})))
        for sid, raw in (part.get("specialists") or {}).items():
            found.append((where + ("specialists", sid, "closed_dates"), raw or {}))
    for at, holder in found:
        for i, day in enumerate(holder.get("closed_dates") or ()):
            if isinstance(day, dt.date) and day <= today - dt.timedelta(days=365):
                meant = _this_year(day, today)
                checker.warn(
                    at + (i,),
                    f"the closed day {day} is a year or more in the past, so it closes "
                    f"nothing: a typo in the year (meant {meant}?); fix it, or remove it",
                )


def _this_year(day: dt.date, today: dt.date) -> dt.date:
    """The same day and month, next to come (29 February: the 28th)."""
    for year in (today.year, today.year + 1):
        meant = dt.date(year, day.month, min(day.day, 28 if day.month == 2 else day.day))
        if meant >= today:
            return meant
    return meant


def group_chat(checker: Checker, value: Any, path: Path_) -> int | None:
    """`chat_id` of a staff or coordinators' chat: a group's or supergroup's id is negative;
    a positive one is a person's own chat with the bot (their user id)."""
    if isinstance(value, str):  # `"@opole_staff"`, `-100123456789O`: hints.chat_id_text
        checker.error(path, hints.chat_id_text(value))
        return None
    chat_id: int | None = checker.check(value, "int", path)
    if chat_id is None or chat_id < 0:
        return chat_id
    checker.error(
        path,
        f"{chat_id} is a person's chat, not a group: the bot writes to staff in a group or a "
        "supergroup, whose id is negative (a supergroup's starts with -100, e.g. "
        "-1001234567890). Add the bot to the staff group and copy the group's id (README, "
        "“Run it on Telegram”)",
    )
    return None


# Poland lies within about 49.0–54.9° N and 14.1–24.2° E
POLAND_LAT, POLAND_LON = (48.9, 55.0), (14.0, 24.2)


def location(checker: Checker, value: Any, path: Path_) -> dict[str, float] | None:
    """An office's `location: {lat, lon}`: a point on Earth, and a warning off Poland."""
    spec = {"lat": Field("number"), "lon": Field("number")}
    data: dict[str, float | None] | None = checker.check(value, spec, path)
    if not data or data["lat"] is None or data["lon"] is None:
        return None
    lat, lon = data["lat"], data["lon"]
    wrong = False
    for key, number, limit in (("lat", lat, 90), ("lon", lon, 180)):
        if not -limit <= number <= limit:
            checker.error(
                path + (key,),
                f"{key} {number:g} cannot be: it is between -{limit} and {limit} "
                "(a place in Poland is at about lat 49–55, lon 14–24)",
            )
            wrong = True
    if wrong:
        return None
    if not (_inside(lat, POLAND_LAT) and _inside(lon, POLAND_LON)):
        swapped = _inside(lon, POLAND_LAT) and _inside(lat, POLAND_LON)
        checker.warn(
            path,
            f"lat {lat:g}, lon {lon:g} is outside Poland (about lat 49–55, lon 14–24): "
            + ("lat and lon look swapped" if swapped else "check the numbers")
            + "; “the nearest office” measures from here",
        )
    return {"lat": lat, "lon": lon}


def _inside(number: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= number <= bounds[1]


def one_person_per_specialist(
    checker: Checker, network: dict[str, Any], offices: dict[str, Office]
) -> None:
    """A specialist's id is one person across a network's offices (their booked seats are
    counted together): an id defined differently in two offices would mix two people's seats."""
    first: dict[str, tuple[str, Specialist, Path_]] = {}
    for office in offices.values():
        own = (network.get(office.id) or {}).get("specialists") or {}
        for sid, specialist in office.catalogue.specialists.items():
            at: Path_ = ("specialists", sid)
            at = ("offices", office.id, *at) if sid in own else at
            other_office, other, other_at = first.setdefault(sid, (office.id, specialist, at))
            inside = key_name(at)  # (a value of it refused, said there: not also «differ»)
            if other == specialist or any(p.key.startswith(inside) for p in checker.errors):
                continue
            differ = [
                f.name
                for f in dataclasses.fields(Specialist)
                if getattr(other, f.name) != getattr(specialist, f.name)
            ]
            checker.error(
                at,
                f"specialist {sid!r} is defined differently in office {other_office!r} (line "
                f"{checker.doc.line(other_at)}) and office {office.id!r} ({', '.join(differ)} "
                "differ): one id is one person across the offices, whose booked seats are "
                "counted together; give different people different ids (and name the new id in "
                "the office's services)",
            )


def viber_name(checker: Checker, value: Any, path: Path_) -> str | None:
    """`viber.bot_name`: the sender's name Viber shows above each message, at most 28
    characters (Viber's limit; a longer one would be cut)."""
    name: str | None = checker.check(value, "str", path)
    if name is not None and len(name) > VIBER_NAME_MAX:
        checker.error(
            path,
            f"{name!r} is {len(name)} characters: Viber shows at most {VIBER_NAME_MAX} as the "
            f"sender's name; shorten it",
        )
        return None
    return name


def channels(checker: Checker, data: dict[str, Any]) -> None:
    """What `infopoint run` could not start with, named where config.yaml says it."""
    telegram, viber = data["telegram"] or {}, data["viber"] or {}
    viber_on = viber.get("enabled", False)
    if viber_on and data["webhook"] is None:  # (one without public_url: refused as such)
        checker.error(
            ("viber", "enabled"),
            "Viber works only with a webhook (Viber cannot be polled): add a `webhook:` section "
            "with public_url, the bot's public https:// address (docs/deploy.md, step 3), or "
            "set viber.enabled: false",
        )
    if not telegram.get("enabled", True) and not viber_on:
        checker.error(
            ("telegram", "enabled"),
            "neither telegram.enabled nor viber.enabled is true: people could not reach the "
            "bot at all; set one of them to true",
        )


def coordinators_apart(checker: Checker, data: dict[str, Any], offices: dict[str, Office]) -> None:
    """The coordinators' chat is not an office's staff chat: a copied `chat_id` would make one
    chat both, and neither its /requests nor its buttons would say whose they are."""
    chat = (data.get("coordinators") or {}).get("chat_id")
    if chat is None:
        return
    network = data.get("offices") or {}
    coordinators = checker.doc.line(("coordinators", "chat_id"))
    for office in offices.values():
        if office.staff_chat_id != chat:
            continue
        own = (network.get(office.id) or {}).get("staff") or {}
        at: Path_ = ("staff", "chat_id")
        checker.error(
            ("offices", office.id, *at) if "chat_id" in own else at,
            f"the staff chat of {office.id!r} is the coordinators' chat (coordinators: chat_id, "
            f"line {coordinators}): give the coordinators a chat of their own",
        )


# an extension after the number, kept as written («+48 77 400 00 00 wew. 12»)
_EXTENSION = re.compile(r"[\s,;]*(?:wew|w|ext|x)\.?\s*\d{1,5}\s*$", re.IGNORECASE)
_PHONE_SIGNS = re.compile(r"[\d\s+()./-]+")
# a label before the number («tel. 77 …», «Tel: …», «тел. …»), dropped: the bot names it itself
_LABEL = re.compile(r"^\s*(?:tel(?:efon)?|phone|тел(?:ефон)?)\s*[.:]?\s*(?=[\d+(])", re.IGNORECASE)
PHONE_EXAMPLE = "+48 77 400 00 00 (an extension may follow: +48 77 400 00 00 wew. 12)"


def office_phone(checker: Checker, value: Any, path: Path_) -> str | None:
    """An office's `phone`, shown to every person who is told to call: a number of Poland
    (or another country's, with its +code) or a city's short service number (19115), as written
    but for a «tel.» before it (the bot names it a phone itself); letters in it are a typo (O for
    0), an emergency number is not an office's."""
    text: str | None = checker.check(value, "str", path)
    if text is None:
        return None
    shown = _LABEL.sub("", text)
    number = _EXTENSION.sub("", shown).strip()
    letters = sorted({ch for ch in number if ch.isalpha()})
    if letters or not _PHONE_SIGNS.fullmatch(number):
        zero = " (the letter O for a zero?)" if {"O", "o"} & set(letters) else ""
        checker.error(
            path,
            f"{text!r} has {'letters' if letters else 'signs'} in it{zero}: "
            f"write the number in digits, e.g. {PHONE_EXAMPLE}",
        )
        return text  # (as written: the content checked with it; the error stops the bot)
    try:
        parsed = phonenumbers.parse(number, "PL")
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and shortnumberinfo.is_emergency_number(number, "PL"):
        checker.error(
            path,
            f"{text!r} is an emergency number, not the office's: write the office's own "
            f"number, e.g. {PHONE_EXAMPLE}",
        )
        return text
    # a city's short service number (19115) is one a person can call from a Polish phone
    if parsed is None or not (
        phonenumbers.is_valid_number(parsed) or shortnumberinfo.is_valid_short_number(parsed)
    ):
        checker.error(
            path,
            f"{text!r} is not a phone number in Poland: write its 9 digits (a number "
            f"abroad with its country code, +…), e.g. {PHONE_EXAMPLE}",
        )
        return text
    return shown.strip()


def office_email(checker: Checker, value: Any, path: Path_) -> str | None:
    """An office's `email`: one @, a dot in the part after it, no spaces."""
    text: str | None = checker.check(value, "str", path)
    if text is None:
        return None
    name, _, domain = text.strip().partition("@")
    parts = domain.split(".")
    if not name or "@" in domain or " " in text.strip() or len(parts) < 2 or "" in parts:
        checker.error(
            path,
            f"{text!r} is not an e-mail address: it needs one @ and a domain with a dot "
            "after it, e.g. infopoint@example.org",
        )
        return text  # (as written, as a phone's)
    return text


def area_town(local_name: Any) -> Any:
    """The reader of a town of an office's `towns:`, its `city_office` read by `local_name` (as
    a `local:` entry is)."""
    return lambda checker, value, path: _area_town(checker, value, path, local_name)


def _area_town(checker: Checker, value: Any, path: Path_, local_name: Any) -> AreaTown | None:
    """A town of an office's `towns:`: its name, or {name, forms, abroad, city_office}. A form
    is the town in a case whose stem changes («Mirzec»: «Mircu»), as many words as the name:
    the bot reads the name and each form in any case ending («Mirca», «Мирці»). `city_office`:
    its gmina office, named for its people instead of the office's {city_office}."""
    if isinstance(value, str):
        value = {"name": value}
    spec = {
        "name": Field("str"),
        "forms": Field(("list", "str"), required=False, default=[]),
        "abroad": Field("bool", required=False, default=False),
        "city_office": Field(local_name, required=False),
    }
    data = checker.check(value, spec, path)
    if not data or not data["name"] or not data["name"].strip():
        if data is not None and data["name"] is not None:
            checker.error(path, "a town needs a name")
        return None
    name, forms = data["name"].strip(), list[str]()
    for at, form in enumerate(data["forms"] or ()):
        if form is None:
            continue
        if len(form.split()) != len(name.split()):
            checker.error(
                path + ("forms", at),
                f"{form!r} is not a form of {name!r}: a form has as many words as the name",
            )
        elif form.strip().lower() in {name.lower(), *(f.lower() for f in forms)}:
            checker.warn(path + ("forms", at), f"{form!r} is already read: leave it out")
        else:
            forms.append(form.strip())
    return AreaTown(name, tuple(forms), bool(data["abroad"]), data["city_office"])
