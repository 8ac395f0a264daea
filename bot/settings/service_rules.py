"""Checks of one service's config a catalogue makes (bot.settings.catalogue): a number field's
range, a children's course's ages, a form field's id written twice (at the second), a
{placeholder} in a service's texts (filled only in the answers: shown to people as written), and
the languages it serves in."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bot.settings.catalogue_model import COURSE
from bot.settings.schema import Checker
from bot.settings.yamldoc import Path_

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def twice(checker: Checker, at: Path_, specs: Any) -> None:
    """A field id written twice: at the second, with the first's line."""
    first: dict[str, int] = {}
    for i, spec in enumerate(specs):
        if spec is None or spec["id"] is None:
            continue
        seen = first.setdefault(spec["id"], i)
        if seen != i:
            line = checker.doc.line(at + ("fields", seen, "id"))
            checker.error(
                at + ("fields", i, "id"),
                f"two fields with the id {spec['id']!r} (first on line {line}): give each "
                "field its own id",
            )


def service_texts(checker: Checker, at: Path_, raw: dict[str, Any]) -> None:
    """A {placeholder} in a service's title, description, level or a form's labels: those
    texts are shown as written («{city_office}» would reach people); only the answers in the
    content fill placeholders."""
    texts: list[tuple[Path_, Any]] = [
        ((key,), raw.get(key)) for key in ("title", "description", "level", "example", "bring")
    ]
    for i, spec in enumerate(raw.get("fields") or ()):
        if spec is None:
            continue
        where: Path_ = ("fields", i)
        texts += [
            (where + ("label",), spec["label"]),
            (where + ("staff_label",), spec["staff_label"]),
        ]
        texts += [(where + ("options", k), v) for k, v in (spec["options"] or {}).items()]
    for key, labels in texts:
        for lang, value in (labels or {}).items() if isinstance(labels, dict) else ():
            found = _PLACEHOLDER.search(value) if isinstance(value, str) else None
            if found is not None:
                checker.error(
                    at + key + (lang,),
                    f"{found.group(0)} would be shown to people as written: a service's texts "
                    "fill no placeholders (only the answers in the content do); write the "
                    "name or address itself",
                )


def number_range(checker: Checker, at: Path_, spec: dict[str, Any]) -> tuple[int, int | None]:
    """A number field's `min` (default 1) and `max`; only a `number` has them."""
    least, most = spec["min"], spec["max"]
    if (least is not None or most is not None) and spec["type"] not in ("number", None):
        checker.error(at, "only a `number` has `min` and `max`")
    least = 1 if least is None else least
    if least < 0:
        checker.error(at + ("min",), "`min` cannot be below 0")
    if most is not None and most < least:
        checker.error(at + ("max",), f"`max` ({most}) is below `min` ({least})")
    return least, most


def ages(checker: Checker, at: Path_, raw: dict[str, Any], kind: str) -> tuple[int, int]:
    """A children's course's ages (default 0 to 17); only `for: children` has them."""
    if raw["for"] == "children" and kind != COURSE:
        checker.error(at + ("for",), "only a course or event has `for: children`")
    least, most = raw["min_age"], raw["max_age"]
    if (least is not None or most is not None) and raw["for"] != "children":
        checker.error(at, "`min_age` and `max_age` need `for: children`")
    least, most = (0 if least is None else least), (17 if most is None else most)
    if least < 0 or most < least:
        checker.error(at + ("max_age",), f"ages {least}–{most}: give 0 ≤ min_age ≤ max_age")
    return least, most


def served_in(checker: Checker, at: Path_, codes: Iterable[str]) -> tuple[str, ...]:
    """A service's `languages:` (the languages it serves in), each a language's code as Babel
    knows it («uk», «be»); another is an error naming it."""
    from bot.core.languages import is_code  # (Babel's names: read only for such a service)

    kept = []
    for i, code in enumerate(codes):
        if is_code(str(code).lower()):
            kept.append(str(code).lower())
        else:
            checker.error(
                at + ("languages", i),
                f"{code!r} is not a language's code: write one such as uk, ru, be, en or ka",
            )
    return tuple(kept)
