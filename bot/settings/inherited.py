"""What an office of a network takes from the top level without writing it (tester 39, F1 and
F10; docs/offices.md, «Configuration»): another town's places, phone, local offices, hours and
services (an error, unless the top level's `shared:` says they are every office's: shared.py),
a `local:` key misspelt (so the top level's is taken instead), and the top level's staff chat
(a warning). Named at the office's own line, with the top level's line it came from."""

from __future__ import annotations

import difflib
from typing import Any

from bot.settings import shared as sharing
from bot.settings.model import Office
from bot.settings.schema import Checker
from bot.settings.shared import BY_ID, WHOLE

SHOWN = 4  # ids named in an error before «and N more»
# closer than a key's «did you mean» (0.75): `county_office` is no misspelt `city_office`
TYPO = 0.88


def check(
    checker: Checker, data: dict[str, Any], network: dict[str, Any], offices: dict[str, Office]
) -> None:
    """Each office's town-specific keys taken from the top level and not shared on purpose,
    its `local:` keys misspelt, its staff chat taken from the top level."""
    shared = sharing.read(checker, data, network)
    town = sharing.other_town(data, network)  # (offices in two towns: no town's key suggested)
    for office in offices.values():
        own = network.get(office.id) or {}
        _town_keys(checker, data, own, office.id, shared, town)
        _staff_chat(checker, data, own, office)
    _local_keys(checker, data, network)


def _town_keys(
    checker: Checker,
    data: dict[str, Any],
    own: dict[str, Any],
    office: str,
    shared: set[str],
    town: str | None,
) -> None:
    """An error: a person of this office would be told another town's address or phone as
    their office's, which is worse than a deployer told to write one line."""
    taken: list[tuple[str, list[str]]] = []
    for key in (*WHOLE, *BY_ID):
        top = data.get(key)
        if not top or _refused(checker, f"offices.{office}.{key}"):
            continue  # (its own written and refused, or misspelt: said there)
        if key in WHOLE:
            if own.get(key) is None and not sharing.covers(shared, key):
                taken.append((key, []))
            continue
        mine = own.get(key) or {}
        ids = [
            str(i)
            for i, v in top.items()
            if v is not None and i not in mine and not sharing.covers(shared, key, i)
        ]
        if ids:
            taken.append((key, ids))
    if not taken:
        return
    said = []
    for key, ids in taken:
        more = f" and {len(ids) - SHOWN} more" if len(ids) > SHOWN else ""
        named = f" {', '.join(ids[:SHOWN])}{more}" if ids else ""
        said.append(f"`{key}:`{named} (line {checker.doc.line((key,))})")
    line = checker.doc.line(("shared",)) if ("shared",) in checker.doc.lines else None
    mark = sharing.hint(taken, town, line)  # (only what can be every office's: shared.py)
    checker.error(
        ("offices", office),
        f"office {office!r} takes from the top level {'; '.join(said)}, not marked shared: "
        "its people would be given another town's places, phone, local offices, hours and "
        "services as their own office's (a top level copied from one town's config.yaml gives "
        f"every office that town's); write the office's own under `offices.{office}:` (or move "
        f"the top level's under the office it belongs to); {mark}",
    )


def _staff_chat(
    checker: Checker, data: dict[str, Any], own: dict[str, Any], office: Office
) -> None:
    """No `chat_id` of its own: its requests go to the top level's chat, said (not silent)."""
    top = (data.get("staff") or {}).get("chat_id")
    written = ("offices", office.id, "staff", "chat_id") in checker.doc.lines  # (refused: said)
    if top is None or written or (own.get("staff") or {}).get("chat_id") is not None:
        return
    coordinators = (data.get("coordinators") or {}).get("chat_id")
    also = (
        f" (and to the coordinators' chat {coordinators})"
        if coordinators is not None
        else " (there is no coordinators' chat to see them either)"
    )
    checker.warn(
        ("offices", office.id),
        f"office {office.id!r} has no staff chat of its own (staff: chat_id): its requests, "
        f"visits and questions go to the top level's staff chat {top} (line "
        f"{checker.doc.line(('staff', 'chat_id'))}){also}; give it its own chat under "
        f"`offices.{office.id}.staff`, or write {top} there if that chat is meant",
    )


def _local_keys(checker: Checker, data: dict[str, Any], network: dict[str, Any]) -> None:
    """A key of an office's `local:` no other office nor the top level has, close to one it
    does not write itself: misspelt, so the top level's value is what its answers say."""
    top = data.get("local") or {}
    for office, own in network.items():
        local = (own or {}).get("local") or {}
        others = set(top)
        for other, theirs in network.items():
            if other != office:
                others |= set((theirs or {}).get("local") or {})
        for key in local:
            if key in others:
                continue
            near = [k for k in others if k not in local]
            found = difflib.get_close_matches(str(key).lower(), sorted(near), n=1, cutoff=TYPO)
            if not found:
                continue
            guess = found[0]
            then = (
                f": its answers now say the top level's {guess} (line "
                f"{checker.doc.line(('local', guess))})"
                if guess in top
                else ""
            )
            checker.error(
                ("offices", office, "local", key),
                f"unknown key {key!r} under `offices.{office}.local` (no other office nor the "
                f"top level has it) — did you mean {guess!r}?{then}",
            )


def _refused(checker: Checker, key: str) -> bool:
    return any(p.key == key or p.key.startswith((f"{key}.", f"{key}[")) for p in checker.errors)
