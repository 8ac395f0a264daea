"""A content file's topics with errors: left out, so the file's other topics are still checked;
or, where every error is a wrong date or link, built with a stand-in so the topic's other keys
are checked in the same run (the errors keep the file from loading: nothing is answered with a
stand-in)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from bot.settings.yamldoc import Problem


def refused(errors: list[Problem], topics: dict[str, Any]) -> frozenset[str] | None:
    """The topics an error names (left out, so the others are still checked), or None when an
    error is outside every topic (the language, the categories): the file is not built."""
    refused = set()
    for error in errors:
        named = next((tid for tid in topics if names(error.key, tid)), None)
        if named is None:
            return None
        refused.add(named)
    return frozenset(refused)


# a wrong value that nothing else of its topic depends on: the topic is still built (with a
# stand-in) for the checks of its other keys to run in the same run; the error keeps the file
# from loading, so the stand-in is never answered with
_STAND_INS: dict[str, Callable[[dt.date], Any]] = {
    "checked": lambda today: today,
    "url": lambda today: "https://example.org",
}


def stand_in(errors: list[Problem], topics: dict[str, Any], today: dt.date) -> set[str]:
    """The topics whose every error is a wrong date or link, with stand-ins put in."""
    patched: set[str] = set()
    for tid, raw in topics.items():
        mine = [e.key[len(f"topics.{tid}.") :] for e in errors if names(e.key, tid)]
        if not mine or not all(k.rpartition(".")[2] in _STAND_INS for k in mine):
            continue
        for key in mine:
            head, _, leaf = key.rpartition(".")
            where = _item(raw, head)
            if not isinstance(where, dict):
                break
            where[leaf] = _STAND_INS[leaf](today)
        else:
            patched.add(tid)
    return patched


def _item(raw: Any, head: str) -> Any:
    """«sources[0]» in a topic's data; "" the topic itself."""
    for name, index in re.findall(r"(\w+)(?:\[(\d+)\])?", head):
        raw = raw.get(name) if isinstance(raw, dict) else None
        if index and isinstance(raw, list) and int(index) < len(raw):
            raw = raw[int(index)]
    return raw


def names(key: str, topic_id: str) -> bool:
    at = f"topics.{topic_id}"
    return key == at or key.startswith((at + ".", at + "["))
