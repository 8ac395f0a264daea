"""A line of a text block (`answer: |`) indented less than the block's first line, the usual
slip of one who edits an answer: the block ends at it, YAML reads it as a key (or as more keys
after it) and names what it expected there («did not find expected key», «could not find
expected ':'», «mapping values are not allowed», an alias for a line starting with `**`), on
that line or a few lines below. Named at the line that ended the block, with the spaces its
block's lines have."""

from __future__ import annotations

import re

# a key whose value is a text block: `    answer: |`, `  - note: >-`
_BLOCK_KEY = re.compile(r"^(\s*)(?:-\s+)?[^\s#\"'][^#]*?:\s+[|>][-+]?\d*\s*(?:#.*)?$")
_KEY = re.compile(r"^[a-z_][a-z0-9_]*:(\s|$)")  # a key as the files write them


def _spaces(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _ended(line: str, key: int, inner: int) -> bool:
    """Whether `line`, the first after a block's lines, belongs to them: indented less than they
    are and more than their key, or as far as the key but no key (keys are lower_case: the
    text «Ukrainians: PESEL UKR», «**Pitfalls**») nor a list item or a comment."""
    spaces = _spaces(line)
    if key < spaces < inner:
        return True
    return spaces == key and not _KEY.match(line.strip()) and line.strip()[:1] not in ("-", "#")


def out_of_block(text: str, noticed: int) -> tuple[int, str] | None:
    """The line to name and the message, where a block's line at or before the line YAML
    noticed is indented less than the block's first line (and more than its key)."""
    lines = text.splitlines()[:noticed]
    at = 0
    while at < len(lines):
        key = _BLOCK_KEY.match(lines[at])
        if key is None:
            at += 1
            continue
        first = next((k for k in range(at + 1, len(lines)) if lines[k].strip()), None)
        if first is None or _spaces(lines[first]) <= len(key[1]):
            at += 1
            continue
        inner = _spaces(lines[first])
        end = first + 1
        while end < len(lines) and (not lines[end].strip() or _spaces(lines[end]) >= inner):
            end += 1
        if end < len(lines) and _ended(lines[end], len(key[1]), inner):
            shown, name = lines[end].strip(), lines[at].split(":")[0].strip(" -")
            seen = "" if end + 1 == noticed else f" (noticed on line {noticed})"
            return end + 1, (
                f"Line {end + 1} (`{shown[:40]}`) is indented less than the text of `{name}:` "
                f"above it: its lines have {inner} spaces before them (from line {first + 1}), "
                f"this one {_spaces(lines[end])}, so the text ended there and YAML read the "
                f"line as a key. Give line {end + 1} {inner} spaces{seen}"
            )
        at = end
    return None
