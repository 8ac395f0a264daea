"""The unknown keys of one mapping that were moved from somewhere else, said once per block.

A block half moved (`booking:` and its first key indented under `staff:`, its other keys left
where they were; `chat_id:` and `language:` written under `booking:`, not `staff:`) is named
once, at its first key, with the lines of the others: one message saying where they belong,
never the hint on the block and every other key of it as an «unknown key» as well."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.settings import hints
from bot.settings.yamldoc import Path_

# a group: how its keys are wrong ("below", "above", "beside") and the section it names
Group = tuple[str, str]


def _inner(spec: Any) -> dict[str, Any] | None:  # noqa: ANN401 - a schema.Field
    return spec.kind if isinstance(spec.kind, dict) else None


def said(
    error: Callable[[Path_, str], None],
    line: Callable[[Path_], int | None],
    keys: list[Any],
    fields: dict[str, Any],
    parent: dict[str, Any] | None,
    path: Path_,
) -> set[Any]:
    """Name the keys of `keys` (unknown here) that belong to another block, one error per
    block; return them (the others are left to the «unknown key» with its «did you mean»)."""
    section = str(path[-1]) if path else ""
    groups: dict[Group, list[Any]] = {}
    for key in keys:
        name = str(key)
        group = _group(name, fields, parent, section, groups)
        if group is not None:
            groups.setdefault(group, []).append(key)
    for (how, where), found in groups.items():
        first, *others = found
        message = _message(how, where, str(first), fields, parent, section)
        if others:
            named = ", ".join(f"`{k}` (line {line(path + (k,))})" for k in others)
            message += (
                f"; {named} below it are its keys too: keep them under it, lined up"
                if how == "above"
                else f"; so {'is' if how == 'beside' else 'do'} {named}"
            )
        error(path + (first,), message)
    return {key for found in groups.values() for key in found}


def _group(
    name: str,
    fields: dict[str, Any],
    parent: dict[str, Any] | None,
    section: str,
    groups: dict[Group, list[Any]],
) -> Group | None:
    """Which block `name` was moved from, or out of (None: none, a plain unknown key)."""
    for block, spec in fields.items():
        inner = hints.fields_of(spec.kind)
        if inner is not None and name in inner:
            return ("below", block)  # a key of a section here, written beside it
    if parent is None or not section:
        return None
    if name in parent:
        return ("above", name)  # a section of the level up, moved in here
    for how, block in groups:  # a key of such a section, left below it
        inner = _inner(parent[block]) if how == "above" else None
        if inner is not None and name in inner:
            return (how, block)
    for block, spec in parent.items():
        inner = _inner(spec)
        if block != section and inner is not None and name in inner:
            return ("beside", block)  # a key of a section next to this one
    return None


def _message(
    how: str,
    where: str,
    key: str,
    fields: dict[str, Any],
    parent: dict[str, Any] | None,
    section: str,
) -> str:
    if how == "below":
        return hints.belongs_below(key, {where: fields[where]}) or ""
    if how == "above":
        return hints.belongs_above(key, parent, section) or ""
    return (
        f"unknown key {key!r} under `{section}:` — written under the wrong key? `{key}` is a "
        f"key of `{where}:`, not of `{section}:`: move it under `{where}:`"
    )
