"""What a catalogue's entries say about each other (config `specialists:` and `services:`): a
service naming a specialist no one wrote, one specialist's schedule rules that overlap, a
service's title or description missing in an offered language."""

from __future__ import annotations

from typing import Any

from bot.settings.catalogue_model import Catalogue, Texts
from bot.settings.meetings import WEEKDAYS
from bot.settings.schema import Checker, did_you_mean
from bot.settings.yamldoc import Path_


def check(
    checker: Checker,
    catalogue: Catalogue,
    own: dict[str, Any],
    where: Path_,
    languages: tuple[str, ...],
) -> None:
    """Unknown specialists, one specialist's overlapping hours, texts missing in a language."""

    def at(section: str, sid: str) -> Path_:
        return where + (section, sid) if sid in (own.get(section) or {}) else (section, sid)

    for service in catalogue.services.values():
        for i, name in enumerate(service.specialists):
            if name not in catalogue.specialists:
                checker.error(
                    at("services", service.id) + ("specialists", i),
                    f"no specialist {name!r} under 'specialists'"
                    + did_you_mean(name, catalogue.specialists),
                )
        for key in ("title", "description"):
            texts: Texts = getattr(service, key)
            missing = [lang for lang in languages if lang not in texts.values]
            if missing:
                checker.error(
                    at("services", service.id) + (key,),
                    f"no {key} in {', '.join(missing)}: every offered language needs one",
                )
    for specialist in catalogue.specialists.values():
        rules = specialist.schedule
        for i, a in enumerate(rules):
            for b in rules[i + 1 :]:
                if a.overlaps(b):
                    checker.error(
                        at("specialists", specialist.id) + ("schedule",),
                        f"{specialist.name}: two schedule rules overlap on "
                        f"{WEEKDAYS[a.weekday]} ({a.start:%H:%M}–{a.end:%H:%M} and "
                        f"{b.start:%H:%M}–{b.end:%H:%M})",
                    )
