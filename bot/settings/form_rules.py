"""A help form's field asked only when an earlier choice has a given answer (config `only_if`):

    - id: ages
      type: text
      only_if: {who: child}            # or {who: [child, teen]}: any of these options

The key is an earlier `choice` field's id, the value one of its options' keys (or a list of
them). `infopoint check` refuses anything else, with the file and the line.

An option of a `choice` may name the place the help goes to, beside its texts:

      zus: {uk: "ZUS", ru: "ZUS", en: "ZUS", pl: "ZUS", place: zus_office}

so a day or a time that place is closed (its `hours:`) is refused (bot/features/assist/times.py);
an option whose key is a place's id goes there without it. An unknown place is refused.
"""

from __future__ import annotations

from typing import Any

from bot.settings.catalogue_model import FormField
from bot.settings.schema import Checker, did_you_mean
from bot.settings.yamldoc import Path_

EXAMPLE = "e.g. `only_if: {who: child}`"


class OptionTexts(dict[str, str]):
    """An option's texts (language -> text), and the place it goes to (`place:`), if named."""

    place: str | None = None


def option(labels: Any) -> Any:
    """The schema's reading of an option: its texts (checked as `labels`), and `place:`."""

    def check(checker: Checker, value: Any, path: Path_) -> OptionTexts | None:
        place = None
        if isinstance(value, dict) and "place" in value:
            value = dict(value)
            place = checker.check(value.pop("place"), "str", path + ("place",))
        texts = labels(checker, value, path)
        if texts is None:
            return None
        found = OptionTexts(texts)
        found.place = place
        return found

    return check


def option_places(
    checker: Checker, at: Path_, options: dict[str, Any], places: set[str]
) -> dict[str, str]:
    """Option key -> the place it names (`place:`); an unknown place is an error at its line."""
    found = {}
    for key, texts in options.items():
        place = getattr(texts, "place", None)
        if place is None:
            continue
        if place not in places:
            checker.error(
                at + (key, "place"),
                f"no place {place!r} under 'places'" + did_you_mean(place, places),
            )
        found[key] = place
    return found


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
