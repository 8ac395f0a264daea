"""A help form's field asked only when an earlier choice has a given answer (config `only_if`):

    - id: ages
      type: text
      only_if: {who: child}            # or {who: [child, teen]}: any of these options

The key is an earlier `choice` field's id, the value one of its options' keys (or a list of
them). `infopoint check` refuses anything else, with the file and the line.
"""

from __future__ import annotations

from typing import Any

from bot.settings.catalogue_model import FormField
from bot.settings.schema import Checker
from bot.settings.yamldoc import Path_

EXAMPLE = "e.g. `only_if: {who: child}`"


def only_if(checker: Checker, value: Any, path: Path_) -> tuple[str, tuple[str, ...]] | None:
    """The schema's reading of `only_if`: (the choice's id, the options that ask this field)."""
    if not isinstance(value, dict) or len(value) != 1:
        checker.error(path, f"expected one earlier choice and its option, {EXAMPLE}")
        return None
    key, wanted = next(iter(value.items()))
    options = [wanted] if isinstance(wanted, str) else wanted
    if not (
        isinstance(options, list)
        and options
        and all(isinstance(o, str) and o.strip() for o in options)
    ):
        checker.error(path + (key,), f"expected an option's key or a list of them, {EXAMPLE}")
        return None
    return str(key), tuple(options)


def check_only_if(checker: Checker, at: Path_, field: FormField, earlier: list[FormField]) -> None:
    """Errors when `field`'s `only_if` (at `at`) names no earlier choice, or no option of it."""
    if field.only_if is None:
        return
    source_id, wanted = field.only_if
    path = at + ("only_if", source_id)
    source = next((f for f in earlier if f.id == source_id), None)
    if field.type == "phone":
        checker.error(at + ("only_if",), "a `phone` field is the contact number: always given")
    elif source is None:
        before = ", ".join(f.id for f in earlier if f.type == "choice") or "none"
        checker.error(
            path, f"no `choice` {source_id!r} before this field (the choices before it: {before})"
        )
    elif source.type != "choice":
        checker.error(path, f"{source_id!r} is a `{source.type}`: `only_if` names a `choice`")
    else:
        keys = [key for key, _ in source.options]
        for option in wanted:
            if option not in keys:
                known = ", ".join(keys)
                checker.error(path, f"{option!r} is no option of {source_id!r} (options: {known})")
