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


WordList = tuple[frozenset[str], tuple[str, ...]]  # the whole words, the beginnings («abc*»)


def word_lists(package: str, name: str) -> dict[str, WordList]:
    """A shipped file of word lists by kind; a word ending in «*» is a beginning."""
    from importlib import resources

    data = safe_load((resources.files(package) / name).read_text(encoding="utf-8"))
    lists: dict[str, WordList] = {}
    for kind, entries in data.items():
        words = [str(entry).lower() for entry in entries]
        whole = frozenset(w for w in words if not w.endswith("*"))
        lists[kind] = (whole, tuple(w[:-1] for w in words if w.endswith("*")))
    return lists


def listed(word: str, words: WordList) -> bool:
    whole, beginnings = words
    return word in whole or word.startswith(beginnings)
