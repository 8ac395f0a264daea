"""Typed session memory and drafts to JSON and back.

Only what a session keeps: dataclasses whose fields are str, int, bool, None, lists of those, or
another such dataclass. Unknown keys are dropped and missing ones take their defaults, so a
session saved by an older or newer version still loads.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


def dump(value: Any) -> Any:
    """A dataclass (or a plain JSON value) -> JSON-ready data."""
    kind = type(value)
    if kind in _PLAIN:  # (most of a session's values: no dataclass to look for)
        return value
    names = _NAMES.get(kind)
    if names is None:
        if not (dataclasses.is_dataclass(value) and not isinstance(value, type)):
            return [dump(item) for item in value] if isinstance(value, list | tuple) else value
        names = _NAMES[kind] = tuple(f.name for f in dataclasses.fields(value))
    return {name: dump(getattr(value, name)) for name in names}


_PLAIN = frozenset({str, int, float, bool, type(None)})
_NAMES: dict[type, tuple[str, ...]] = {}  # a dataclass's field names, read once per class


def load(cls: type[T], data: Any) -> T:
    """JSON data -> an instance of the dataclass `cls`; anything unreadable gives the defaults."""
    if not isinstance(data, dict):
        return cls()
    values = {name: _value(hint, data[name]) for name, hint in _fields(cls) if name in data}
    try:
        return cls(**values)
    except TypeError:
        return cls()


_FIELDS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """A dataclass's fields with their type hints, read once per class (each turn loads the
    session's memory)."""
    found = _FIELDS.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls)
        found = _FIELDS[cls] = tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))
    return found


_PLANS: dict[Any, tuple[type | None, Any]] = {}  # a hint: its dataclass, or its list's item


def _value(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    plan = _PLANS.get(hint)
    if plan is None:
        inner = _dataclass_in(hint)
        listed = inner is None and typing.get_origin(hint) is list
        plan = _PLANS[hint] = (inner, (typing.get_args(hint) or (Any,))[0] if listed else None)
    inner, item = plan
    if inner is not None:
        return load(inner, value) if isinstance(value, dict) else None
    if item is not None and isinstance(value, list):
        return [_value(item, v) for v in value]
    return value


def _dataclass_in(hint: Any) -> type | None:
    """The dataclass named by a hint such as `Person` or `Person | None`."""
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return hint
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        for arg in typing.get_args(hint):
            if isinstance(arg, type) and dataclasses.is_dataclass(arg):
                return arg
    return None
