"""A list's `- ` item indented unlike the items before it (`   - weekday: thursday` under items
with 2 spaces): YAML says it expected a `-` or the block's end, «check the indentation»; named
here with the spaces the other items have (yamlhints.explain)."""

from __future__ import annotations


def _depth(row: str) -> int:
    return len(row) - len(row.lstrip(" "))


def item_off(text: str, noticed: int) -> tuple[int, str] | None:
    """The line noticed, when it is a `- ` item whose list's items above have other spaces."""
    lines = text.splitlines()
    if not 0 < noticed <= len(lines) or not lines[noticed - 1].lstrip().startswith("- "):
        return None
    row, column = lines[noticed - 1], _depth(lines[noticed - 1])
    for i in range(noticed - 2, -1, -1):
        above = lines[i]
        if not above.split("#")[0].strip():
            continue
        depth, item = _depth(above), above.lstrip().startswith("- ")
        if item and depth == column:
            return None  # (lined up with an item above: not this line)
        if item and abs(depth - column) <= 3:
            spaces = f"{column} space{'' if column == 1 else 's'}"
            return noticed, (
                f"Line {noticed} (`{row.strip()}`) has {spaces} before its `- `, the items of "
                f"its list above it {depth} (line {i + 1}): give it {depth}, like them (and "
                "its item's other lines as many as theirs have)"
            )
        if depth < column:
            return None  # (the list's key: no item above)
    return None
