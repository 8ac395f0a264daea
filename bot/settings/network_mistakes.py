"""What a deployer of a network gets wrong across its offices and their staff chats, named at
the office's own lines (docs/deploy.md, «The twenty-sixth session»): a forum topic's id that
cannot be one (0, a topic message's link, a topic in a group that has no topics), an office
without opening hours, a town in two offices' `towns:`."""

from __future__ import annotations

import re
from typing import Any

from bot.settings.model import Office
from bot.settings.schema import Checker
from bot.settings.yamldoc import Path_

# t.me/c/<group>/<topic id>/<message> (a topic message's link), t.me/c/<group>/<topic id>
_TOPIC_LINK = re.compile(r"(?:https?://)?t\.me/c/\d+/(\d+)(?:/\d+)?/?")
SUPERGROUP = -1_000_000_000_000  # a supergroup's id is -100…: below this; a basic group's above
WHERE = (
    "the number after the group's in a topic message's link, t.me/c/<group>/<topic id>/<message>"
)


def topic_id(checker: Checker, value: Any, path: Path_) -> int | None:
    """`staff: topic_id`: a forum topic's number, above 0 (a link to a topic message: its
    number said)."""
    if isinstance(value, str):
        link = _TOPIC_LINK.fullmatch(value.strip())
        if link is not None:
            checker.error(
                path, f"write the topic's number, {link[1]}, not its link ({WHERE}: {link[1]})"
            )
            return None
        checker.error(path, f"expected the topic's number, got the text {value!r} ({WHERE})")
        return None
    number: int | None = checker.check(value, "int", path)
    if number is not None and number <= 0:
        checker.error(path, f"a forum topic's id is a number above 0, got {number} ({WHERE})")
        return None
    return number


def refused_topic(checker: Checker, office_id: str) -> bool:
    """The office's `topic_id` was written and refused (said there): not also «each needs its
    own forum topic»."""
    own = f"offices.{office_id}.staff.topic_id"
    return any(p.key in (own, "staff.topic_id") for p in checker.errors)


def check(checker: Checker, network: dict[str, Any], offices: dict[str, Office]) -> None:
    for office in offices.values():
        _basic_group(checker, network, office)
        if not office.opening_hours and not _hours_refused(checker, office.id):
            checker.warn(
                ("offices", office.id),
                f"office {office.id!r} has no opening_hours (its own, or the top level's): its "
                "hours page shows none and callbacks are offered as if it were open every day "
                f"and hour; add its weekly hours under `offices.{office.id}.opening_hours`",
            )
    _towns_twice(checker, offices)


def _hours_refused(checker: Checker, office_id: str) -> bool:
    """Its opening hours were written and a rule refused (or the key misspelt, `opening_hour`):
    said there, not also «has no opening_hours»."""
    own = f"offices.{office_id}.opening_hour"
    return any(p.key.startswith((own, "opening_hours")) for p in checker.errors)


def _basic_group(checker: Checker, network: dict[str, Any], office: Office) -> None:
    """A topic in a chat that is no supergroup: only a supergroup has forum topics."""
    chat, topic = office.staff_chat_id, office.staff_topic_id
    if chat is None or topic is None or chat < SUPERGROUP:
        return
    own = "topic_id" in ((network.get(office.id) or {}).get("staff") or {})
    checker.error(
        ("offices", office.id, "staff", "topic_id") if own else ("staff", "topic_id"),
        f"topic_id {topic} of office {office.id!r}: its staff chat {chat} is a basic group, "
        "which has no forum topics (a supergroup's id starts with -100): turn «Topics» on in "
        "the group's settings (Telegram makes it a supergroup with a new id: copy it again, "
        "README “Run it on Telegram”, step 2), or remove topic_id",
    )


def _towns_twice(checker: Checker, offices: dict[str, Office]) -> None:
    """A town in two offices' `towns:`: a person naming it gets the first office only."""
    first: dict[str, tuple[str, int]] = {}
    for office in offices.values():
        for i, town in enumerate(office.towns):
            key = town.name.casefold()
            if key not in first:
                first[key] = (office.id, i)
                continue
            other, at = first[key]
            if other == office.id:
                continue
            line = checker.doc.line(("offices", other, "towns", at))
            checker.error(
                ("offices", office.id, "towns", i),
                f"town {town.name!r} is in the towns of office {other!r} too (line {line}): a "
                f"person who names it is always given {other!r}; keep it under one office",
            )
