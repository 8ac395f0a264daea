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
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: dump(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [dump(item) for item in value]
    return value


def load(cls: type[T], data: Any) -> T:
    """JSON data -> an instance of the dataclass `cls`; anything unreadable gives the defaults."""
    if not isinstance(data, dict):
        return cls()
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            values[f.name] = _value(hints[f.name], data[f.name])
    try:
        return cls(**values)
    except TypeError:
        return cls()


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _value(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    inner = _dataclass_in(hint)
    if inner is not None:
        return load(inner, value) if isinstance(value, dict) else None
    if typing.get_origin(hint) is list and isinstance(value, list):
        (item,) = typing.get_args(hint) or (Any,)
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
