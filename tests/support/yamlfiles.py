"""YAML files the tests read, parsed once per process by libyaml (the fixture catalogue alone was
parsed a thousand times by PyYAML's pure-Python parser: a quarter of the features' time). Each
caller gets its own copy to change."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

_parsed: dict[tuple[str, int, int], Any] = {}


def read_yaml(path: Path) -> Any:  # noqa: ANN401 - whatever the file holds
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _parsed:
        _parsed[key] = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return copy.deepcopy(_parsed[key])
