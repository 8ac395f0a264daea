"""The YAML data files shipped with the bot (word lists, phrases, towns), read with libyaml's
parser when PyYAML has it: the same data as `yaml.safe_load`, a fraction of its time at
start-up (docs/performance.md)."""

from __future__ import annotations

from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """`yaml.safe_load`, parsed by libyaml if it is there."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 (a safe loader)
