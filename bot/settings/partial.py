"""config.yaml read in spite of its errors, for `infopoint check` to check the content in the
same run (bot.app.load_offices): where no error is in what the content's checks need, the
settings as read (InvalidFile.partial) serve them; else the content waits, and that is said."""

from __future__ import annotations

from typing import Any

from bot.settings import yamlmoved
from bot.settings.yamldoc import InvalidFile, Problem


def read(exc: InvalidFile, config_path: str) -> tuple[Any, list[Problem]]:
    """The settings as read and config.yaml's problems, or `exc` again with the note that the
    content was not checked, where its checks need what an error is in."""
    if exc.partial is None or any(map(content_needs, exc.problems)):
        raise unchecked(exc.problems, config_path) from None
    return exc.partial, exc.problems


def unchecked(problems: list[Problem], config_path: str) -> InvalidFile:
    said = any(p.line for p in problems)  # (not: the config not found)
    note = [Problem(config_path, None, "", UNCHECKED, True)] if said else []
    return InvalidFile([*problems, *note])


def content_needs(problem: Problem) -> bool:
    """Whether an error of config.yaml is in what the content's checks need: its languages,
    its folder, the {placeholders}' values (`local:`, `organisation:`, an office's too; not a
    label's language, nor `default_language`, nor a phone or e-mail, read as written). A value
    they need that another error left out is found as they run (bot.app: the content is then
    not checked, as here)."""
    if yamlmoved.READ_AS in problem.message:  # (a key moved left: read where it belongs)
        return False
    parts = problem.key.replace("[", ".").split(".")
    if "local" in parts and "label" in parts:  # (the entry is kept, with its other labels)
        return False
    if "organisation" in parts and parts[-1] in ("phone", "email"):
        return False  # (a wrong number or address: the content checked with it as written)
    return not problem.warning and (
        parts[0] in ("languages", "") or bool({"local", "content", "organisation"} & set(parts))
    )


UNCHECKED = (
    "the content files were not checked: they need what the error(s) of this file are in "
    "(its syntax, languages, organisation:, local: or content:); fix them and run "
    "`infopoint check` again"
)
