"""What a catalogue's entries say about each other (config `specialists:` and `services:`): a
service naming a specialist no one wrote, one specialist's schedule rules that overlap, a
service's title or description missing in an offered language, a specialist with no times
(`schedule: []`) behind a service people book (tester 40, F9)."""

from __future__ import annotations

from typing import Any

from bot.settings.catalogue_model import APPOINTMENT, Catalogue, Service, Texts
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
    """Unknown specialists, one specialist's overlapping hours, texts missing in a language, a
    bookable service's specialist without times."""

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
    for service in catalogue.services.values():
        if service.kind == APPOINTMENT:
            _no_times(checker, catalogue, service, at)


EXAMPLE_RULE = '`- {weekday: tuesday, from: "10:00", to: "12:00"}`'


def _no_times(checker: Checker, catalogue: Catalogue, service: Service, at: Any) -> None:
    """A specialist whose `schedule:` is written empty (`schedule: []`) behind a service people
    book: an error when none of the service's specialists has times (people would see a service
    they can never book), else a warning (booked with the others only). A schedule whose rules
    were all refused is not said to be empty: those rules are named at their lines."""
    known = [catalogue.specialists[n] for n in service.specialists if n in catalogue.specialists]

    def empty(sid: str) -> bool:
        schedule = at("specialists", sid) + ("schedule",)
        lines = checker.doc.lines  # (written, and empty: not moved away, not all refused)
        return schedule in lines and schedule + (0,) not in lines

    without = [s for s in known if not s.schedule and empty(s.id)]
    line = checker.doc.line(at("services", service.id))
    for specialist in without:
        path = at("specialists", specialist.id) + ("schedule",)
        who = f"specialist {specialist.id!r} ({specialist.name}) has no times: `schedule:` is empty"
        add = f"add the days and hours they see people under `schedule:`, e.g. {EXAMPLE_RULE}"
        if len(without) == len(known):
            checker.error(
                path,
                f"{who}, and service {service.id!r} (line {line}) has no other specialist, so "
                f"people would see it but could never book a visit; {add}, or remove "
                f"{service.id!r} from `services:` until there are times",
            )
        else:
            others = ", ".join(repr(s.id) for s in known if s not in without)
            checker.warn(
                path,
                f"{who}: service {service.id!r} (line {line}) is booked with {others} only; "
                f"{add}, or take {specialist.id!r} out of the service's `specialists:`",
            )
