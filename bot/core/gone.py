"""A record's office, service or course no longer in the config (renamed or removed while the
database kept its records: `infopoint check` and `infopoint run` say so, docs/offices.md). Staff
and people are told so in plain words, never shown the config's id."""

from __future__ import annotations

from bot.core.services import Services


def office_label(services: Services, office_id: str | None, lang: str) -> str:
    """The office's label; «an information point no longer in the settings» for an id the
    config no longer has (None: a record from before offices, the default office's)."""
    settings = services.settings
    if office_id is not None and office_id not in settings.offices:
        return services.t(lang, "gone_office")
    return settings.office(office_id).label(lang)


def office_gone(services: Services, office_id: str | None) -> bool:
    return office_id is not None and office_id not in services.settings.offices


def service_label(services: Services, lang: str, *, course: bool = False) -> str:
    """What a service (or a course) no longer in the config is called instead of its id."""
    return services.t(lang, "gone_course" if course else "gone_service")
