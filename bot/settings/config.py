"""config.yaml -> frozen, validated settings. Secrets come from the environment, never the file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from bot.settings import checks, hints, meetings, network_checks, texts, yamldoc
from bot.settings.allowed import one_of
from bot.settings.entries import hours_rule, labels, local_name, schedule_rule
from bot.settings.model import (
    LANGUAGES,
    MAIN,
    RETENTION_DAYS,
    TELEGRAM_API,
    VIBER_API,
    BookingSettings,
    HoursRule,
    LocalName,
    Office,
    Organisation,
    Place,
    Settings,
    WebhookSettings,
)
from bot.settings.offices import build as build_offices
from bot.settings.offices import network_schema, office_schema
from bot.settings.schema import Checker, Field, did_you_mean
from bot.settings.yamldoc import InvalidFile, Path_, Problem


def telegram_token() -> str | None:
    return os.environ.get("TELEGRAM_BOT_TOKEN") or None


def viber_token() -> str | None:
    return os.environ.get("VIBER_AUTH_TOKEN") or None


def telegram_webhook_secret() -> str | None:
    """TELEGRAM_WEBHOOK_SECRET (1-256 of A-Z a-z 0-9 _ -); None: derived from the bot token."""
    return os.environ.get("TELEGRAM_WEBHOOK_SECRET") or None


SCHEMA = {
    **office_schema(hours_rule, labels, local_name, schedule_rule),
    **network_schema(hours_rule, labels, local_name, schedule_rule),  # offices, shared
    "default_office": Field("str", required=False),
    "coordinators": Field({"chat_id": Field(checks.group_chat)}, required=False),
    "languages": Field(("list", one_of(*LANGUAGES))),
    "default_language": Field(one_of(*LANGUAGES)),
    "timezone": Field("str"),
    "staff": Field(
        {
            "chat_id": Field(checks.group_chat, required=False),
            "topic_id": Field("int", required=False),
            "language": Field(one_of(*LANGUAGES), required=False, default="pl"),
            "retention_days": Field("positive_int", required=False, default=RETENTION_DAYS),
        },
        required=False,
    ),
    "storage": Field({"path": Field("str")}),
    "content": Field({"dir": Field("str", required=False, default="content")}, required=False),
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
            "bot_name": Field(checks.viber_name, required=False, default="infopoint"),
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


def load(path: Path | str, *, holidays: meetings.Holidays | None = None) -> Settings:
    """Read and validate config.yaml; raise InvalidFile listing every problem. `holidays`
    (`infopoint check`): Polish public holidays by year, to warn about meetings on them."""
    path = Path(path)
    doc = yamldoc.load(path, lenient=True)
    checker = Checker(doc)
    data = checker.check(doc.data, SCHEMA)
    if data is None:
        raise InvalidFile(checker.problems)
    wrong = bool(checker.errors)
    try:
        return _settings(path, checker, data, holidays)
    except (TypeError, KeyError, AttributeError, ValueError):
        # a value refused above (None now) that a later check could not do without: the
        # problems found so far, rather than none; with none found, a bug to see
        if not wrong:
            raise
        raise InvalidFile(checker.problems) from None


def _settings(
    path: Path, checker: Checker, data: dict[str, Any], holidays: meetings.Holidays | None
) -> Settings:
    """The settings from the checked data, after the checks across keys (places, offices,
    languages); goes on after problems with single values, so one run lists them all."""
    base = path.resolve().parent

    zone = hints.zone(checker, data["timezone"])
    languages = tuple(lang for lang in data["languages"] or () if lang is not None)
    default = data["default_language"]
    if default is not None and data["languages"] is not None and default not in languages:
        checker.error(("default_language",), "default_language must be one of 'languages'")
    telegram = data["telegram"] or {}
    viber = data["viber"] or {}
    webhook = data["webhook"]
    content_dir = (base / ((data["content"] or {}).get("dir") or "content")).resolve()
    storage_path = Path(data["storage"]["path"])
    if not storage_path.is_absolute():
        storage_path = base / storage_path
    offices = build_offices(checker, data, base, content_dir, languages)
    default_office = data["default_office"] or next(iter(offices), MAIN)
    # (one written but refused, such as one whose id is written twice, is named where it is)
    if offices and default_office not in (data["offices"] or offices):
        checker.error(
            ("default_office",),
            f"no office {default_office!r} under 'offices'" + did_you_mean(default_office, offices),
        )
    default_office = default_office if default_office in offices else next(iter(offices), MAIN)
    for office in offices.values():
        _warn_missing_labels(checker, data, office)
    texts.check(checker, data, offices, list(languages))
    checks.finished_courses(checker, data["offices"] or {}, offices, zone)
    network_checks.ended_duty(checker, data["offices"] or {}, offices, zone)
    network_checks.ended_schedules(checker, data["offices"] or {}, offices, zone)
    checks.coordinators_apart(checker, data, offices)
    checks.old_closed_dates(checker, data, zone)
    meetings.check(checker, data, offices, zone, holidays)
    meetings.weekly(checker, data, offices, zone)
    checks.channels(checker, data)
    staff = data["staff"] or {}
    settings = Settings(  # (with errors too: the content is checked with it, below)
        source=path,
        languages=languages,
        default_language=data["default_language"],
        timezone=zone,
        offices=offices,
        default_office=default_office,
        retention_days=staff.get("retention_days") or RETENTION_DAYS,
        storage_path=storage_path,
        content_dir=content_dir,
        content_line=checker.doc.lines.get(("content", "dir")),
        coordinators_chat_id=(data["coordinators"] or {}).get("chat_id"),
        telegram_enabled=telegram.get("enabled", True),
        telegram_base_url=telegram.get("base_url", TELEGRAM_API),
        telegram_rate_limits=telegram.get("rate_limits", True),
        viber_enabled=viber.get("enabled", False),
        viber_base_url=viber.get("base_url", VIBER_API),
        viber_bot_name=viber.get("bot_name", "infopoint"),
        webhook=WebhookSettings(**webhook) if webhook else None,
        warnings=tuple(p for p in checker.problems if p.warning),
    )
    if checker.errors or not offices:  # (and whether the content is there: all in one run)
        missing = _no_content(
            path, content_dir, checker.doc.lines.get(("content", "dir")), languages
        )
        partial = None if missing or not offices else settings  # (bot.app: the content too)
        raise InvalidFile([*checker.problems, *([missing] if missing else [])], partial)
    return settings


def no_content(settings: Settings) -> Problem | None:
    """The content folder has none of the offered languages' files (a config copied out of the
    repository, its `content.dir` relative to where it was): one error at `content.dir`, not
    one «file not found» per language."""
    return _no_content(
        settings.source, settings.content_dir, settings.content_line, settings.languages
    )


def _no_content(
    source: Path, folder: Path, line: int | None, languages: tuple[str, ...]
) -> Problem | None:
    if not languages or any((folder / f"faq_{lang}.yaml").is_file() for lang in languages):
        return None  # (no languages: refused elsewhere)
    shipped = Path(__file__).resolve().parents[2] / "content"
    example = shipped if (shipped / "faq_pl.yaml").is_file() else Path("/opt/infopoint/content")
    files = ", ".join(f"faq_{lang}.yaml" for lang in languages)
    return Problem(
        str(source),
        line,
        "content.dir",
        f"no content files ({files}) in {folder}: `content.dir`"
        + ("" if line else " (not set here: `content`)")
        + " says where they are, an "
        f"absolute folder or one relative to this config file's folder "
        f"({source.resolve().parent}); set it to the folder that holds them, e.g. "
        f"`content: {{dir: {example}}}`",
    )


def _warn_missing_labels(checker: Checker, data: dict[str, Any], office: Office) -> None:
    """A local office with labels but not in every language: those answers show its `name`.
    Named where it is written: under the office, or once at the top level it inherits."""
    own = ((data.get("offices") or {}).get(office.id) or {}).get("local") or {}
    for key, entry in office.local.items():
        if not entry.labels:
            continue
        languages = [lang for lang in data["languages"] or () if lang is not None]
        missing = [lang for lang in languages if lang != "pl" and lang not in entry.labels]
        where: Path_ = ("offices", office.id, "local", key, "label") if key in own else ()
        if missing and (where or not any(p.key == f"local.{key}.label" for p in checker.problems)):
            checker.warn(
                where or ("local", key, "label"),
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
    "Office",
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
