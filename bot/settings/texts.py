"""The config's texts a person or staff member reads, in the languages they read: checked once
the offices are built, each named where it is written (under an office, or once at the top
level its offices inherit).

Two conventions, as for `title` and `local:` before them:

- a text of a service that has no fallback of its own (a form field's `label`, a choice's
  option, a course's `level`, a specialist's `role`; the `title` and `description` are checked
  by bot.settings.catalogue) is an **error** without an offered language: people reading it
  would see another language's text («Якого дня?» in a Polish form); a `staff_label`, or a
  `label` without one, without the staff's language, too (the staff card);
- a `label` or per-language `address` / `desk` that falls back to a name or text in Polish (a
  place, an office of a network, `duty_title`) is a **warning**: the fallback is readable, if
  not in the reader's language."""

from __future__ import annotations

from typing import Any

from bot.settings.catalogue_model import Texts
from bot.settings.model import Office
from bot.settings.schema import Checker
from bot.settings.yamldoc import Path_


def check(
    checker: Checker, data: dict[str, Any], offices: dict[str, Office], languages: list[str]
) -> None:
    network = data.get("offices") or {}
    for office in offices.values():
        own = network.get(office.id) or {}
        where: Path_ = ("offices", office.id) if network else ()
        for sid in office.catalogue.services:
            raw, at = _written(data, own, where, "services", sid)
            _service(checker, raw, at, languages, office.staff_language)
        for sid in office.catalogue.specialists:
            raw, at = _written(data, own, where, "specialists", sid)
            _every(checker, at + ("role",), (raw or {}).get("role"), languages, "role")
        for pid, place in office.places.items():
            raw, at = _written(data, own, where, "places", pid)
            name = f"the name {place.name!r}"
            _falls_back(checker, at + ("label",), place.labels, languages, "label", name)
            for key in ("address", "desk"):
                texts = (raw or {}).get(key)
                if isinstance(texts, dict) and "pl" in texts:
                    polish = f"the Polish one, {texts['pl']!r}"
                    _falls_back(checker, at + (key,), texts, languages, key, polish)
        if network:
            name = f"the office's name {office.name!r}"
            _falls_back(checker, where + ("label",), own.get("label"), languages, "label", name)
        titles = own.get("duty_title") if own.get("duty_title") else data.get("duty_title")
        at = where + ("duty_title",) if own.get("duty_title") else ("duty_title",)
        if titles:
            first = repr(next(iter(titles.values())))
            _falls_back(checker, at, titles, languages, "duty_title", first, every=True)


def _written(
    data: dict[str, Any], own: dict[str, Any], where: Path_, section: str, key: str
) -> tuple[dict[str, Any] | None, Path_]:
    """An item as checked, and where it is written: the office's own, else the top level's."""
    if key in (own.get(section) or {}):
        return own[section][key], where + (section, key)
    return (data.get(section) or {}).get(key), (section, key)


def _service(
    checker: Checker, raw: dict[str, Any] | None, at: Path_, languages: list[str], staff: str
) -> None:
    if not raw:
        return
    _every(checker, at + ("level",), raw.get("level"), languages, "level")
    _every(checker, at + ("example",), raw.get("example"), languages, "example")
    for i, spec in enumerate(raw.get("fields") or ()):
        if not spec:
            continue
        here = at + ("fields", i)
        staff_label = spec.get("staff_label")
        _every(checker, here + ("label",), spec.get("label"), languages, "label")
        on_card = ("staff_label", staff_label) if staff_label else ("label", spec.get("label"))
        if staff_label or staff not in languages:
            _every(checker, here + (on_card[0],), on_card[1], [staff], on_card[0], STAFF)
        for key, texts in (spec.get("options") or {}).items():
            what = f"text for the option {key!r}"
            _every(checker, here + ("options", key), texts, languages, what)


OFFERED = "every offered language needs one (people reading {those} would see {shown})"
STAFF = "the staff's language (`staff: language`): the staff card would show {shown}"


def _every(
    checker: Checker,
    at: Path_,
    texts: dict[str, str] | None,
    languages: list[str],
    what: str,
    why: str = OFFERED,
) -> None:
    """An error for the languages of `languages` the text lacks (None: absent, or refused and
    named already)."""
    if not texts:
        return
    missing = [lang for lang in languages if lang not in texts]
    if missing:
        shown = repr(Texts(texts).get(missing[0]))
        checker.error(
            at,
            f"no {what} in {', '.join(missing)}: " + why.format(those=_those(missing), shown=shown),
        )


def _falls_back(
    checker: Checker,
    at: Path_,
    texts: dict[str, str] | None,
    languages: list[str],
    what: str,
    instead: str,
    *,
    every: bool = False,
) -> None:
    """A warning for each offered language the texts lack (Polish too with `every`; else the
    fallback is Polish); no texts at all: the fallback is meant."""
    if not texts:
        return
    missing = [lang for lang in languages if (every or lang != "pl") and lang not in texts]
    if missing:
        checker.warn(
            at,
            f"no {what} in {', '.join(missing)}: people reading {_those(missing)} see {instead}",
        )


def _those(missing: list[str]) -> str:
    return "that language" if len(missing) == 1 else "those languages"
