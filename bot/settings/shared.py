"""The top level's `shared:` list in a network (docs/offices.md, «What the offices share on
purpose»): what of the top level's town-specific keys every office takes on purpose, a whole key
(`organisation`, `services`) or one entry of a key merged by id (`local.helpline`,
`services.legal_advice_online`). What is named there is taken with no error; everything else an
office takes from the top level is refused (inherited.py). Each entry is checked at its line."""

from __future__ import annotations

from typing import Any

from bot.settings.schema import Checker, did_you_mean

# replaced as a whole by an office's own; merged by id (an office's own id wins)
WHOLE = ("organisation", "duty", "opening_hours")
BY_ID = ("places", "local", "services", "specialists")


def read(checker: Checker, data: dict[str, Any], network: dict[str, Any]) -> set[str]:
    """The entries of `shared:` that name something the top level has (`key` or `key.id`);
    the others named at their line."""
    entries = [(i, e) for i, e in enumerate(data.get("shared") or ()) if e is not None]
    if entries and not network:
        checker.warn(
            ("shared",),
            "a config without `offices:` is one office, which takes the top level's keys "
            "anyway: `shared:` only means something in a network (docs/offices.md); remove it",
        )
        return set()
    shared: set[str] = set()
    for i, entry in entries:
        if _known(checker, data, ("shared", i), str(entry).strip()):
            shared.add(str(entry).strip())
    return shared


def _known(checker: Checker, data: dict[str, Any], at: tuple[str | int, ...], entry: str) -> bool:
    key, _, ident = entry.partition(".")
    if key not in (*WHOLE, *BY_ID):
        if key in data and not ident:  # (languages, booking, staff …: no town in them)
            checker.warn(
                at,
                f"`{key}` is every office's already (an office takes it from the top level "
                "without an error): `shared:` names only what would give an office another "
                f"town's details: {', '.join(WHOLE + BY_ID)}, or one entry of "
                f"{', '.join(BY_ID)} (`local.city_office`); remove `{key}` here",
            )
            return False
        checker.error(
            at,
            f"`shared:` names {entry!r}, which is none of {', '.join(WHOLE + BY_ID)}"
            + did_you_mean(key, WHOLE + BY_ID)
            + " (a whole key, or one entry of a key merged by id: `local.city_office`)",
        )
        return False
    top = data.get(key)
    if not top:  # (nothing to take: no harm, and an office may have just been given it)
        return False
    if ident and key in WHOLE:
        checker.error(
            at,
            f"`{key}` is taken whole (an office writes all of its own or takes the top "
            f"level's): write `{key}`, not {entry!r}",
        )
        return False
    if ident and (not isinstance(top, dict) or top.get(ident) is None):
        checker.error(
            at,
            f"`shared:` names {entry!r}, but the top level's `{key}:` (line "
            f"{checker.doc.line((key,))}) has no {ident!r}" + did_you_mean(ident, top or ()),
        )
        return False
    return True


def covers(shared: set[str], key: str, ident: object = None) -> bool:
    """Whether the top level's `key` (its entry `ident`) is shared on purpose."""
    return key in shared or (ident is not None and f"{key}.{ident}" in shared)


def suggest(taken: list[tuple[str, list[str]]]) -> str:
    """The entries of `shared:` that would say the keys taken are meant for every office: a
    whole key, or its one or two ids taken."""
    items: list[str] = []
    for key, ids in taken:
        few = key in BY_ID and 0 < len(ids) <= 2
        items.extend([f"{key}.{i}" for i in ids] if few else [key])
    return ", ".join(items)
