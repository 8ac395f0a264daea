"""The content checked on its own, for `infopoint check` when config.yaml has errors: the
deployer sees every file's problems in one run, not the content's only after the config's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.content.knowledge import load_variants
from bot.content.model import Variant
from bot.settings.yamldoc import InvalidFile, Problem


class _AnyValue(dict[str, str]):
    """Every {placeholder} taken as known: their values are in the config being fixed, and
    are checked (named at the answer that lacks one) once it loads."""

    def __contains__(self, name: object) -> bool:
        return True

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def problems(content_dir: Path, languages: tuple[str, ...], today: dt.date) -> list[Problem]:
    """The shared content files' errors and warnings, read without the config's values
    (the offices' own topics and the placeholders wait for a config that loads)."""
    variant = Variant(lambda code: _AnyValue())
    try:
        kbs = load_variants(content_dir, languages, {"": variant}, today)
    except InvalidFile as exc:
        return exc.problems
    return list(kbs[""].warnings)
