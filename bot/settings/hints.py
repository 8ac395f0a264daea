"""Plain words for a few config.yaml mistakes a deployer makes by hand: a key indented one level
wrong (read by YAML as a key of the level above or below, or as an office, specialist, service
or place of that name), a chat's @name or a letter in its id, a misspelt time zone, a rule's
hours written as one key («hours: 08:00-16:00»)."""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# what an entry of a mapping of ids is, by the key that holds them
_ENTRY = {
    "offices": "an office",
    "specialists": "a specialist",
    "services": "a service",
    "places": "a place",
}
HOW_TO_FIND_CHAT = (
    "send a message in the staff group, then open https://api.telegram.org/bot<TOKEN>/getUpdates "
    "and copy `chat.id` (README, “Run it on Telegram”, step 2)"
)


def fields_of(kind: Any) -> dict[str, Any] | None:
    """The keys of a mapping's schema: of a {key: Field} dict, or of each entry of a map of ids."""
    if isinstance(kind, dict):
        return kind
    if isinstance(kind, tuple) and kind[0] == "map" and isinstance(kind[1], dict):
        return dict(kind[1])
    return None


def belongs_below(key: str, fields: dict[str, Any]) -> str | None:
    """An unknown key that is a key of one of this mapping's sections (`chat_id` next to
    `staff:` rather than under it): which, in words; None when it is none's."""
    for name, spec in fields.items():
        inner = fields_of(spec.kind)
        if inner is None or key not in inner:
            continue
        if isinstance(spec.kind, dict):
            return (
                f"unknown key {key!r} here — indented wrongly? `{key}` belongs under `{name}:` "
                f"(with more spaces before it than `{name}:` has)"
            )
        return (
            f"unknown key {key!r} here — indented wrongly? `{key}` belongs inside "
            f"{_ENTRY.get(name, 'an entry')} of `{name}:`, under its id (with more spaces)"
        )
    return None


def belongs_above(key: str, parent: dict[str, Any] | None, section: str) -> str | None:
    """An unknown key that is a key of the mapping around this one (`booking:` written under
    `staff:`): said so."""
    if parent is None or key not in parent:
        return None
    return (
        f"unknown key {key!r} under `{section}:` — indented wrongly? `{key}` is not a key of "
        f"`{section}:`; it belongs one level up, lined up with `{section}:`"
    )


def entry_is_a_key(key: str, holder: str, before: str | None) -> str:
    """An id under `offices:` (`specialists:`, …) that is a key of such an entry: a key
    indented too little, read as a new office (specialist, …) of that name."""
    entry = _ENTRY.get(holder, f"an entry of `{holder}:`")
    above = f" (`{before}:`)" if before is not None else ""
    return (
        f"`{key}` is not {entry}: it is a key that goes inside one — indented too little? "
        f"Give it more spaces, to put it inside the {entry.split(' ', 1)[1].split(' of')[0]} "
        f"above it{above}"
    )


def chat_id_text(text: str) -> str:
    """Why a chat id written as text is not one: a chat's @name, the letter O for a zero."""
    said = text.strip()
    if said.startswith("@") or "t.me/" in said:
        return (
            f"{said!r} is the chat's name, not its id: the bot needs the group's number, which "
            f"is negative (e.g. -1001234567890); to find it, {HOW_TO_FIND_CHAT}"
        )
    letters = sorted({ch for ch in said if ch.isalpha()})
    if letters:
        zero = " (the letter O for a zero?)" if {"O", "o"} & set(letters) else ""
        return (
            f"{said!r} has letters in it{zero}: a chat id is a negative number written in "
            f"digits (e.g. -1001234567890); to find it, {HOW_TO_FIND_CHAT}"
        )
    return (
        f"expected a whole number, got the text {said!r}: a chat id is a negative number "
        f"without quotes or spaces (e.g. -1001234567890); to find it, {HOW_TO_FIND_CHAT}"
    )


def time_zone(name: str) -> str:
    """«unknown time zone 'Europe/Warszawa' — did you mean 'Europe/Warsaw'?»"""
    import zoneinfo

    from bot.settings.schema import closest  # (schema imports this module)

    folded = {z.lower(): z for z in sorted(zoneinfo.available_timezones())}
    said = re.sub(r"\s+", "_", str(name).strip())
    guess = folded.get(said.lower())
    if guess is None:
        near = closest(said, list(folded))
        guess = folded[near] if near else None
    hint = (
        f" — did you mean {guess!r}?" if guess else " (write it as Region/City, e.g. Europe/Warsaw)"
    )
    return f"unknown time zone {name!r}{hint}"


def zone(checker: Any, name: str) -> ZoneInfo:  # noqa: ANN401 - a schema.Checker
    """The config's time zone; one that is none: an error at `timezone:` (UTC meanwhile)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        checker.error(("timezone",), time_zone(name))
        return ZoneInfo("UTC")


# a rule's hours written as one range: «08:00-16:00», «8-16», «8.00–16.00»
_RANGE = re.compile(r"^\s*(\d{1,2}(?:[:.]\d{2})?)\s*[-–—]\s*(\d{1,2}(?:[:.]\d{2})?)\s*$")


def hours_range(value: Any) -> tuple[str, str] | None:
    """The two times of hours written as one range, as `from` and `to` are written."""
    found = _RANGE.match(value) if isinstance(value, str) else None
    if found is None:
        return None
    times = [part.replace(".", ":").partition(":") for part in found.groups()]
    start, end = (f"{int(hour):02}:{minutes or '00'}" for hour, _, minutes in times)
    return start, end
